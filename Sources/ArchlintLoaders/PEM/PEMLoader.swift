import ArchlintModel
import ArchlintX509
import Foundation

/// The PEM front end: X.509 certificates from PEM files, as the model's `Certificate`.
enum PEMLoader {
    static func load(_ bytes: [UInt8], file: String) -> LoadOutcome {
        let parsed = PEM.parse(bytes)
        if let error = parsed.errors.first {
            return .failed(LoadError(file: file, line: max(1, error.line), column: 1, message: error.message))
        }
        guard !parsed.certificates.isEmpty else { return .skipped }
        var fragment = ModelFragment()
        fragment.certificates = parsed.certificates.enumerated().map { index, summary in
            certificate(summary, file: file, index: index)
        }
        fragment.documentKinds = ["PEM certificates"]
        return .loaded(fragment, resources: fragment.certificates.count)
    }

    /// One certificate of a PEM file, reported at its `BEGIN CERTIFICATE` line.
    static func certificate(_ summary: CertificateSummary, file: String, index: Int) -> Certificate {
        let site = Site(file: file, line: summary.line, column: 1, path: "certificates/\(index)")
        let name = summary.commonName ?? summary.subjectAlternativeNames.first ?? summary.subject
        var certificate = Certificate(resource: ResourceInfo(name: name, type: "X509::Certificate", site: site, origin: .pem))
        certificate.domainName = .known(name, site)
        certificate.notBefore = .known(summary.notBefore, site)
        certificate.notAfter = .known(summary.notAfter, site)
        certificate.signatureAlgorithm = .known(summary.signatureAlgorithm, site)
        certificate.subject = summary.subject
        certificate.issuer = summary.issuer
        certificate.chainIndex = index
        switch summary.keyAlgorithm {
        case .rsa(let bits):
            certificate.key = .known(KeyDescription(algorithm: .rsa, bits: bits, name: "RSA-\(bits)"), site)
        case .ecdsa(let curve, let bits):
            certificate.key = .known(KeyDescription(algorithm: .ec, bits: bits, name: "EC \(curve)"), site)
        case .ed25519:
            certificate.key = .known(KeyDescription(algorithm: .ed25519, bits: 256, name: "Ed25519"), site)
        case .other(let name):
            certificate.key = .unknown(site)
            _ = name
        }
        return certificate
    }
}
