import ArchlintModel

/// A security group (not a workload's or a load balancer's) open to the internet on an
/// administration, database or cache port.
struct PS109WorldOpenRiskyPort: Rule {
    static let id = "PS109"

    func check(_ model: Architecture, _ context: inout RuleContext) {
        WorldOpenIngress.report(model, &context) { group, rule, exposure in
            guard case .risky(let port) = exposure else { return nil }
            let text = WorldOpenIngress.describe(group, rule)
            return text.hasSuffix(" \(port)") ? text : "\(text), including port \(port)"
        }
    }
}
