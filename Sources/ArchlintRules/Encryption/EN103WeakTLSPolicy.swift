import ArchlintModel

/// An HTTPS or TLS listener whose security policy still accepts TLS 1.0 or 1.1, including the
/// `ELBSecurityPolicy-2016-08` that ELB applies when `SslPolicy` is left out.
struct EN103WeakTLSPolicy: Rule {
    static let id = "EN103"

    func check(_ model: Architecture, _ context: inout RuleContext) {
        for listener in model.listeners.all {
            guard case .known(let proto, let protocolSite) = listener.protocolName,
                  ["HTTPS", "TLS"].contains(proto.uppercased()) else { continue }
            context.checked(listener.resource)
            switch listener.sslPolicy {
            case .known(let policy, let site):
                // A policy name not in the table is not judged.
                guard let minimum = EncryptionTLSPolicies.minimum(of: policy), minimum < .tls12 else { continue }
                context.report("\(proto.uppercased()) listener's security policy \(policy) accepts \(minimum.name)",
                               at: site, on: listener.resource)
            case .absent:
                let policy = EncryptionTLSPolicies.defaultPolicy
                guard let minimum = EncryptionTLSPolicies.minimum(of: policy), minimum < .tls12 else { continue }
                context.report("\(proto.uppercased()) listener has no SslPolicy: the default \(policy) accepts \(minimum.name)",
                               at: protocolSite, on: listener.resource)
            case .unknown:
                continue
            }
        }
    }
}
