import ArchlintModel

/// A service whose deployments may stop every running task before new ones are healthy.
struct HC110MinimumHealthyZero: Rule {
    static let id = "HC110"

    func check(_ model: Architecture, _ context: inout RuleContext) {
        for service in model.services.all {
            context.checked(service.resource)
            // Daemon services default to 0; CODE_DEPLOY and EXTERNAL deployments do not use it.
            guard service.schedulingStrategy.or(default: "REPLICA")?.uppercased() == "REPLICA",
                  service.deploymentController.or(default: "ECS") == "ECS",
                  case .known(0, let site) = service.minimumHealthyPercent else { continue }
            context.report("minimumHealthyPercent 0 lets a deployment stop every running task", at: site, on: service.resource)
        }
    }
}
