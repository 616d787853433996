import ArchlintModel

/// A certificate signed with SHA-1 or MD5 (or MD2/MD4). The self-signature of a root shipped
/// in a PEM chain is skipped: a trust anchor is trusted as itself, its signature is never checked.
struct CE106WeakSignature: Rule {
    static let id = "CE106"

    func check(_ model: Architecture, _ context: inout RuleContext) {
        var chainLengths: [String: Int] = [:]
        for certificate in model.certificates.all where certificate.chainIndex != nil {
            chainLengths[certificate.resource.file, default: 0] += 1
        }
        for certificate in model.certificates.all {
            context.checked(certificate.resource)
            guard case .known(let algorithm, let site) = certificate.signatureAlgorithm,
                  Self.isWeak(algorithm) else { continue }
            if certificate.chainIndex != nil, chainLengths[certificate.resource.file, default: 0] > 1,
               let subject = certificate.subject, !subject.isEmpty, subject == certificate.issuer {
                continue
            }
            context.report("certificate for \(certificate.label) is signed with \(algorithm), a broken hash algorithm",
                           at: site, on: certificate.resource)
        }
    }

    /// `sha1WithRSAEncryption`, `SHA1WITHRSA`, `ecdsa-with-SHA1`, `dsa-with-SHA1`,
    /// `md5WithRSAEncryption`, `MD5WITHRSA`, `md2WithRSAEncryption`, ...
    static func isWeak(_ algorithm: String) -> Bool {
        let name = algorithm.lowercased().filter { $0.isLetter || $0.isNumber }
        if name.contains("sha1with") || name.hasSuffix("withsha1") { return true }
        return ["md2", "md4", "md5"].contains { name.hasPrefix($0) || name.hasSuffix("with" + $0) }
    }
}
