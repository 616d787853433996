import ArchlintModel
import Foundation
import ArchlintYAML

/// The rule files, parsed once from the copies embedded in the binary
/// (`EmbeddedRules.swift`, generated from `rules/` by `scripts/embed-rules.py`).
///
/// Start-up parses none of the built-in files: what `check` needs of each is compiled in
/// (`EmbeddedRuleHeaders.swift`). The docs, a rule's checks and the examples (most of each
/// file) are parsed when first read (a report that shows docs, a scan that holds a resource type
/// the checks select, `explain`, `docs`, the example tests); `problems` parses every file whole.
public final class RuleCatalog: Sendable {
    public static let shared = RuleCatalog(files: embeddedRuleFiles, headers: embeddedRuleHeaders)

    public let rules: [RuleMetadata]
    /// The rules a run checks when nobody chose: every rule but the opt-in ones.
    public let defaultRules: [RuleMetadata]
    private let fullParseProblems: OnDemand<[String]>

    /// Rule files that could not be read, examples included; a test keeps this empty.
    public var problems: [String] { fullParseProblems.value }

    /// The files' headers parsed, each up to its top-level `examples:` key.
    public convenience init(files: [(path: String, text: String)]) {
        self.init(files: files, headers: [])
    }

    /// `headers`, when they are the files' (same paths, in order), stand for the parse of the
    /// headers; otherwise the files are parsed.
    init(files: [(path: String, text: String)], headers: [EmbeddedRuleHeader]) {
        var rules: [RuleMetadata] = []
        var headerProblems: [String] = []
        if headers.map(\.path) == files.map(\.path) {
            rules = zip(headers, files).map { RuleFileParser.metadata($0, text: $1.text) }
        } else {
            let parsed = ParallelMap.map(files, jobs: min(4, ProcessInfo.processInfo.activeProcessorCount)) { file in
                Result { try RuleFileParser.parseLazily(text: file.text, path: file.path) }
            }
            for (file, outcome) in zip(files, parsed) {
                switch outcome {
                case .success(let rule): rules.append(rule)
                case .failure(let error): headerProblems.append("\(file.path): \(error)")
                }
            }
        }
        self.rules = rules.sorted { $0.id < $1.id }
        defaultRules = self.rules.filter { !$0.optIn }
        let headerProblemsFound = headerProblems
        fullParseProblems = OnDemand {
            var problems: [String] = []
            for file in files {
                do {
                    _ = try RuleFileParser.parse(text: file.text, path: file.path)
                } catch {
                    problems.append("\(file.path): \(error)")
                }
            }
            return problems + headerProblemsFound.filter { !problems.contains($0) }
        }
    }

    /// Starts reading what the policy rules need (the IAM catalog, and the actions AWS's
    /// service-role policies grant) on a thread of its own, once however often it is called:
    /// by the loader of the first file that holds a policy. A thread for the rules and another
    /// for this, as before, kept apart (in a row, they were the longest path of a small run),
    /// but a scan without any policy no longer pays for it: a fifth of a small run's CPU.
    public static func preparePolicyDataInBackground() {
        if policyDataRequested.setOnce() { Thread.detachNewThread { _ = ServiceRoleGrants.actions } }
    }

    /// True once `preparePolicyDataInBackground` was called: callers skip looking for policies.
    public static var policyDataPrepared: Bool { policyDataRequested.isSet }

    private static let policyDataRequested = Flag()

    public func rule(_ idOrSlug: String) -> RuleMetadata? {
        rules.first { $0.id.caseInsensitiveCompare(idOrSlug) == .orderedSame || $0.slug == idOrSlug }
    }
}

/// A flag set once, read from any thread.
private final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    var isSet: Bool {
        lock.lock()
        defer { lock.unlock() }
        return value
    }

    /// Sets the flag; true for the one call that set it.
    func setOnce() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard !value else { return false }
        value = true
        return true
    }
}
