import ArchlintModel

/// A target group whose health checks are turned off: the load balancer keeps sending traffic
/// to targets whether or not they work.
struct HC101HealthCheckDisabled: Rule {
    static let id = "HC101"

    func check(_ model: Architecture, _ context: inout RuleContext) {
        for group in model.targetGroups.all {
            context.checked(group.resource)
            guard case .known(false, let site) = group.healthCheckEnabled else { continue }
            // Lambda targets have health checks off by default; turning them on is optional.
            guard let targetType = group.targetType.or(default: "instance"), targetType.lowercased() != "lambda" else { continue }
            context.report("health checks are disabled (HealthCheckEnabled false) for \(targetType) targets",
                           at: site, on: group.resource)
        }
    }
}
