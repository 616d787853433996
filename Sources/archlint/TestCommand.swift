import ArgumentParser
import ArchlintDriver
import ArchlintModel
import Foundation

/// `archlint test`: runs the examples of every rule of the given packs (and of the
/// configuration's `rule-packs:`), as the project's own test suite runs the built-in ones.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run the examples of rule packs' rules: each must report exactly at its ⚠ markers, or nothing.",
        discussion: """
            Each example's files are loaded by the real loader and only its rule runs. A triggering example must report at each ⚠ marker (line and column) with the document paths under `expect`; a non-triggering one must report nothing. Every rule needs one of each.

            Exit status: 0 every example passed, 1 an example failed, 2 a rule file could not be read.
            """)

    @Argument(help: "Rule packs: directories of rule files or single rule files; default: the configuration's rule-packs.")
    var packs: [String] = []

    @Flag(help: "Run the built-in catalog's examples too.")
    var builtin = false

    @Option(help: "The configuration file (its rule-packs are tested too); default: the nearest .archlint.yml.")
    var config: String?

    @Option(name: .customLong("rule"), help: ArgumentHelp("Only this rule, by ID or slug (repeatable).", valueName: "id"))
    var only: [String] = []

    func run() throws {
        let set = try loadRuleSet(config: config, packs: packs)
        var rules = builtin ? set.catalog : set.packRules
        if !only.isEmpty {
            let selection = RuleSelection(only: only)
            if let problem = selection.problem(in: rules) { throw ValidationError(problem) }
            rules = selection.apply(rules)
        }
        guard !rules.isEmpty else {
            throw ValidationError("no rules to test: name a rule pack (archlint test policies/), list rule-packs in .archlint.yml, or give --builtin")
        }
        var failed = 0
        var examples = 0
        for rule in rules {
            examples += rule.examples.count
            let failures = ExampleRunner.run(rule)
            if failures.isEmpty {
                print("PASS \(rule.id) \(rule.slug) (\(rule.examples.count) examples)")
            } else {
                failed += 1
                print("FAIL \(rule.id) \(rule.slug)")
                for failure in failures { print("  \(failure)") }
            }
        }
        print("\(rules.count) rules, \(examples) examples: \(failed == 0 ? "all passed" : "\(failed) rules failed")")
        if failed > 0 { throw ExitCode(1) }
    }
}
