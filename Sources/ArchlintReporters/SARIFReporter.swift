import ArchlintModel

/// SARIF 2.1.0, as GitHub code scanning reads it: one run; `tool.driver.rules` lists each rule
/// that ran (id, slug as name, title, rationale, remediation as help, first reference as
/// `helpUri`, configured severity as `defaultConfiguration.level`, category as tag) and the
/// gate's notice kinds when there are notices; each result has `ruleId`/`ruleIndex`, `level`,
/// the message with its resource, one physical location (URI relative to `%SRCROOT%`,
/// 1-based line and column counted in Unicode code points), `partialFingerprints` from rule,
/// file and document path, and the document path, resource and type as properties.
/// Waived findings carry `suppressions` (`inSource` for CloudFormation metadata, `external`
/// for the config and the baseline) with the reason as `justification`; with a baseline every
/// result has a `baselineState`. Load errors are tool execution notifications.
enum SARIFReporter {
    static let schema = "https://json.schemastore.org/sarif-2.1.0.json"
    static let fingerprintKey = "archlint/v1"

    static func render(_ report: ScanReport, paths: ArtifactPaths) -> String {
        var rules: [JSONValue] = []
        var ruleIndex: [String: Int] = [:]
        for run in report.runs {
            ruleIndex[run.rule.id] = rules.count
            rules.append(descriptor(run.rule))
        }
        for kind in Notice.Kind.allCases where report.notices.contains(where: { $0.kind == kind }) {
            ruleIndex[kind.rawValue] = rules.count
            rules.append(descriptor(kind))
        }

        let findings = report.findings
        let fingerprints = Fingerprint.unique(findings.map { Fingerprint.key($0, paths) })
        var results: [JSONValue] = zip(findings, fingerprints).map { finding, fingerprint in
            var members: [(String, JSONValue)] = [
                ("ruleId", .string(finding.ruleId)),
                ("ruleIndex", .int(ruleIndex[finding.ruleId] ?? 0)),
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
            return .object(members)
        }
        let noticePrints = Fingerprint.unique(report.notices.map { Fingerprint.key($0, paths) })
        results += zip(report.notices, noticePrints).map { notice, fingerprint in
            var members: [(String, JSONValue)] = [
                ("ruleId", .string(notice.kind.rawValue)),
                ("ruleIndex", .int(ruleIndex[notice.kind.rawValue] ?? 0)),
                ("level", .string("note")),
                ("message", .object([("text", .string(notice.message))])),
                ("locations", .array([location(notice.site, paths)])),
                ("partialFingerprints", .object([(fingerprintKey, .string(fingerprint))])),
            ]
            if report.usesBaseline {
                members.append(("baselineState", .string(notice.kind == .staleBaseline ? "absent" : "new")))
            }
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

        let document = JSONValue.object([
            ("$schema", .string(schema)),
            ("version", .string("2.1.0")),
            ("runs", .array([.object([
                ("tool", .object([("driver", .object([
                    ("name", .string("archlint")),
                    ("version", .string(report.toolVersion)),
                    ("semanticVersion", .string(report.toolVersion)),
                    ("rules", .array(rules)),
                ]))])),
                ("invocations", .array([.object(invocation)])),
                ("columnKind", .string("unicodeCodePoints")),
                ("results", .array(results)),
            ])])),
        ])
        return document.text
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
            // Security Hub controls as tags, so code-scanning filters can select them (`RDS.3`);
            // a pack rule names its pack and file.
            ("properties", .object([("tags", .array(([rule.category.rawValue] + rule.controls).map(JSONValue.string)))]
                + (rule.pack.map { [("pack", JSONValue.string($0)), ("source", .string(rule.sourcePath))] } ?? []))),
        ]
        return .object(members)
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
