import ArchlintModel

/// A security group (not a workload's or a load balancer's) open to the internet on a port
/// other than 80 and 443 that is not an administration or database port.
struct PS110WorldOpenOtherPort: Rule {
    static let id = "PS110"

    func check(_ model: Architecture, _ context: inout RuleContext) {
        WorldOpenIngress.report(model, &context) { subject, rule in
            WorldOpenIngress.exposure(rule) == .other ? WorldOpenIngress.describe(subject, rule) : nil
        }
    }
}
