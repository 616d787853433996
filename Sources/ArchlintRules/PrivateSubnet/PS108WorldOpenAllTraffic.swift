import ArchlintModel

/// A security group (not a workload's or a load balancer's) open to the internet on every
/// port or protocol.
struct PS108WorldOpenAllTraffic: Rule {
    static let id = "PS108"

    func check(_ model: Architecture, _ context: inout RuleContext) {
        WorldOpenIngress.report(model, &context) { subject, rule in
            WorldOpenIngress.exposure(rule) == .everything ? WorldOpenIngress.describe(subject, rule) : nil
        }
    }
}
