import ArchlintModel

/// A health-check timeout that is not shorter than the interval between checks.
struct HC103TimeoutNotBelowInterval: Rule {
    static let id = "HC103"

    func check(_ model: Architecture, _ context: inout RuleContext) {
        for group in model.targetGroups.all {
            context.checked(group.resource)
            // Judge only what is written: two defaults never break the rule.
            guard group.timeout.value != nil || group.interval.value != nil,
                  HealthCheckDefaults.isEnabled(group) == true,
                  let timeout = HealthCheckDefaults.timeout(group),
                  let interval = HealthCheckDefaults.interval(group),
                  timeout >= interval,
                  let site = group.timeout.site ?? group.interval.site else { continue }
            let timeoutText = group.timeout.isAbsent ? "default timeout \(timeout) s" : "timeout \(timeout) s"
            let intervalText = group.interval.isAbsent ? "the default interval \(interval) s" : "the interval \(interval) s"
            context.report("health check \(timeoutText) is not shorter than \(intervalText)", at: site, on: group.resource)
        }
    }
}
