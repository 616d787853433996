import ArchlintLoaders
import ArchlintX509
import FuzzDriver

/// The PEM/DER certificate reader, directly and through the loader.
exit(FuzzDriver.run { bytes in
    _ = PEM.parse(bytes)
    _ = FileLoader.load(bytes: bytes, file: "certificate.pem")
})
