import ArchlintModel

/// A task definition whose task role (the application's credentials) is also its execution
/// role (the agent's: image pulls, log streams, secrets injection).
struct LP113SharedTaskExecutionRole: Rule {
    static let id = "LP113"

    func check(_ model: Architecture, _ context: inout RuleContext) {
        for task in model.taskDefinitions.all {
            context.checked(task.resource)
            guard let taskRole = task.taskRole.value, case .known(let executionRole, let site) = task.executionRole else { continue }
            let same: Bool
            let name: String
            if let resolvedTask = model.roles.resolve(taskRole), let resolvedExecution = model.roles.resolve(executionRole) {
                same = resolvedTask.resource == resolvedExecution.resource
                name = resolvedExecution.resource.name
            } else {
                guard let a = Self.key(taskRole), let b = Self.key(executionRole) else { continue }
                same = a == b
                name = executionRole.description
            }
            if same {
                context.report("the execution role `\(name)` is also the task role", at: site, on: task.resource)
            }
        }
    }

    /// What identifies a role as written: the logical ID, the full ARN, or the role name
    /// when one side is written as a name. Nil when it holds an unresolved placeholder.
    static func key(_ reference: Reference) -> String? {
        switch reference {
        case .logical(let file, let id): return "logical:\(file):\(id)"
        case .arn(let arn), .name(let arn):
            guard !arn.contains("${") else { return nil }
            if arn.hasPrefix("arn:"), let parts = LeastPrivilegeARNs.fields(arn), parts[5].hasPrefix("role/") {
                return "role:" + (parts[5].split(separator: "/").last.map(String.init) ?? parts[5])
            }
            return "role:" + arn
        }
    }
}
