import Foundation
import ArgumentParser
import ArchlintModel
import ArchlintDriver
import ArchlintRules

extension Category: ExpressibleByArgument {}

enum CatalogFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, json
}

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "List the rule catalog.")

    @Option(help: "Only rules of this category.")
    var category: Category?

    @Option(help: "Output format: text, markdown or json.")
    var format: CatalogFormat = .text

    func run() throws {
        let rules = RuleCatalog.shared.rules.filter { category == nil || $0.category == category }
        switch format {
        case .text: print(CatalogText.table(rules), terminator: "")
        case .markdown: print(CatalogText.markdownIndex(rules), terminator: "")
        case .json: print(CatalogText.json(rules), terminator: "")
        }
    }
}

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain", abstract: "Explain a rule: rationale, remediation, references and examples.")

    @Argument(help: "A rule ID (LP101) or slug (admin-access).")
    var rule: String

    func run() throws {
        guard let metadata = RuleCatalog.shared.rule(rule) else {
            throw ValidationError("unknown rule \(rule); `archlint rules` lists them")
        }
        print(CatalogText.explain(metadata), terminator: "")
    }
}

/// Regenerates `docs/rules/` from the rule files; a test fails while the committed copy is stale.
struct DocsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docs", abstract: "Write the rule catalog as Markdown into a directory (docs/rules).")

    @Argument(help: "Output directory.")
    var directory: String

    func run() throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for (name, text) in CatalogText.documentationFiles(RuleCatalog.shared.rules) {
            try ReportWriter.write(Array(text.utf8), to: directory + "/" + name)
        }
    }
}
