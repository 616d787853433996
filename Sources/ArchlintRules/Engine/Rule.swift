import ArchlintModel
import Foundation

/// A policy check. A rule sees only the typed model, reports on located values, and says which
/// resources it looked at (each becomes a JUnit test case, passing or failing). Its text —
/// title, rationale, remediation, examples — lives in `rules/<category>/<ID>-<slug>.yaml`.
public protocol Rule: Sendable {
    static var id: String { get }
    init()
    func check(_ model: Architecture, _ context: inout RuleContext)
    /// True for rules that read `RuleContext.grants`: the engine then has them worked out, once,
    /// by the first such rule to run.
    static var readsPolicyGrants: Bool { get }
    /// True for the few rules that read every value of every resource: the engine starts them
    /// first, so that the other rules run beside them instead of after them.
    static var readsEveryValue: Bool { get }
}

extension Rule {
    public static var readsPolicyGrants: Bool { false }
    public static var readsEveryValue: Bool { false }
}

/// Settings rules read; time-dependent rules take `now` from here, never from the clock.
public struct RuleOptions: Sendable {
    public var now: Date
    /// Certificates expiring within this many days are reported (CE102, CE104).
    public var expiryWindowDays: Int
    /// Extra words that make a variable name a secret's (EN101), beside the built-in ones;
    /// matched like them, case-insensitively anywhere in the name.
    public var secretNames: [String]
    /// Principals a trust policy may name without an `sts:ExternalId` (LP112): 12-digit
    /// account IDs or principal ARNs, as written.
    public var allowedPrincipals: [String]
    /// Actions to treat as accepting only `Resource: "*"` (LP106, LP107), beside what the IAM
    /// catalog says; `service:Action`, case-insensitive.
    public var starOnlyActions: [String] {
        didSet { starOnlyLookup = Set(starOnlyActions.map { $0.lowercased() }) }
    }
    private var starOnlyLookup: Set<String>

    public init(now: Date, expiryWindowDays: Int = 30, secretNames: [String] = [], allowedPrincipals: [String] = [],
                starOnlyActions: [String] = []) {
        self.now = now
        self.expiryWindowDays = expiryWindowDays
        self.secretNames = secretNames
        self.allowedPrincipals = allowedPrincipals
        self.starOnlyActions = starOnlyActions
        self.starOnlyLookup = Set(starOnlyActions.map { $0.lowercased() })
    }

    /// True when the configuration says `action` (`service:Action`) accepts only `Resource: "*"`.
    public func acceptsOnlyStar(_ action: String) -> Bool {
        !starOnlyLookup.isEmpty && starOnlyLookup.contains(action.lowercased())
    }
}

/// What a rule writes to while it runs.
public struct RuleContext: Sendable {
    public let metadata: RuleMetadata
    public let options: RuleOptions
    /// Expanded `Allow` statements of judged policy documents (empty unless the rule reads
    /// them), worked out by the first rule that reads them while the others run.
    private let grantsSource: OnDemand<PolicyGrants>
    var grants: PolicyGrants { grantsSource.value }
    /// Lookups shared by the rules of one run.
    let lookups: SharedLookups
    /// In the order the rule looked (duplicates dropped in `run()`): a Set hashed three strings
    /// per call, and its random order then cost a full sort.
    private(set) var checked: [CheckedResource] = []
    private(set) var findings: [Finding] = []
    private let recordsChecked: Bool

    init(metadata: RuleMetadata, options: RuleOptions, grants: PolicyGrants = PolicyGrants(), recordsChecked: Bool = true) {
        self.init(metadata: metadata, options: options, grantsSource: OnDemand(grants), lookups: SharedLookups(),
                  recordsChecked: recordsChecked)
    }

    init(metadata: RuleMetadata, options: RuleOptions, grantsSource: OnDemand<PolicyGrants>, lookups: SharedLookups,
         recordsChecked: Bool) {
        self.metadata = metadata
        self.options = options
        self.grantsSource = grantsSource
        self.lookups = lookups
        self.recordsChecked = recordsChecked
    }

    /// Records that the rule looked at a resource.
    public mutating func checked(_ resource: ResourceInfo) {
        guard recordsChecked else { return }
        if let last = checked.last, last.name == resource.name, last.file == resource.file, last.type == resource.type {
            return
        }
        checked.append(CheckedResource(resource))
    }

    /// Reports a violation on the value at `site`, against `resource`.
    public mutating func report(_ message: String, at site: Site, on resource: ResourceInfo) {
        checked(resource)
        findings.append(Finding(ruleId: metadata.id, category: metadata.category, severity: metadata.severity,
                                message: message, site: site, resource: resource.name, resourceType: resource.type))
    }

    mutating func run() -> RuleRun {
        // A finding's resource may be reported at a site in another file (a role described in a
        // CLI export, used by a service in a template): its test case is named after the resource.
        // The lists are taken out first, so that they are sorted in place, not copied.
        var taken: [Finding] = []
        swap(&taken, &findings)
        Self.sortUnique(&taken)
        var visited: [CheckedResource] = []
        swap(&visited, &checked)
        return RuleRun(rule: metadata, checked: Self.sortedUniqueResources(visited), findings: taken)
    }

    static func sortedUnique(_ findings: [Finding]) -> [Finding] {
        var all = findings
        sortUnique(&all)
        return all
    }

    /// Report order, each finding once. Rules report roughly in model order, so the stable
    /// sort mostly merges runs (a Set first would shuffle them); findings that sort equal but
    /// differ (another resource at the same site) keep the order they were reported in.
    /// Sorted and compacted in place: copying findings (seven strings each) cost more than
    /// comparing them.
    static func sortUnique(_ all: inout [Finding]) {
        all.sort()
        var kept = 0
        var tieStart = 0
        for index in all.indices {
            if kept > 0, !(all[kept - 1] < all[index]) {
                if all[tieStart..<kept].contains(all[index]) { continue }
            } else {
                tieStart = kept
            }
            if kept != index { all.swapAt(kept, index) }
            kept += 1
        }
        all.removeLast(all.count - kept)
    }

    /// Sorted, each resource once. Rules look at resources in model order, which is file
    /// order: then only each file's few resources need sorting.
    static func sortedUniqueResources(_ checked: consuming [CheckedResource]) -> [CheckedResource] {
        var sorted = checked
        let inFileOrder = sorted.indices.dropFirst().allSatisfy { sorted[$0 - 1].file == sorted[$0].file || sorted[$0 - 1].file < sorted[$0].file }
        if inFileOrder {
            var start = sorted.startIndex
            while start < sorted.endIndex {
                let file = sorted[start].file
                let end = sorted[start...].firstIndex { $0.file != file } ?? sorted.endIndex
                if end - start > 1 { sorted[start..<end].sort() }
                start = end
            }
        } else {
            sorted.sort()
        }
        var kept = 0
        for index in sorted.indices where kept == 0 || sorted[kept - 1] != sorted[index] {
            if kept != index { sorted.swapAt(kept, index) }
            kept += 1
        }
        sorted.removeLast(sorted.count - kept)
        return sorted
    }
}
