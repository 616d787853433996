import ArgumentParser
import ArchlintDriver
import Foundation

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

            Exit status: 0 passed, 1 findings at or above --fail-on, 2 usage error (options,
            configuration, baseline, git), a file that could not be loaded, or a report that
            could not be written.
            """,
        version: Checker.version,
        subcommands: [CheckCommand.self, BaselineCommand.self, InitCommand.self, RulesCommand.self, ExplainCommand.self,
                      TestCommand.self, DocsCommand.self, GraphCommand.self, ParseOnlyCommand.self],
        defaultSubcommand: nil)

    /// As ArgumentParser's, except that a usage error (bad option, failed validation) exits
    /// with status 2, as documented, instead of 64.
    static func main() {
        StandardStreams.prepare()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                StandardStreams.diagnostic(fullMessage(for: error))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
