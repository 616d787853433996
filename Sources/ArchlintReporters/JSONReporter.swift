import ArchlintModel

/// The JSON report, written by hand so that key order is fixed and nothing is escaped that
/// need not be (`/` stays `/`). Two-space indentation, `"key": value`, a trailing newline.
///
/// Shape (version 1; fields may be added, never reordered or removed):
/// `{"version","tool":{"name","version"},"findings":[{"ruleId","category","severity","message",
/// "file","line","column","resource","resourceType","path"}],"errors":[{"file","line","column",
/// "message"}],"notices":[{"kind","ruleId","message","file","line","column"}],
/// "summary":{"files","skipped","resources","findings","errors","suppressed","baselined","notices",
/// "bySeverity":{"error","warning","note"}}}`
///
/// A suppressed finding has `"suppressed": {"kind": "inline"|"config", "reason", "until"?,
/// "file", "line"}` (where the waiver is written); a baselined one `"baselined": true`.
/// `summary.findings` and `bySeverity` count the findings that fail the run (not waived).
enum JSONReporter {
    static func render(_ report: ScanReport) -> String {
        let tally = report.tally
        let findings: [JSONValue] = report.findings.map { finding in
            var members: [(String, JSONValue)] = [
                ("ruleId", .string(finding.ruleId)),
                ("category", .string(finding.category.rawValue)),
                ("severity", .string(finding.severity.rawValue)),
                ("message", .string(finding.message)),
                ("file", .string(finding.site.file)),
                ("line", .int(finding.site.line)),
                ("column", .int(finding.site.column)),
                ("resource", .string(finding.resource)),
                ("resourceType", .string(finding.resourceType)),
                ("path", .string(finding.site.path)),
            ]
            if let waiver = finding.waiver {
                if waiver.kind == .baseline {
                    members.append(("baselined", .bool(true)))
                } else {
                    var about: [(String, JSONValue)] = [("kind", .string(waiver.kind.rawValue)), ("reason", .string(waiver.reason))]
                    if let until = waiver.until { about.append(("until", .string(until))) }
                    about += [("file", .string(waiver.site.file)), ("line", .int(waiver.site.line))]
                    members.append(("suppressed", .object(about)))
                }
            }
            return .object(members)
        }
        let notices: [JSONValue] = report.notices.map { notice in
            .object([
                ("kind", .string(notice.kind.rawValue)),
                ("ruleId", .string(notice.ruleId)),
                ("message", .string(notice.message)),
                ("file", .string(notice.site.file)),
                ("line", .int(notice.site.line)),
                ("column", .int(notice.site.column)),
            ])
        }
        let errors: [JSONValue] = report.errors.map { error in
            .object([
                ("file", .string(error.file)),
                ("line", .int(error.line)),
                ("column", .int(error.column)),
                ("message", .string(error.message)),
            ])
        }
        let document = JSONValue.object([
            ("version", .int(1)),
            ("tool", .object([("name", .string("archlint")), ("version", .string(report.toolVersion))])),
            ("findings", .array(findings)),
            ("errors", .array(errors)),
            ("notices", .array(notices)),
            ("skipped", .array(report.skippedFiles.map { skipped in
                .object([("file", .string(skipped.file)), ("reason", .string(skipped.reason))])
            })),
            ("summary", .object([
                ("files", .int(report.files)),
                ("skipped", .int(report.skipped)),
                ("resources", .int(report.resources)),
                ("findings", .int(tally.failing)),
                ("errors", .int(report.errors.count)),
                ("suppressed", .int(tally.suppressed)),
                ("baselined", .int(tally.baselined)),
                ("notices", .int(report.notices.count)),
                ("bySeverity", .object([
                    ("error", .int(tally.errors)),
                    ("warning", .int(tally.warnings)),
                    ("note", .int(tally.notes)),
                ])),
            ])),
        ])
        return document.text
    }
}

/// A JSON value whose objects keep their keys in the order given. Used by every JSON-based
/// format (JSON, SARIF, GitLab) and by the baseline file.
public indirect enum JSONValue {
    case string(String)
    case int(Int)
    case bool(Bool)
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// The value, two-space indented, with a trailing newline.
    public var text: String {
        var out = ""
        write(to: &out, indent: "")
        return out + "\n"
    }

    func write(to out: inout String, indent: String) {
        switch self {
        case .string(let text): out += JSONValue.quote(text)
        case .int(let number): out += String(number)
        case .bool(let value): out += value ? "true" : "false"
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += indent + "  "
                item.write(to: &out, indent: indent + "  ")
                out += index == items.count - 1 ? "\n" : ",\n"
            }
            out += indent + "]"
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{\n"
            for (index, (key, value)) in members.enumerated() {
                out += indent + "  " + JSONValue.quote(key) + ": "
                value.write(to: &out, indent: indent + "  ")
                out += index == members.count - 1 ? "\n" : ",\n"
            }
            out += indent + "}"
        }
    }

    /// A JSON string literal (RFC 8259): `"` and `\` are backslash-escaped; `\n`, `\r`, `\t`
    /// use their short forms; every other scalar that `TerminalText` deems unsafe (the rest of
    /// C0, DEL, C1, U+2028/U+2029, bidi controls) becomes `\u00XX`-style, so the report is
    /// safe to print and to embed in JavaScript. Everything else, non-BMP included, is raw UTF-8.
    public static func quote(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        out.append("\"")
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out.append(contentsOf: #"\""#.unicodeScalars)
            case "\\": out.append(contentsOf: #"\\"#.unicodeScalars)
            case "\n": out.append(contentsOf: #"\n"#.unicodeScalars)
            case "\r": out.append(contentsOf: #"\r"#.unicodeScalars)
            case "\t": out.append(contentsOf: #"\t"#.unicodeScalars)
            default:
                if TerminalText.isUnsafe(scalar) {
                    out.append(contentsOf: TerminalText.visibleEscape(scalar).unicodeScalars)
                } else {
                    out.append(scalar)
                }
            }
        }
        out.append("\"")
        return String(out)
    }
}
