import ArchlintModel

/// SARIF 2.1.0, as GitHub code scanning reads it: one run; `tool.driver.rules` lists each rule
/// that ran (id, slug as name, title, rationale, remediation as help, first reference as
/// `helpUri`, configured severity as `defaultConfiguration.level`, and as properties a
/// `security-severity` GitHub ranks alerts by and `tags`: `security`, the category and the
/// Security Hub controls) and the gate's notice kinds when there are notices; each result has
/// `ruleId`/`ruleIndex`, `level`, the message with its resource, one physical location (URI
/// relative to `%SRCROOT%`, 1-based line and column counted in Unicode code points),
/// `partialFingerprints` from rule, file and document path, and the document path, resource
/// and type as properties. Waived findings carry `suppressions` (`inSource` for CloudFormation
/// metadata, `external` for the config and the baseline) with the reason as `justification`;
/// with a baseline every result has a `baselineState`. Load errors are tool execution
/// notifications.
///
/// GitHub accepts at most 25,000 results and 1,000 rules a run: past that the most severe are
/// kept (errors, warnings, notes, then waived findings; rules by their most severe result), and
/// the run's `properties` say how many were left out (`omittedResults`, `omittedRules`).
enum SARIFReporter {
    static let schema = "https://json.schemastore.org/sarif-2.1.0.json"
    static let fingerprintKey = "archlint/v1"

    /// What GitHub code scanning accepts in one run.
    struct Limits: Sendable {
        var results = 25_000
        var rules = 1_000
    }

    /// How many results and rules a report loses to the limits.
    struct Omissions: Sendable, Equatable {
        var results = 0
        var rules = 0
    }

    /// A result before it is written: its rule, how severe (0 most), and its members but `ruleIndex`.
    private struct Candidate {
        var ruleId: String
        var rank: Int
        var members: [(String, JSONValue)]
    }

    static func render(_ report: ScanReport, paths: ArtifactPaths, limits: Limits = .init()) -> String {
        let allRules = descriptors(report)
        let (kept, keptRules, omissions) = select(candidates(report, paths), rules: allRules.map(\.id), limits: limits)
        let rules = allRules.filter { keptRules.contains($0.id) }
        let ruleIndex = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let results: [JSONValue] = kept.map { candidate in
            var members = candidate.members
            members.insert(("ruleIndex", .int(ruleIndex[candidate.ruleId] ?? 0)), at: 1)
            return .object(members)
        }

        let notifications: [JSONValue] = report.errors.map { error in
            .object([
                ("level", .string("error")),
                ("message", .object([("text", .string(error.message))])),
                ("locations", .array([location(Site(file: error.file, line: error.line, column: error.column, path: ""), paths)])),
            ])
        }
        var invocation: [(String, JSONValue)] = [("executionSuccessful", .bool(report.errors.isEmpty))]
        if !notifications.isEmpty { invocation.append(("toolExecutionNotifications", .array(notifications))) }

        var run: [(String, JSONValue)] = [
            ("tool", .object([("driver", .object([
                ("name", .string("archlint")),
                ("version", .string(report.toolVersion)),
                ("semanticVersion", .string(report.toolVersion)),
                ("rules", .array(rules.map(\.descriptor))),
            ]))])),
            ("invocations", .array([.object(invocation)])),
            ("columnKind", .string("unicodeCodePoints")),
            ("results", .array(results)),
        ]
        if omissions != Omissions() {
            run.append(("properties", .object([
                ("omittedResults", .int(omissions.results)),
                ("omittedRules", .int(omissions.rules)),
                ("omissionReason", .string("GitHub code scanning accepts at most \(limits.results) results and "
                                          + "\(limits.rules) rules a run: the most severe were kept")),
            ])))
        }
        let document = JSONValue.object([
            ("$schema", .string(schema)),
            ("version", .string("2.1.0")),
            ("runs", .array([.object(run)])),
        ])
        return document.text
    }

