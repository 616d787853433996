import ArchlintModel

/// A certificate key weaker than RSA-2048 or EC P-256 (ACM `KeyAlgorithm`, or the key of a PEM
/// certificate).
struct CE105WeakKey: Rule {
    static let id = "CE105"

    func check(_ model: Architecture, _ context: inout RuleContext) {
        for certificate in model.certificates.all {
            context.checked(certificate.resource)
            guard case .known(let key, let site) = certificate.key else { continue }
            let floor: String
            switch key.algorithm {
            case .rsa where key.bits < 2048: floor = "RSA-2048"
            case .ec where key.bits < 256: floor = "EC P-256"
            case .rsa, .ec, .ed25519, .other: continue
            }
            let described = "\(key.bits)-bit \(key.algorithm.rawValue) key (\(key.name))"
            context.report("certificate for \(certificate.label) has a \(described), weaker than \(floor)",
                           at: site, on: certificate.resource)
        }
    }
}
