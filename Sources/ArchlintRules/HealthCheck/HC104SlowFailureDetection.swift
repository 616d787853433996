import ArchlintModel

/// Health checks that take more than five minutes to take a failed target out of service.
struct HC104SlowFailureDetection: Rule {
    static let id = "HC104"
    static let limitSeconds = 300

    func check(_ model: Architecture, _ context: inout RuleContext) {
        for group in model.targetGroups.all {
            context.checked(group.resource)
            guard HealthCheckDefaults.isEnabled(group) == true,
                  let threshold = HealthCheckDefaults.unhealthyThreshold(group),
                  let interval = HealthCheckDefaults.interval(group),
                  threshold * interval > Self.limitSeconds,
                  let site = group.interval.site ?? group.unhealthyThreshold.site else { continue }
            context.report("a failed target is taken out of service only after \(threshold) × \(interval) s = \(threshold * interval) s (over 5 minutes)",
                           at: site, on: group.resource)
        }
    }
}
