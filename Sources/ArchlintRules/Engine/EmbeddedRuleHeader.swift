import ArchlintModel

/// What `check` needs of a built-in rule file before any resource is read, compiled into the
/// binary (`EmbeddedRuleHeaders.swift`, generated from the rule files by the parser itself:
/// `ARCHLINT_UPDATE_EMBEDDED=1 swift test --filter EmbeddedRuleHeaderTests`). Parsing the
/// 140 files' headers at start-up was a third of the instructions of a run on a small template.
struct EmbeddedRuleHeader: Sendable {
    let path: String
    let id: String
    let slug: String
    let title: String
    let category: String
    let severity: Severity
    let optIn: Bool
    let controls: [String]
    /// The resource types the file's checks select; nil for a file without `check:`.
    let checkTypes: [String]?
}
