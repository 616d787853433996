/// Why a finding does not fail the run: a suppression with its reason, or a baseline entry.
/// A waived finding stays in the report (JSON, JUnit, SARIF list it) but is never counted
/// against `--fail-on`.
public struct Waiver: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// `Metadata: {archlint: {suppress: [...]}}` on the CloudFormation resource.
        case inline
        /// `suppress:` in `.archlint.yml`.
        case config
        /// An entry of the `--baseline` file.
        case baseline
    }

    public var kind: Kind
    /// Why the finding is accepted (`"baselined"` for baseline entries).
    public var reason: String
    /// The last day the waiver works, as written (`2027-01-31`); nil when it never expires.
    public var until: String?
    /// Where the waiver is written.
    public var site: Site

    public init(kind: Kind, reason: String, until: String? = nil, site: Site) {
        self.kind = kind
        self.reason = reason
        self.until = until
        self.site = site
    }
}

/// Something the gate itself has to say about its own inputs, not about the architecture:
/// a waiver that matches no finding any more. Shown as a note, with no rule category.
public struct Notice: Sendable, Hashable, Comparable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A suppression (inline or in the config) that matches no finding.
        case staleSuppression = "stale-suppression"
        /// A baseline entry that matches no finding: the finding was fixed.
        case staleBaseline = "stale-baseline"

        public var title: String {
            switch self {
            case .staleSuppression: return "Suppression matches no finding"
            case .staleBaseline: return "Baseline entry matches no finding"
            }
        }

        public var help: String {
            switch self {
            case .staleSuppression:
                return "Remove the suppression: the finding it waived is gone (fixed, moved, or the rule no longer reports it), and a stale waiver would silently cover a future regression."
            case .staleBaseline:
                return "Run `archlint baseline --prune` to drop entries of fixed findings, so the same violation cannot come back unnoticed."
            }
        }
    }

    public var kind: Kind
    /// The rule the waiver was written for.
    public var ruleId: String
    public var message: String
    /// Where the waiver is written (config line, template `Metadata`, baseline entry).
    public var site: Site

    public init(kind: Kind, ruleId: String, message: String, site: Site) {
        self.kind = kind
        self.ruleId = ruleId
        self.message = message
        self.site = site
    }

    public static func < (a: Notice, b: Notice) -> Bool {
        (a.site, a.kind.rawValue, a.ruleId, a.message) < (b.site, b.kind.rawValue, b.ruleId, b.message)
    }
}

/// A suppression written on a CloudFormation resource (`Metadata.archlint.suppress[n]`),
/// captured by the loader as written; the gate validates it. Each field keeps its site, so a
/// missing reason or a bad date is reported at its line.
public struct InlineSuppression: Sendable, Hashable {
    public struct Field: Sendable, Hashable {
        public var key: String
        /// The scalar's text; nil when the value is a mapping or a sequence.
        public var value: String?
        public var site: Site

        public init(key: String, value: String?, site: Site) {
            self.key = key
            self.value = value
            self.site = site
        }
    }

    /// The resource's logical ID.
    public var resource: String
    /// The resource's document path (`Resources/AdminRole`): findings at or below it are covered.
    public var resourcePath: String
    /// The entry (or, when `problem` is set, the value whose shape is wrong).
    public var site: Site
    public var fields: [Field]
    /// Set when the entry is not a mapping, or `suppress` is not a list.
    public var problem: String?

    public init(resource: String, resourcePath: String, site: Site, fields: [Field], problem: String? = nil) {
        self.resource = resource
        self.resourcePath = resourcePath
        self.site = site
        self.fields = fields
        self.problem = problem
    }
}
