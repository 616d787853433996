import ArchlintLoaders
import ArchlintX509

/// The PEM/DER certificate reader, directly and through the loader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = PEM.parse(bytes)
    _ = FileLoader.load(bytes: bytes, file: "certificate.pem")
    return 0
}
