import ArchlintModel

/// Credentials in plaintext variables: ECS container `environment`, buildspec `env.variables`
/// and CodeBuild `PLAINTEXT` environment variables.
struct EN101PlaintextSecret: Rule {
    static let id = "EN101"

    func check(_ model: Architecture, _ context: inout RuleContext) {
        for task in model.taskDefinitions.all {
            context.checked(task.resource)
            for container in task.containers {
                inspect(container.environment, place: "container environment variable", owner: task.resource, &context)
            }
        }
        for spec in model.buildspecs.all {
            context.checked(spec.resource)
            inspect(spec.variables, place: "buildspec variable", owner: spec.resource, &context)
        }
        for project in model.buildProjects.all {
            context.checked(project.resource)
            inspect(project.environmentVariables.filter(\.isPlaintext), place: "CodeBuild PLAINTEXT variable",
                    owner: project.resource, &context)
        }
    }

    private func inspect(_ variables: [EnvironmentVariable], place: String, owner: ResourceInfo, _ context: inout RuleContext) {
        for variable in variables {
            // An unresolved name or value is never judged: unknown is not a secret.
            guard case .known(let name, _) = variable.name, case .known(let value, let site) = variable.value,
                  let reason = SecretDetection.reason(name: name, value: value, extraWords: context.options.secretNames)
            else { continue }
            context.report(SecretDetection.message(reason, variable: name, where: place), at: site, on: owner)
        }
    }
}
