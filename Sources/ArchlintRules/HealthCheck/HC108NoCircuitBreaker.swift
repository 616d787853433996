import ArchlintModel

/// An ECS service without the deployment circuit breaker and its rollback.
struct HC108NoCircuitBreaker: Rule {
    static let id = "HC108"

    func check(_ model: Architecture, _ context: inout RuleContext) {
        for service in model.services.all {
            context.checked(service.resource)
            // The circuit breaker applies to the ECS deployment controller only (the default).
            guard service.deploymentController.or(default: "ECS") == "ECS" else { continue }
            switch service.circuitBreakerEnabled {
            case .known(true, let site):
                guard service.circuitBreakerRollback.or(default: false) == false else { continue }
                context.report("deployment circuit breaker is enabled without rollback",
                               at: service.circuitBreakerRollback.site ?? site, on: service.resource)
            case .known(false, let site):
                context.report("deployment circuit breaker is disabled", at: site, on: service.resource)
            case .absent:
                context.report("service has no deployment circuit breaker with rollback",
                               at: service.deploymentSite ?? service.resource.site, on: service.resource)
            case .unknown:
                continue
            }
        }
    }
}
