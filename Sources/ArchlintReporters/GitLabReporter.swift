import ArchlintModel

/// GitLab Code Quality (a subset of the Code Climate format): a JSON array of issues with
/// `description`, `check_name` (the rule ID), `fingerprint` (rule, file and document path),
/// `severity` (note → info, warning → minor, error → major; load errors critical) and
/// `location.path` / `location.lines.begin`. Waived findings are left out; the gate's notices
/// are `info` issues named after their kind.
enum GitLabReporter {
    static func render(_ report: ScanReport, paths: ArtifactPaths) -> String {
        func issue(_ description: String, check: String, fingerprint: String, severity: String, site: Site) -> JSONValue {
            .object([
                ("description", .string(description)),
                ("check_name", .string(check)),
                ("fingerprint", .string(fingerprint)),
                ("severity", .string(severity)),
                ("location", .object([
                    ("path", .string(paths.path(site.file))),
                    ("lines", .object([("begin", .int(max(1, site.line)))])),
                ])),
            ])
        }
        let findings = report.findings
        let fingerprints = Fingerprint.unique(findings.map { Fingerprint.key($0, paths) })
        var issues: [JSONValue] = []
        for error in report.errors {
            let site = Site(file: error.file, line: error.line, column: error.column, path: "")
            issues.append(issue("file not loaded: \(error.message)", check: "load-error",
                                fingerprint: Fingerprint.fnv1a64(["load", paths.path(error.file), String(error.line), error.message]
                                    .joined(separator: "\u{0}")),
                                severity: "critical", site: site))
        }
        for (finding, fingerprint) in zip(findings, fingerprints) where finding.isActive {
            issues.append(issue("[\(finding.ruleId)] \(finding.message) (\(finding.resource))", check: finding.ruleId,
                                fingerprint: fingerprint, severity: severity(finding.severity), site: finding.site))
        }
        let noticePrints = Fingerprint.unique(report.notices.map { Fingerprint.key($0, paths) })
        for (notice, fingerprint) in zip(report.notices, noticePrints) {
            issues.append(issue(notice.message, check: notice.kind.rawValue, fingerprint: fingerprint, severity: "info",
                                site: notice.site))
        }
        return JSONValue.array(issues).text
    }

    static func severity(_ severity: Severity) -> String {
        switch severity {
        case .note: return "info"
        case .warning: return "minor"
        case .error: return "major"
        }
    }
}
