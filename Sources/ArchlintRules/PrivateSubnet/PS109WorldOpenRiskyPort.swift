import ArchlintModel

/// A security group (not a workload's or a load balancer's) open to the internet on an
/// administration, database or cache port.
struct PS109WorldOpenRiskyPort: Rule {
    static let id = "PS109"

    func check(_ model: Architecture, _ context: inout RuleContext) {
        WorldOpenIngress.report(model, &context) { subject, rule in
            guard case .risky(let port) = WorldOpenIngress.exposure(rule) else { return nil }
            return WorldOpenIngress.describe(subject, rule, port: port)
        }
    }
}
