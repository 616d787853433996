/// An example from a rule file: files as written, and where findings must appear.
public struct RuleExample: Sendable, Hashable {
    public struct File: Sendable, Hashable {
        public var name: String
        public var content: String
        public init(name: String, content: String) {
            self.name = name
            self.content = content
        }
    }

    public var triggering: Bool
    public var description: String
    public var files: [File]
    /// Document paths of the expected findings, in report order (empty for non-triggering examples).
    public var expectedPaths: [String]
    /// The `--now` the example is checked at (ISO 8601); nil for the catalog default.
    public var now: String?

    public init(triggering: Bool, description: String, files: [File], expectedPaths: [String], now: String? = nil) {
        self.triggering = triggering
        self.description = description
        self.files = files
        self.expectedPaths = expectedPaths
        self.now = now
    }
}

/// A rule's data, read from `rules/<category>/<ID>-<slug>.yaml`: used by the engine, the
/// reports, `archlint rules`, `archlint explain` and the generated docs. Never written in Swift.
public struct RuleMetadata: Sendable, Hashable {
    public var id: String
    public var slug: String
    public var title: String
    public var category: Category
    public var severity: Severity
    public var rationale: String
    public var remediation: String
    public var references: [String]
    public var examples: [RuleExample]
    /// Path of the rule file, relative to the repository root.
    public var sourcePath: String

    public init(id: String, slug: String, title: String, category: Category, severity: Severity,
                rationale: String, remediation: String, references: [String], examples: [RuleExample],
                sourcePath: String) {
        self.id = id
        self.slug = slug
        self.title = title
        self.category = category
        self.severity = severity
        self.rationale = rationale
        self.remediation = remediation
        self.references = references
        self.examples = examples
        self.sourcePath = sourcePath
    }
}
