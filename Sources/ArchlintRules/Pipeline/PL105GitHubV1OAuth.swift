import ArchlintModel
import Foundation

/// A CodePipeline source action using the GitHub version 1 provider, which keeps a GitHub
/// OAuth token in the pipeline configuration.
struct PL105GitHubV1OAuth: Rule {
    static let id = "PL105"

    func check(_ model: Architecture, _ context: inout RuleContext) {
        for pipeline in model.pipelines.all {
            context.checked(pipeline.resource)
            for stage in pipeline.stages {
                for action in stage.actions {
                    guard action.owner.value == "ThirdParty", action.provider.value == "GitHub",
                          let version = action.version.value, version.trimmingCharacters(in: .whitespaces) == "1" else { continue }
                    let token = action.configuration.first { $0.key.lowercased() == "oauthtoken" }?.value
                    let name = action.name.value.map { " `\($0)`" } ?? ""
                    context.report("GitHub version 1 source action\(name) authenticates with an OAuth token kept in the pipeline",
                                   at: token?.site ?? action.site, on: pipeline.resource)
                }
            }
        }
    }
}
