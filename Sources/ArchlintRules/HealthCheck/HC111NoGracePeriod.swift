import ArchlintModel

/// A load-balanced service without a health-check grace period: slow-starting tasks can be
/// killed by load balancer health checks before they are ready.
struct HC111NoGracePeriod: Rule {
    static let id = "HC111"

    func check(_ model: Architecture, _ context: inout RuleContext) {
        for service in model.services.all where !service.loadBalancers.isEmpty {
            context.checked(service.resource)
            switch service.healthCheckGracePeriod {
            case .absent:
                context.report("service behind a load balancer has no healthCheckGracePeriodSeconds",
                               at: service.resource.site, on: service.resource)
            case .known(0, let site):
                context.report("service behind a load balancer has healthCheckGracePeriodSeconds 0", at: site, on: service.resource)
            case .known, .unknown:
                continue
            }
        }
    }
}
