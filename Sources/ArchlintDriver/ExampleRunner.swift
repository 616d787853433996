import ArchlintLoaders
import ArchlintModel
import ArchlintRules
import Foundation

/// Runs a rule's examples as the project's own test suite does (`RuleExamplesTests`) and as
/// `archlint test` does for rule packs: each example's files go through the real loader, only
/// that rule runs, a triggering example must report exactly at its `⚠` markers (line and
/// column) with the document paths under `expect`, a non-triggering one must report nothing.
public enum ExampleRunner {
    /// The `--now` of an example that names none.
    public static let defaultNow = "2026-11-26"

    /// One example that did not behave as written.
    public struct Failure: Sendable, CustomStringConvertible {
        public var rule: RuleMetadata
        /// 1-based position of the example in the rule file; 0 for a problem of the rule as a whole.
        public var example: Int
        /// Line of the example in the rule file (0 when unknown).
        public var line: Int
        public var message: String

        /// `file:line: ID example N (description): message`.
        public var description: String {
            let place = line > 0 ? "\(rule.sourcePath):\(line)" : rule.sourcePath
            let which = example > 0 ? " example \(example) (\(rule.examples[example - 1].description))" : ""
            return "\(place): \(rule.id)\(which): \(message)"
        }
    }

    /// Every way the rule's examples break what they say; empty when they all pass.
    public static func run(_ rule: RuleMetadata) -> [Failure] {
        var failures: [Failure] = []
        let examples = rule.examples
        if !examples.contains(where: \.triggering) {
            failures.append(Failure(rule: rule, example: 0, line: 0, message: "has no triggering example"))
        }
        if !examples.contains(where: { !$0.triggering }) {
            failures.append(Failure(rule: rule, example: 0, line: 0, message: "has no non-triggering example"))
        }
        for (index, example) in examples.enumerated() {
            for message in problems(example, of: rule) {
                failures.append(Failure(rule: rule, example: index + 1, line: example.line, message: message))
            }
        }
        return failures
    }

    /// What is wrong with one example's run, as messages.
    static func problems(_ example: RuleExample, of rule: RuleMetadata) -> [String] {
        var problems: [String] = []
        var fragment = ModelFragment()
        var expected: [(file: String, line: Int, column: Int)] = []
        for file in example.files {
            let marked = MarkedText(file.content)
            expected += marked.marks.map { (file.name, $0.line, $0.column) }
            switch FileLoader.load(bytes: Array(marked.text.utf8), file: file.name) {
            case .loaded(let piece, _): fragment.append(piece)
            case .skipped: problems.append("\(file.name) is of no kind archlint reads (skipped)")
            case .failed(let error): problems.append("\(file.name) failed to load: \(error.line):\(error.column): \(error.message)")
            }
        }
        guard let now = DateArgument.parse(example.now ?? defaultNow) else {
            return problems + ["`now: \(example.now ?? "")` is not an ISO 8601 date"]
        }
        let runs = Engine.run(Architecture(fragment), options: RuleOptions(now: now), rules: [rule], jobs: 1)
        let findings = runs.flatMap(\.findings).sorted()
        let described = findings.map { "\($0.site.file):\($0.site.line):\($0.site.column) \($0.site.path): \($0.message)" }
        if !example.triggering {
            if !findings.isEmpty { problems.append("should report nothing, but reported: \(described.joined(separator: "; "))") }
            return problems
        }
        let got = findings.map { "\($0.site.file):\($0.site.line):\($0.site.column)" }
        let want = expected.sorted { ($0.file, $0.line, $0.column) < ($1.file, $1.line, $1.column) }
            .map { "\($0.file):\($0.line):\($0.column)" }
        if got != want {
            problems.append("expected findings at [\(want.joined(separator: ", "))], got [\(got.joined(separator: ", "))]"
                + (described.isEmpty ? "" : ": \(described.joined(separator: "; "))"))
        }
        if findings.map(\.site.path) != example.expectedPaths {
            problems.append("expected document paths [\(example.expectedPaths.joined(separator: ", "))], got [\(findings.map(\.site.path).joined(separator: ", "))]")
        }
        for finding in findings where finding.ruleId != rule.id || finding.category != rule.category {
            problems.append("a finding names rule \(finding.ruleId) (\(finding.category)), not \(rule.id) (\(rule.category))")
        }
        for finding in findings where finding.message.hasSuffix(".") {
            problems.append("message ends with a period: \(finding.message)")
        }
        return problems
    }
}
