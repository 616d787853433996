import Foundation
import ArgumentParser
import ArchlintModel
import ArchlintDriver
import ArchlintRules
import ArchlintGate

enum CatalogFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, json
}

/// The rules `rules`, `explain` and `test` see: built-in, the configuration's packs, `--rules`.
func loadRuleSet(config: String?, packs: [String]) throws -> RuleSet {
    do {
        return try RuleSet.load(configFile: config, packs: packs, resolver: PathResolver())
    } catch {
        standardError("archlint: \(error)")
        throw ExitCode(2)
    }
}

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: "List the rule catalog: built-in rules and those of rule packs.",
        usage: "archlint rules [--rules <path> ...] [--format <format>] [<options>]")

    @OptionGroup(title: "Rules")
    var ruleChoice: RuleChoiceOptions

    @Option(help: "The configuration file (its rule-packs are listed too); default: the nearest .archlint.yml.")
    var config: String?

    @Option(help: "Output format: text, markdown or json.")
    var format: CatalogFormat = .text

    func run() throws {
        let set = try loadRuleSet(config: config, packs: ruleChoice.packs)
        if let problem = ruleChoice.selection.problem(in: set.catalog) { throw ValidationError(problem) }
        let rules = ruleChoice.selection.apply(set.catalog)
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

    @Option(name: .customLong("rules"), help: ArgumentHelp("A rule pack to look in as well (repeatable).", valueName: "path"))
    var packs: [String] = []

    @Option(help: "The configuration file (its rule-packs are searched too); default: the nearest .archlint.yml.")
    var config: String?

    func run() throws {
        let set = try loadRuleSet(config: config, packs: packs)
        guard let metadata = set.catalog.first(where: { RuleSelection(only: [rule]).apply([$0]).count == 1 }) else {
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