    /// What the limits leave out of a report's SARIF, for the CLI to say on standard error.
    static func omissions(_ report: ScanReport, limits: Limits = .init()) -> Omissions {
        let rules = descriptors(report).map(\.id)
        let total = report.runs.reduce(0) { $0 + $1.findings.count } + report.notices.count
        guard total > limits.results || rules.count > limits.rules else { return Omissions() }
        return select(candidates(report, ArtifactPaths()), rules: rules, limits: limits).omissions
    }

    /// The rules that ran, then the notice kinds that occur.
    private static func descriptors(_ report: ScanReport) -> [(id: String, descriptor: JSONValue)] {
        var rules: [(id: String, descriptor: JSONValue)] = report.runs.map { ($0.rule.id, descriptor($0.rule)) }
        for kind in Notice.Kind.allCases where report.notices.contains(where: { $0.kind == kind }) {
            rules.append((kind.rawValue, descriptor(kind)))
        }
        return rules
    }

    /// Every result, findings then notices, in report order.
    private static func candidates(_ report: ScanReport, _ paths: ArtifactPaths) -> [Candidate] {
        let findings = report.findings
        let fingerprints = Fingerprint.unique(findings.map { Fingerprint.key($0, paths) })
        var out: [Candidate] = zip(findings, fingerprints).map { finding, fingerprint in
            var members: [(String, JSONValue)] = [
                ("ruleId", .string(finding.ruleId)),
                ("level", .string(finding.severity.rawValue)),
                ("message", .object([("text", .string("\(finding.message) (\(finding.resource))"))])),
                ("locations", .array([location(finding.site, paths)])),
                ("partialFingerprints", .object([(fingerprintKey, .string(fingerprint))])),
            ]
            if let waiver = finding.waiver { members.append(("suppressions", .array([suppression(waiver, paths)]))) }
            if report.usesBaseline {
                members.append(("baselineState", .string(finding.waiver?.kind == .baseline ? "unchanged" : "new")))
            }
            members.append(("properties", .object([
                ("documentPath", .string(finding.site.path)),
                ("resource", .string(finding.resource)),
                ("resourceType", .string(finding.resourceType)),
                ("category", .string(finding.category.rawValue)),
            ])))
            let rank = (finding.severity == .error ? 0 : finding.severity == .warning ? 1 : 2) + (finding.isActive ? 0 : 3)
            return Candidate(ruleId: finding.ruleId, rank: rank, members: members)
        }
        let noticePrints = Fingerprint.unique(report.notices.map { Fingerprint.key($0, paths) })
        out += zip(report.notices, noticePrints).map { notice, fingerprint in
            var members: [(String, JSONValue)] = [
                ("ruleId", .string(notice.kind.rawValue)),
                ("level", .string("note")),
                ("message", .object([("text", .string(notice.message))])),
                ("locations", .array([location(notice.site, paths)])),
                ("partialFingerprints", .object([(fingerprintKey, .string(fingerprint))])),
            ]
            if report.usesBaseline {
                members.append(("baselineState", .string(notice.kind == .staleBaseline ? "absent" : "new")))
            }
            return Candidate(ruleId: notice.kind.rawValue, rank: 2, members: members)
        }
        return out
    }

    /// The candidates and rules within the limits: rules by their most severe result (then in
    /// order), results by severity (then in order) among those of kept rules; kept results stay
    /// in report order.
    private static func select(_ candidates: [Candidate], rules: [String], limits: Limits)
        -> (kept: [Candidate], rules: Set<String>, omissions: Omissions) {
        var keptRules = Set(rules)
        if rules.count > limits.rules {
            var best: [String: Int] = [:]
            for c in candidates { best[c.ruleId] = min(best[c.ruleId] ?? Int.max, c.rank) }
            let order = rules.indices.sorted { (best[rules[$0]] ?? Int.max, $0) < (best[rules[$1]] ?? Int.max, $1) }
            keptRules = Set(order.prefix(limits.rules).map { rules[$0] })
        }
        var indices = candidates.indices.filter { keptRules.contains(candidates[$0].ruleId) }
        if indices.count > limits.results {
            indices = Array(indices.sorted { (candidates[$0].rank, $0) < (candidates[$1].rank, $1) }.prefix(limits.results)).sorted()
        }
        let omissions = Omissions(results: candidates.count - indices.count, rules: rules.count - keptRules.count)
        return (indices.map { candidates[$0] }, keptRules, omissions)
    }

