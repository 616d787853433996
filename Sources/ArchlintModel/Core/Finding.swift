public enum Severity: String, Sendable, Hashable, Codable, Comparable, CaseIterable {
    case note, warning, error

    private var rank: Int {
        switch self {
        case .note: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// A rule's category: one of the six built-in ones, or one a rule pack declares
/// (`category: tagging`). Open, so a pack's category travels through reports like the others;
/// `allCases` lists the built-in six, in catalog order.
public struct Category: RawRepresentable, Sendable, Hashable, Codable, CaseIterable, Comparable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let leastPrivilege = Category(rawValue: "least-privilege")
    public static let encryption = Category(rawValue: "encryption")
    public static let healthCheck = Category(rawValue: "health-check")
    public static let privateSubnet = Category(rawValue: "private-subnet")
    public static let certificate = Category(rawValue: "certificate")
    public static let pipeline = Category(rawValue: "pipeline")

    public static let allCases: [Category] = [.leastPrivilege, .encryption, .healthCheck, .privateSubnet, .certificate, .pipeline]

    /// True for the six categories of the built-in catalog.
    public var isBuiltIn: Bool { Self.allCases.contains(self) }

    /// A category name a rule file may declare: lower-case kebab-case (`tagging`, `cost-control`).
    public static func isValidName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, ("a"..."z").contains(first), !name.hasSuffix("-") else { return false }
        return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    public var description: String { rawValue }

    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public static func < (a: Category, b: Category) -> Bool { a.rawValue < b.rawValue }
}

/// One broken policy, reported on the exact value at fault. A closed struct: no free-form fields.
public struct Finding: Sendable, Hashable, Comparable {
    public var ruleId: String
    public var category: Category
    public var severity: Severity
    public var message: String
    public var site: Site
    /// CloudFormation logical ID, or the natural name for CLI JSON.
    public var resource: String
    public var resourceType: String
    /// Set by the gate when a suppression or the baseline accepts the finding: it is still
    /// reported, but never fails the run.
    public var waiver: Waiver?

    public init(ruleId: String, category: Category, severity: Severity, message: String, site: Site,
                resource: String, resourceType: String, waiver: Waiver? = nil) {
        self.ruleId = ruleId
        self.category = category
        self.severity = severity
        self.message = message
        self.site = site
        self.resource = resource
        self.resourceType = resourceType
        self.waiver = waiver
    }

    /// Not waived: counts against `--fail-on`.
    public var isActive: Bool { waiver == nil }

    /// Report order: file, line, column, rule, then message so that the order is total.
    /// Field by field rather than as tuples: tuple comparison copied (retained) every string,
    /// and sorting hundreds of thousands of findings spent most of its time there.
    public static func < (a: Finding, b: Finding) -> Bool {
        if a.site.file != b.site.file { return a.site.file < b.site.file }
        if a.site.line != b.site.line { return a.site.line < b.site.line }
        if a.site.column != b.site.column { return a.site.column < b.site.column }
        if a.ruleId != b.ruleId { return a.ruleId < b.ruleId }
        if a.message != b.message { return a.message < b.message }
        return a.site.path < b.site.path
    }
}

/// A file that could not be loaded: it is reported, and every other file is still checked.
public struct LoadError: Error, Sendable, Hashable, Comparable {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public static func < (a: LoadError, b: LoadError) -> Bool {
        (a.file, a.line, a.column, a.message) < (b.file, b.line, b.column, b.message)
    }
}

/// A resource a rule looked at: one JUnit test case per (rule, checked resource).
public struct CheckedResource: Sendable, Hashable, Comparable {
    public var name: String
    public var type: String
    public var file: String

    public init(name: String, type: String, file: String) {
        self.name = name
        self.type = type
        self.file = file
    }

    public init(_ info: ResourceInfo) {
        self.init(name: info.name, type: info.type, file: info.file)
    }

    public static func < (a: CheckedResource, b: CheckedResource) -> Bool {
        if a.file != b.file { return a.file < b.file }
        if a.name != b.name { return a.name < b.name }
        return a.type < b.type
    }
}

/// What one rule did over the whole model.
public struct RuleRun: Sendable, Hashable {
    public var rule: RuleMetadata
    /// Sorted, unique.
    public var checked: [CheckedResource]
    /// Sorted.
    public var findings: [Finding]

    public init(rule: RuleMetadata, checked: [CheckedResource], findings: [Finding]) {
        self.rule = rule
        self.checked = checked
        self.findings = findings
    }
}

/// A finding's place in `ScanReport.runs`.
public struct FindingIndex: Sendable, Hashable {
    public var run: Int
    public var index: Int
}

/// Where a finding sorts (see `ScanReport.reportOrder`): ranks of its file and rule ID.
private struct OrderKey {
    var file: Int, line: Int, column: Int, rule: Int, run: Int, index: Int
}

/// A file read but not checked: it is of no kind archlint reads. `reason` says what was expected.
public struct SkippedFile: Sendable, Hashable, Comparable {
    public var file: String
    public var reason: String

    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }

    public static func < (a: SkippedFile, b: SkippedFile) -> Bool { (a.file, a.reason) < (b.file, b.reason) }
}

/// Everything a reporter needs. Reporters are pure functions of this value.
public struct ScanReport: Sendable, Hashable {
    public var toolVersion: String
    /// Input files considered (loaded, skipped or failed).
    public var files: Int
    /// Files of no known kind.
    public var skipped: Int
    /// Those files by name, with the reason, sorted, when the checker recorded them (the text
    /// report lists them with `--verbose`, JSON and HTML always, JUnit as a suite of its own).
    public var skippedFiles: [SkippedFile] = []
    public var resources: Int
    public var errors: [LoadError]
    /// One per rule that ran, in rule ID order.
    public var runs: [RuleRun]
    /// What the gate says about its own waivers (stale suppressions and baseline entries), sorted.
    public var notices: [Notice]
    /// True when findings were compared with a baseline (SARIF then gives every result a `baselineState`).
    public var usesBaseline: Bool

    public init(toolVersion: String, files: Int, skipped: Int, resources: Int, errors: [LoadError], runs: [RuleRun],
                notices: [Notice] = [], usesBaseline: Bool = false, skippedFiles: [SkippedFile] = []) {
        self.toolVersion = toolVersion
        self.files = files
        self.skipped = skipped
        self.skippedFiles = skippedFiles.sorted()
        self.resources = resources
        self.errors = errors.sorted()
        self.runs = runs
        self.notices = notices.sorted()
        self.usesBaseline = usesBaseline
    }

    /// Every finding of every rule, waived ones included, in report order.
    public var findings: [Finding] { reportOrder.map { runs[$0.run].findings[$0.index] } }

    /// Where each finding is (`runs[run].findings[index]`), in report order: large reports
    /// walk this rather than copying every finding (each copy retains seven strings).
    public var reportOrder: [FindingIndex] {
        // Files and rule IDs are ranked once, so the sort compares integers; only findings of
        // one rule at one position (rare) compare their messages and paths. Each run is sorted
        // by file already, so a file is looked up once per run where it starts, not per finding.
        var fileIDs: [String: Int] = [:]
        var files: [String] = []
        // A run's findings of one file: runs[run].findings[range].
        var segments: [(run: Int, range: Range<Int>, file: Int)] = []
        var total = 0
        for run in runs.indices {
            runs[run].findings.withUnsafeBufferPointer { buffer in
                var previous: String?
                for index in buffer.indices where buffer[index].site.file != previous {
                    let file = buffer[index].site.file
                    let id: Int
                    if let known = fileIDs[file] {
                        id = known
                    } else {
                        id = files.count
                        fileIDs[file] = id
                        files.append(file)
                    }
                    if previous != nil { segments[segments.count - 1].range = segments[segments.count - 1].range.lowerBound..<index }
                    segments.append((run, index..<buffer.count, id))
                    previous = file
                }
                total += buffer.count
            }
        }
        var fileRank = [Int](repeating: 0, count: files.count)
        for (rank, id) in files.indices.sorted(by: { files[$0] < files[$1] }).enumerated() { fileRank[id] = rank }
        var ruleRank = [Int](repeating: 0, count: runs.count)
        for (rank, run) in runs.indices.sorted(by: { runs[$0].rule.id < runs[$1].rule.id }).enumerated() { ruleRank[run] = rank }

        // Placed by file first (a counting sort: stable, linear), then each file's few findings
        // sorted by position and rule.
        var starts = [Int](repeating: 0, count: files.count + 1)
        for segment in segments { starts[fileRank[segment.file] + 1] += segment.range.count }
        for rank in files.indices { starts[rank + 1] += starts[rank] }
        var next = starts
        var keys = [OrderKey](repeating: OrderKey(file: 0, line: 0, column: 0, rule: 0, run: 0, index: 0), count: total)
        for segment in segments {
            let rank = fileRank[segment.file]
            runs[segment.run].findings.withUnsafeBufferPointer { buffer in
                for index in segment.range {
                    keys[next[rank]] = OrderKey(file: rank, line: buffer[index].site.line, column: buffer[index].site.column,
                                                rule: ruleRank[segment.run], run: segment.run, index: index)
                    next[rank] += 1
                }
            }
        }
        for rank in files.indices where starts[rank + 1] - starts[rank] > 1 {
            keys[starts[rank]..<starts[rank + 1]].sort { a, b in
                if (a.line, a.column, a.rule) != (b.line, b.column, b.rule) {
                    return (a.line, a.column, a.rule) < (b.line, b.column, b.rule)
                }
                let x = runs[a.run].findings[a.index], y = runs[b.run].findings[b.index]
                if x < y { return true }
                if y < x { return false }
                return (a.run, a.index) < (b.run, b.index)
            }
        }
        return keys.map { FindingIndex(run: $0.run, index: $0.index) }
    }

    /// Findings that fail the run (no waiver), counted at or above `severity`; notices count as notes.
    public func count(atLeast severity: Severity) -> Int {
        let tally = tally
        return (severity <= .error ? tally.errors : 0) + (severity <= .warning ? tally.warnings : 0)
            + (severity <= .note ? tally.notes + notices.count : 0)
    }

    /// Findings accepted by a waiver of this kind.
    public func count(waived kind: Waiver.Kind) -> Int {
        tally.waived[kind, default: 0]
    }

    /// Findings counted by severity (those that fail the run) and by waiver, in one pass that
    /// reads fields through the buffers: copying 230,000 findings per count showed in profiles.
    public var tally: Tally {
        var tally = Tally()
        for run in runs {
            run.findings.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                for index in buffer.indices {
                    let finding = base + index
                    if let kind = finding.pointee.waiver?.kind {
                        tally.waived[kind, default: 0] += 1
                        continue
                    }
                    switch finding.pointee.severity {
                    case .error: tally.errors += 1
                    case .warning: tally.warnings += 1
                    case .note: tally.notes += 1
                    }
                }
            }
        }
        return tally
    }

    public struct Tally: Sendable, Equatable {
        /// Findings that fail the run (no waiver), by severity.
        public var errors = 0, warnings = 0, notes = 0
        public var waived: [Waiver.Kind: Int] = [:]

        public var failing: Int { errors + warnings + notes }
        /// Accepted by an inline or configuration suppression.
        public var suppressed: Int { waived[.inline, default: 0] + waived[.config, default: 0] }
        public var baselined: Int { waived[.baseline, default: 0] }
    }

    /// Calls `body` with each finding in report order, as a pointer into its run's buffer:
    /// valid only during the call. Handing out the finding itself copied it.
    public func forEachInReportOrder(_ order: some Collection<FindingIndex>, _ body: (UnsafePointer<Finding>) -> Void) {
        for position in order {
            runs[position.run].findings.withUnsafeBufferPointer { body($0.baseAddress! + position.index) }
        }
    }
}
