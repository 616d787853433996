import ArchlintLoaders
import ArchlintModel
@testable import ArchlintRules
import Foundation
import Testing

/// Every rule file's examples, run through the real loader and only that rule. Triggering
/// examples must report exactly at their `⚠` markers, with the listed document paths;
/// non-triggering examples must report nothing. Adding a rule adds no test code.
@Suite struct RuleExamplesTests {
    static let defaultNow = "2026-11-26"

    @Test(arguments: RuleCatalog.shared.rules)
    func examplesBehaveAsWritten(rule: RuleMetadata) throws {
        #expect(!rule.examples.filter(\.triggering).isEmpty, "\(rule.id) has no triggering example")
        #expect(!rule.examples.filter { !$0.triggering }.isEmpty, "\(rule.id) has no non-triggering example")
        for (index, example) in rule.examples.enumerated() {
            let label = "\(rule.id) example \(index + 1) (\(example.description))"
            var fragment = ModelFragment()
            var expected: [(file: String, line: Int, column: Int)] = []
            for file in example.files {
                let marked = MarkedText(file.content)
                expected += marked.marks.map { (file.name, $0.line, $0.column) }
                switch FileLoader.load(bytes: Array(marked.text.utf8), file: file.name) {
                case .loaded(let piece, _): fragment.append(piece)
                case .skipped: Issue.record("\(label): \(file.name) was skipped")
                case .failed(let error): Issue.record("\(label): \(file.name) failed to load: \(error.line):\(error.column): \(error.message)")
                }
            }
            let now = try #require(parseDate(example.now ?? Self.defaultNow))
            let runs = Engine.run(Architecture(fragment), options: RuleOptions(now: now), rules: [rule], jobs: 1)
            let findings = runs.flatMap(\.findings).sorted()
            if !example.triggering {
                #expect(findings.isEmpty, "\(label) should not report, but reported: \(findings.map(describe))")
                continue
            }
            let got = findings.map { "\($0.site.file):\($0.site.line):\($0.site.column)" }
            let want = expected.sorted { ($0.file, $0.line, $0.column) < ($1.file, $1.line, $1.column) }
                .map { "\($0.file):\($0.line):\($0.column)" }
            #expect(got == want, "\(label): findings at \(got), markers at \(want); messages: \(findings.map(describe))")
            #expect(findings.map(\.site.path) == example.expectedPaths, "\(label): paths")
            for finding in findings {
                #expect(finding.ruleId == rule.id && finding.category == rule.category)
                #expect(!finding.message.hasSuffix("."), "\(label): messages end without a period")
            }
        }
    }

    func describe(_ finding: Finding) -> String {
        "\(finding.site):\(finding.site.path): \(finding.message)"
    }

    func parseDate(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = text.count == 10 ? [.withFullDate] : [.withInternetDateTime]
        return formatter.date(from: text)
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
