import ArchlintDriver
import ArchlintModel
@testable import ArchlintRules
import Foundation
import Testing

/// Every rule file's examples, run through the real loader and only that rule
/// (`ExampleRunner`, which `archlint test` runs for rule packs). Triggering examples must
/// report exactly at their `⚠` markers, with the listed document paths; non-triggering
/// examples must report nothing. Adding a rule adds no test code.
@Suite struct RuleExamplesTests {
    @Test(arguments: RuleCatalog.shared.rules)
    func examplesBehaveAsWritten(rule: RuleMetadata) {
        for failure in ExampleRunner.run(rule) {
            Issue.record("\(failure)")
        }
    }
}

@Suite struct RuleCatalogTests {
    @Test func everyRuleFileParses() {
        #expect(RuleCatalog.shared.problems.isEmpty, "\(RuleCatalog.shared.problems)")
    }

    @Test func everyRuleHasAnImplementationOrACheckAndEveryImplementationARuleFile() {
        let fileIDs = Set(RuleCatalog.shared.rules.map(\.id))
        let declarative = Set(RuleCatalog.shared.rules.filter { !$0.checks.isEmpty }.map(\.id))
        let codeIDs = Set(RuleRegistry.implementations.keys)
        #expect(fileIDs.subtracting(declarative) == codeIDs.subtracting(declarative),
                "only in rules/ (without a check): \(fileIDs.subtracting(codeIDs).subtracting(declarative)); only in code: \(codeIDs.subtracting(fileIDs))")
        #expect(RuleRegistry.all.count == codeIDs.count, "a rule ID is used twice")
    }

    @Test func ruleFilesAreNamedAfterTheirIDSlugAndCategory() {
        for rule in RuleCatalog.shared.rules {
            #expect(rule.sourcePath == "rules/\(rule.category.rawValue)/\(rule.id)-\(rule.slug).yaml")
            #expect(!rule.references.isEmpty, "\(rule.id) needs an AWS documentation link")
            #expect(rule.references.allSatisfy { $0.hasPrefix("https://") })
        }
        #expect(Set(RuleCatalog.shared.rules.map(\.slug)).count == RuleCatalog.shared.rules.count, "slugs are unique")
    }

    /// The binary carries copies of rules/; they must match the files.
    @Test func embeddedRulesAreFresh() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let files = try FileManager.default.subpathsOfDirectory(atPath: root.appendingPathComponent("rules").path)
            .filter { $0.hasSuffix(".yaml") }.sorted()
        let onDisk = try files.map { path in
            ("rules/" + path, try String(contentsOf: root.appendingPathComponent("rules/" + path), encoding: .utf8))
        }
        let embedded = embeddedRuleFiles.map { ($0.path, $0.text) }
        #expect(onDisk.map(\.0) == embedded.map(\.0), "run: python3 scripts/embed-rules.py")
        for ((path, text), (_, copy)) in zip(onDisk, embedded) {
            #expect(text == copy, "\(path) changed: run python3 scripts/embed-rules.py")
        }
    }
}