    static func descriptor(_ rule: RuleMetadata) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("id", .string(rule.id)),
            ("name", .string(rule.slug)),
            ("shortDescription", .object([("text", .string(rule.title))])),
            ("fullDescription", .object([("text", .string(trimmed(rule.rationale)))])),
        ]
        if let uri = rule.references.first { members.append(("helpUri", .string(uri))) }
        members += [
            ("help", .object([("text", .string(trimmed(rule.remediation)))])),
            ("defaultConfiguration", .object([("level", .string(rule.severity.rawValue))])),
            // `security` makes GitHub use security-severity; Security Hub controls as tags, so
            // code-scanning filters can select them (`RDS.3`); a pack rule names its pack and file.
            ("properties", .object([
                ("security-severity", .string(securitySeverity(rule.severity))),
                ("tags", .array((["security", rule.category.rawValue] + rule.controls).map(JSONValue.string))),
            ] + (rule.pack.map { [("pack", JSONValue.string($0)), ("source", .string(rule.sourcePath))] } ?? []))),
        ]
        return .object(members)
    }

    /// GitHub's scale (critical 9.0 and up, high 7.0, medium 4.0, low 0.1), from the rule's
    /// configured severity: an error is high, a warning medium, a note low.
    static func securitySeverity(_ severity: Severity) -> String {
        switch severity {
        case .error: return "8.0"
        case .warning: return "5.0"
        case .note: return "2.0"
        }
    }

    static func descriptor(_ kind: Notice.Kind) -> JSONValue {
        .object([
            ("id", .string(kind.rawValue)),
            ("name", .string(kind.rawValue)),
            ("shortDescription", .object([("text", .string(kind.title))])),
            ("fullDescription", .object([("text", .string(kind.help))])),
            ("defaultConfiguration", .object([("level", .string("note"))])),
            ("properties", .object([("tags", .array([.string("archlint-gate")]))])),
        ])
    }

    static func location(_ site: Site, _ paths: ArtifactPaths) -> JSONValue {
        .object([("physicalLocation", .object([
            ("artifactLocation", artifact(paths.path(site.file))),
            ("region", .object([("startLine", .int(max(1, site.line))), ("startColumn", .int(max(1, site.column)))])),
        ]))])
    }

    /// A relative path becomes a relative URI under `%SRCROOT%`; an absolute one (a file outside
    /// the repository) a `file://` URI of its own.
    static func artifact(_ path: String) -> JSONValue {
        if path.hasPrefix("/") { return .object([("uri", .string("file://" + URIText.encodePath(path)))]) }
        return .object([("uri", .string(URIText.encodePath(path))), ("uriBaseId", .string("%SRCROOT%"))])
    }

    static func suppression(_ waiver: Waiver, _ paths: ArtifactPaths) -> JSONValue {
        switch waiver.kind {
        case .inline, .config:
            var justification = waiver.reason
            if let until = waiver.until { justification += " (until \(until))" }
            return .object([
                ("kind", .string(waiver.kind == .inline ? "inSource" : "external")),
                ("status", .string("accepted")),
                ("justification", .string(justification)),
                ("location", location(waiver.site, paths)),
            ])
        case .baseline:
            return .object([
                ("kind", .string("external")),
                ("status", .string("accepted")),
                ("justification", .string("in the baseline \(paths.path(waiver.site.file))")),
            ])
        }
    }

    static func trimmed(_ text: String) -> String {
        text.trimmingCharactersInSetWhitespace()
    }
}

/// Percent-encoding of a path for a URI (RFC 3986): unreserved characters and `/` stay, every
/// other byte of the UTF-8 is `%XX`.
enum URIText {
    static func encodePath(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                 UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(2)
            }
        }
        return out
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }

    func trimmingCharactersInSetWhitespace() -> String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
