import ArgumentParser
import ArchlintDriver

@main
struct Archlint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archlint",
        abstract: "Policy and compliance linter for AWS architectures.",
        discussion: """
            Loads CloudFormation templates, ECS task and service definitions, IAM policies,
            CodePipeline/CodeBuild definitions, buildspecs, AWS CLI describe output and PEM
            certificates into one model of the architecture, and checks least privilege,
            encryption, health checks, private-subnet placement, certificates and pipeline safety.
            """,
        version: Checker.version,
        subcommands: [CheckCommand.self, BaselineCommand.self, InitCommand.self, RulesCommand.self, ExplainCommand.self,
                      DocsCommand.self],
        defaultSubcommand: nil)
}
