import ArchlintModel

/// A pipeline that deploys (ECS, CodeDeploy, CloudFormation, ...) with no manual approval in
/// an earlier stage: every merged commit goes straight to production.
struct PL101NoManualApproval: Rule {
    static let id = "PL101"
    static let deployProviders: Set<String> = ["ECS", "CodeDeploy", "CodeDeployToECS", "CloudFormation",
                                               "CloudFormationStackSet", "CloudFormationStackInstances",
                                               "ElasticBeanstalk", "EKS", "Lambda", "S3", "AppConfig", "ServiceCatalog",
                                               "OpsWorks", "ECR"]

    func check(_ model: Architecture, _ context: inout RuleContext) {
        for pipeline in model.pipelines.all {
            context.checked(pipeline.resource)
            var approved = false
            stages: for stage in pipeline.stages {
                for action in stage.actions where isDeploy(action) && !approved {
                    // Unknown categories or providers earlier on could be an approval: judge only what is known.
                    guard pipeline.stages.prefix(while: { $0 != stage }).allSatisfy({ knownStage($0) }) else { break stages }
                    let provider = action.provider.value ?? "deploy"
                    context.report("\(provider) deploy action `\(action.name.value ?? "")` runs without a manual approval in an earlier stage",
                                   at: action.site, on: pipeline.resource)
                    break stages
                }
                if stage.actions.contains(where: isApproval) { approved = true }
            }
        }
    }

    private func isDeploy(_ action: PipelineAction) -> Bool {
        action.category.value == "Deploy" && Self.deployProviders.contains(action.provider.value ?? "")
    }

    private func isApproval(_ action: PipelineAction) -> Bool {
        action.category.value == "Approval" && action.provider.value == "Manual"
    }

    private func knownStage(_ stage: Stage) -> Bool {
        stage.actions.allSatisfy { !$0.category.isUnknown && !$0.provider.isUnknown }
    }
}
