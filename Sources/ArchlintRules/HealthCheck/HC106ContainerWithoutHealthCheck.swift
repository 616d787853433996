import ArchlintModel

/// An essential container, run by an ECS service, that has no container health check.
struct HC106ContainerWithoutHealthCheck: Rule {
    static let id = "HC106"

    func check(_ model: Architecture, _ context: inout RuleContext) {
        for (taskIndex, serviceIndex) in HealthCheckLinks.tasksRunByServices(in: model) {
            let task = model.taskDefinitions.all[taskIndex]
            let service = model.services.all[serviceIndex].resource.name
            context.checked(task.resource)
            for container in task.containers where container.healthCheck == nil && container.isEssential == true {
                let name = container.name.value.map { "essential container `\($0)`" } ?? "an essential container"
                context.report("\(name) run by service \(service) has no healthCheck", at: container.site, on: task.resource)
            }
        }
    }
}
