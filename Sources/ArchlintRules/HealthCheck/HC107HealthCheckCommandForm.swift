import ArchlintModel

/// A container health-check command that does not start with `CMD` or `CMD-SHELL`.
struct HC107HealthCheckCommandForm: Rule {
    static let id = "HC107"

    func check(_ model: Architecture, _ context: inout RuleContext) {
        for task in model.taskDefinitions.all {
            context.checked(task.resource)
            for container in task.containers {
                guard let check = container.healthCheck else { continue }
                let name = container.name.value.map { "container `\($0)`" } ?? "a container"
                guard let first = check.command.first else {
                    context.report("\(name) healthCheck has no command", at: check.site, on: task.resource)
                    continue
                }
                guard case .known(let head, let site) = first else { continue }
                switch head {
                case "CMD", "CMD-SHELL":
                    if check.command.count == 1 {
                        context.report("\(name) healthCheck command has nothing after \(head)", at: site, on: task.resource)
                    }
                case "NONE":
                    context.report("\(name) healthCheck command NONE turns the health check off; ECS expects CMD or CMD-SHELL",
                                   at: site, on: task.resource)
                default:
                    context.report("\(name) healthCheck command does not start with CMD or CMD-SHELL, so it never runs",
                                   at: site, on: task.resource)
                }
            }
        }
    }
}
