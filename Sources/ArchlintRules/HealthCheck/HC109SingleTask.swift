import ArchlintModel

/// A service behind a load balancer that runs fewer than two tasks: no redundancy across
/// Availability Zones, and every deployment or task failure is an outage.
struct HC109SingleTask: Rule {
    static let id = "HC109"

    func check(_ model: Architecture, _ context: inout RuleContext) {
        for service in model.services.all where !service.loadBalancers.isEmpty {
            context.checked(service.resource)
            guard case .known(let count, let site) = service.desiredCount, count < 2 else { continue }
            context.report("service behind a load balancer runs \(count) task\(count == 1 ? "" : "s"); run at least 2 across Availability Zones",
                           at: site, on: service.resource)
        }
    }
}
