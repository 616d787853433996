import Foundation
import ArchlintModel
import ArchlintLoaders
@testable import ArchlintRules
import Testing

/// The catalog reads each rule file only up to its `examples:` key at start-up and the
/// examples on first use: that must give exactly what parsing the whole file gives.
@Suite struct RuleCatalogLazyTests {
    @Test func lazyMetadataEqualsTheFullParse() throws {
        for file in embeddedRuleFiles {
            let full = try RuleFileParser.parse(text: file.text, path: file.path)
            let lazy = try RuleFileParser.parseLazily(text: file.text, path: file.path)
            #expect(!full.examples.isEmpty, "\(file.path)")
            #expect(lazy.examples == full.examples, "\(file.path): examples differ")
            #expect(lazy == full, "\(file.path)")
            #expect(lazy.hashValue == full.hashValue)
        }
    }

    @Test func sharedCatalogMatchesAFreshFullParse() throws {
        let full = try embeddedRuleFiles.map { try RuleFileParser.parse(text: $0.text, path: $0.path) }.sorted { $0.id < $1.id }
        #expect(RuleCatalog.shared.rules == full)
    }

    @Test func examplesAreParsedOnlyWhenAskedFor() {
        let catalog = RuleCatalog(files: embeddedRuleFiles)
        var rule = catalog.rules[0]
        let copy = rule
        #expect(!rule.examplesLoaded)
        #expect(!rule.examples.isEmpty)
        #expect(rule.examplesLoaded && copy.examplesLoaded, "copies share the parsed examples")
        rule.examples = []
        #expect(rule.examples.isEmpty && !copy.examples.isEmpty)
    }

    @Test func docsAreParsedOnlyWhenAskedFor() {
        let catalog = RuleCatalog(files: embeddedRuleFiles)
        let rule = catalog.rules[0]
        #expect(!rule.docsLoaded)
        #expect(!rule.rationale.isEmpty && !rule.remediation.isEmpty && !rule.references.isEmpty)
        #expect(rule.docsLoaded)
    }

    @Test func checksAreParsedOnlyWhenARunCanUseThem() throws {
        for file in embeddedRuleFiles {
            let full = try RuleFileParser.parse(text: file.text, path: file.path)
            let lazy = try RuleFileParser.parseLazily(text: file.text, path: file.path)
            #expect(lazy.checkTypes == full.checks.flatMap(\.resourceTypes), "\(file.path)")
            #expect(lazy.hasChecks == !full.checks.isEmpty, "\(file.path)")
            #expect(!lazy.hasChecks || !lazy.checksLoaded, "\(file.path): parsed at start-up")
        }
        let catalog = RuleCatalog(files: embeddedRuleFiles)
        let rds = try #require(catalog.rules.first { $0.checkTypes.contains("AWS::RDS::DBInstance") })
        let bucket = try #require(catalog.rules.first { $0.checkTypes.contains("AWS::S3::Bucket") && !$0.checkTypes.contains("AWS::RDS::DBInstance") })
        let template = "Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      StorageEncrypted: false\n"
        guard case .loaded(let fragment, _) = FileLoader.load(bytes: Array(template.utf8), file: "t.yaml") else {
            Issue.record("not loaded")
            return
        }
        _ = Engine.run(Architecture(fragment), options: RuleOptions(now: Date(timeIntervalSince1970: 0)), rules: [rds, bucket])
        #expect(rds.checksLoaded, "a check on a type the model holds is parsed")
        #expect(!bucket.checksLoaded, "a check on types the model lacks is never parsed")
        #expect(rds.checksMaySelect(anyOf: ["AWS::RDS::DBInstance"]) && !bucket.checksMaySelect(anyOf: ["AWS::RDS::DBInstance"]))
    }

    @Test func startUpLeavesOutTheDocsAndKeepsEveryOtherLineWhereItWas() throws {
        let text = "id: X1\nrationale: >-\n  why\n\n  more\nremediation: do\n# kept\nreferences:\n  - https://a\n"
            + "check:\n  resources: [A::B::C]\n  assert: {property: P, matches: '(['}\n  message: m\n"
        let kept = String(decoding: RuleFileParser.withoutDocs(Array(text.utf8)), as: UTF8.self)
        #expect(kept == "id: X1\n\n\n\n\n\n# kept\n\n\ncheck:\n  resources: [A::B::C]\n  assert: {property: P, matches: '(['}\n  message: m\n")
        #expect(RuleFileParser.withoutDocs(Array("rationale: x".utf8)).isEmpty)
    }

    @Test func headerStopsAtTheTopLevelExamplesKey() {
        let text = "id: X1\nrationale: >-\n  examples: inside a folded scalar\nexamples:\n  - files: {}\n"
        let split = RuleFileParser.examplesStart(Array(text.utf8))
        #expect(split == text.utf8.count - "examples:\n  - files: {}\n".utf8.count)
        #expect(RuleFileParser.examplesStart(Array("id: X1\nexamplesX: 1\n".utf8)) == nil)
    }

    @Test func brokenExamplesShowInProblems() {
        let good = embeddedRuleFiles[0]
        let broken = (path: good.path, text: good.text + "  - files: [unclosed\n")
        let catalog = RuleCatalog(files: [broken])
        #expect(catalog.rules.count == 1, "the header still reads")
        #expect(catalog.problems.count == 1)
    }

    @Test(arguments: ["  text \n", "text", "\n\u{00A0}text\u{2003}", "   ", "", "a b"])
    func trimmingMatchesFoundation(text: String) {
        #expect(RuleFileParser.trimmed(text) == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
