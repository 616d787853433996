import ArgumentParser
import ArchlintDriver
import ArchlintGate
import ArchlintRules
import Foundation

/// Writes a commented starter `.archlint.yml`.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented starter configuration (.archlint.yml).",
        discussion: """
            Never overwrites an existing file.

            Exit status:
              0  the file was written
              2  the file exists already, or could not be written
            """)

    @Option(name: [.customShort("o"), .long], help: "Where to write it.")
    var output: String = ConfigFile.name

    func run() throws {
        if FileManager.default.fileExists(atPath: output) {
            standardError("archlint: \(output) already exists; not overwriting it")
            throw ExitCode(2)
        }
        do {
            try ReportWriter.write(Array(StarterConfig.text(RuleCatalog.shared.rules).utf8), to: output)
        } catch {
            standardError("archlint: \(error)")
            throw ExitCode(2)
        }
        standardError("archlint: wrote \(output)")
    }
}
