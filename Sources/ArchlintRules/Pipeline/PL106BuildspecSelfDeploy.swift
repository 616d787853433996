import ArchlintModel

/// A buildspec command that deploys by itself (`aws ecs update-service`, `cdk deploy`, ...),
/// going around the pipeline's deploy stage, its approvals and its rollback.
struct PL106BuildspecSelfDeploy: Rule {
    static let id = "PL106"

    func check(_ model: Architecture, _ context: inout RuleContext) {
        for spec in model.buildspecs.all {
            context.checked(spec.resource)
            for command in spec.commands {
                guard case .known(let text, let site) = command else { continue }
                let found = PipelineDeployCommands.deployCommands(in: text)
                guard !found.isEmpty else { continue }
                let list = found.map { "`\($0)`" }.joined(separator: ", ")
                context.report("buildspec deploys by itself with \(list), bypassing the pipeline's deploy stage",
                               at: site, on: spec.resource)
            }
        }
    }
}
