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
    /// Line of the example's entry in its rule file (0 when not read from a file).
    public var line: Int = 0

    public init(triggering: Bool, description: String, files: [File], expectedPaths: [String], now: String? = nil) {
        self.triggering = triggering
        self.description = description
        self.files = files
        self.expectedPaths = expectedPaths
        self.now = now
    }
}

/// A rule's rationale, remediation and references.
public struct RuleDocs: Sendable, Hashable {
    public var rationale: String
    public var remediation: String
    public var references: [String]

    public init(rationale: String, remediation: String, references: [String]) {
        self.rationale = rationale
        self.remediation = remediation
        self.references = references
    }
}

/// A rule's data, read from `rules/<category>/<ID>-<slug>.yaml`: used by the engine, the
/// reports, `archlint rules`, `archlint explain` and the generated docs. Never written in Swift.
///
/// The examples are the bulk of a rule file and `check` never reads them, so a catalog may
/// hand them over as a loader (`init(..., loadExamples:)`) that runs on first use, once.
/// Equality and hashing are by value, examples included.
public struct RuleMetadata: Sendable, Hashable {
    public var id: String
    public var slug: String
    public var title: String
    public var category: Category
    public var severity: Severity
    /// Why the rule exists, what to do about a finding, and where AWS says so: read by
    /// reporters, `explain` and the docs. A catalog may hand them over as a loader
    /// (`init(..., loadDocs:)`): they are most of a rule file's header, and `check` with a text
    /// report never reads them.
    public var rationale: String {
        get { docsStore.value.rationale }
        set { docs.rationale = newValue }
    }
    public var remediation: String {
        get { docsStore.value.remediation }
        set { docs.remediation = newValue }
    }
    public var references: [String] {
        get { docsStore.value.references }
        set { docs.references = newValue }
    }
    /// All three at once; setting one replaces the store (copies share it until then).
    public var docs: RuleDocs {
        get { docsStore.value }
        set { docsStore = OnDemand(newValue) }
    }
    /// Security Hub controls the rule implements (`RDS.3`, `EC2.7`).
    public var controls: [String] = []
    /// The rule's declarative checks (`check:` in its file); empty for rules written in Swift.
    /// A catalog may hand them over as a loader with the resource types they select
    /// (`loadChecks(selecting:_:)`): parsed when first read, so that a run never parses the
    /// checks of a rule whose resource types it did not load.
    public var checks: [CheckSpec] {
        get { checksStore.value }
        set {
            checksStore = OnDemand(newValue)
            checkTypes = newValue.flatMap(\.resourceTypes)
        }
    }
    /// The resource types the checks select (`CheckSpec.resourceTypes`, wildcards allowed),
    /// known without parsing the checks; empty for a rule without checks.
    public private(set) var checkTypes: [String] = []
    public var hasChecks: Bool { !checkTypes.isEmpty }
    /// `opt-in: true`: the rule runs only when the user enables it (`--rule ID`, or `enable:`
    /// or `enabled: true` in `.archlint.yml`), for controls that would report nearly every
    /// resource of a type.
    public var optIn = false
    public var examples: [RuleExample] {
        get { exampleStore.value }
        set { exampleStore = OnDemand(newValue) }
    }
    /// True once the rationale, remediation and references have been parsed (or were given).
    public var docsLoaded: Bool { docsStore.isComputed }
    /// True once the checks have been parsed (or were given).
    public var checksLoaded: Bool { checksStore.isComputed }
    /// True once the examples have been parsed (or were given).
    public var examplesLoaded: Bool { exampleStore.isComputed }
    /// Path of the rule file: relative to the repository root for built-in rules, as reached
    /// from the pack's path for a rule pack's.
    public var sourcePath: String
    /// The rule pack the rule comes from (its directory or file, as given); nil for built-in rules.
    public var pack: String?
    private var exampleStore: OnDemand<[RuleExample]>
    private var docsStore: OnDemand<RuleDocs>
    private var checksStore = OnDemand<[CheckSpec]>([])

    /// Checks that `load` parses when first read, which select `types`: what a catalog knows
    /// of them without parsing them.
    public mutating func loadChecks(selecting types: [String], _ load: @escaping @Sendable () -> [CheckSpec]) {
        checksStore = OnDemand(load)
        checkTypes = types
    }

    /// True when a check may select a resource of a type in `types` (by its patterns), without
    /// parsing the checks: false means every check would find nothing to read.
    public func checksMaySelect<Types: Collection<String>>(anyOf types: Types) -> Bool {
        checkTypes.contains { pattern in
            FastText.contains(pattern, "*") ? types.contains { CheckSpec.typeMatches(pattern, $0) } : types.contains(pattern)
        }
    }

    public init(id: String, slug: String, title: String, category: Category, severity: Severity,
                rationale: String, remediation: String, references: [String], examples: [RuleExample],
                sourcePath: String) {
        self.init(id: id, slug: slug, title: title, category: category, severity: severity,
                  docs: OnDemand(RuleDocs(rationale: rationale, remediation: remediation, references: references)),
                  examples: OnDemand(examples), sourcePath: sourcePath)
    }

    /// Metadata whose examples are read by `loadExamples` when first asked for.
    public init(id: String, slug: String, title: String, category: Category, severity: Severity,
                rationale: String, remediation: String, references: [String],
                sourcePath: String, loadExamples: @escaping @Sendable () -> [RuleExample]) {
        self.init(id: id, slug: slug, title: title, category: category, severity: severity,
                  docs: OnDemand(RuleDocs(rationale: rationale, remediation: remediation, references: references)),
                  examples: OnDemand(loadExamples), sourcePath: sourcePath)
    }

    /// Metadata whose rationale, remediation and references are read by `loadDocs`, and whose
    /// examples by `loadExamples`, each when first asked for.
    public init(id: String, slug: String, title: String, category: Category, severity: Severity,
                sourcePath: String, loadDocs: @escaping @Sendable () -> RuleDocs,
                loadExamples: @escaping @Sendable () -> [RuleExample]) {
        self.init(id: id, slug: slug, title: title, category: category, severity: severity,
                  docs: OnDemand(loadDocs), examples: OnDemand(loadExamples), sourcePath: sourcePath)
    }

    private init(id: String, slug: String, title: String, category: Category, severity: Severity,
                 docs: OnDemand<RuleDocs>, examples: OnDemand<[RuleExample]>, sourcePath: String) {
        self.id = id
        self.slug = slug
        self.title = title
        self.category = category
        self.severity = severity
        self.docsStore = docs
        self.exampleStore = examples
        self.sourcePath = sourcePath
    }

    public static func == (a: RuleMetadata, b: RuleMetadata) -> Bool {
        a.id == b.id && a.slug == b.slug && a.title == b.title && a.category == b.category
            && a.severity == b.severity && a.rationale == b.rationale && a.remediation == b.remediation
            && a.references == b.references && a.sourcePath == b.sourcePath
            && a.controls == b.controls && a.checks == b.checks && a.pack == b.pack && a.optIn == b.optIn
            && (a.exampleStore === b.exampleStore || a.examples == b.examples)
    }

    /// Leaves the examples out: equal metadata hash equally all the same, and hashing never
    /// makes a catalog read its examples.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(slug)
        hasher.combine(severity)
        hasher.combine(sourcePath)
    }
}
