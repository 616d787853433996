import ArchlintModel
import Foundation
import ArchlintYAML

/// The rule files, parsed once from the copies embedded in the binary
/// (`EmbeddedRules.swift`, generated from `rules/` by `scripts/embed-rules.py`).
///
/// Start-up reads only what `check` needs: each file up to its top-level `examples:` key.
/// The examples (most of each file) are parsed when `examples` is first read on a rule
/// (`explain`, `docs`, the example tests); `problems` parses every file whole.
public final class RuleCatalog: Sendable {
    public static let shared = RuleCatalog(files: embeddedRuleFiles)

    public let rules: [RuleMetadata]
    /// The rules a run checks when nobody chose: every rule but the opt-in ones.
    public let defaultRules: [RuleMetadata]
    private let fullParseProblems: OnDemand<[String]>

    /// Rule files that could not be read, examples included; a test keeps this empty.
    public var problems: [String] { fullParseProblems.value }

    public init(files: [(path: String, text: String)]) {
        var rules: [RuleMetadata] = []
        var headerProblems: [String] = []
        // About a hundred small files, on every core: this is most of `check`'s fixed start-up.
        let parsed = ParallelMap.map(files, jobs: min(4, ProcessInfo.processInfo.activeProcessorCount)) { file in
            Result { try RuleFileParser.parseLazily(text: file.text, path: file.path) }
        }
        for (file, outcome) in zip(files, parsed) {
            switch outcome {
            case .success(let rule): rules.append(rule)
            case .failure(let error): headerProblems.append("\(file.path): \(error)")
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

    /// Starts parsing the embedded rules on a thread of its own, so that they are (mostly)
    /// ready by the time `check` needs them instead of adding to its start-up: call it first
    /// thing when the command will check. Harmless when unused.
    public static func prepareInBackground() {
        Thread.detachNewThread { _ = RuleCatalog.shared }
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
