extension RuleRegistry {
    static let pipeline: [any Rule.Type] = [
        PL101NoManualApproval.self, PL102MutableImageTag.self, PL105GitHubV1OAuth.self, PL106BuildspecSelfDeploy.self,
    ]
}
