import ArchlintModel

/// GitHub Actions workflow commands, one per line, which the runner turns into annotations on
/// the pull request: `::error file=F,line=L,col=C,title=T::message`. Errors are `error`,
/// warnings `warning`, notes and the gate's notices `notice`; load errors are `error`.
/// Waived findings (suppressed, baselined) are left out: they need no annotation.
///
/// GitHub shows at most 10 error and 10 warning annotations per step and 50 per job, and drops
/// the rest without a word: so the most severe come first (load errors, errors, warnings, then
/// notices, each in report order), and a last plain line gives the summary and says how many
/// annotations will not be shown. The job summary (`GitHubSummary`) lists every one.
///
/// Escaping follows the runner's own rules: in the message `%`, CR and LF become `%25`, `%0D`,
/// `%0A`; in property values `:` and `,` also become `%3A` and `%2C`. Any other control or
/// bidi character from the input is written visibly (`\u001b`), so input cannot forge a
/// workflow command or colour the log.
enum GitHubReporter {
    /// One annotation: its command (`error`, `warning`, `notice`) and what it says.
    struct Annotation {
        var command: String
        var site: Site
        var title: String
        var message: String
        /// For the job summary: the rule (or notice kind), and `error`/`warning`/`note`.
        var rule: String
        var severity: String
    }

    /// Every annotation, most severe first.
    static func annotations(_ report: ScanReport) -> [Annotation] {
        var out: [Annotation] = report.errors.map { error in
            Annotation(command: "error", site: Site(file: error.file, line: error.line, column: error.column, path: ""),
                       title: "archlint: file not loaded", message: error.message, rule: "load error", severity: "error")
        }
        let titles = Dictionary(report.runs.map { ($0.rule.id, $0.rule.title) }, uniquingKeysWith: { first, _ in first })
        let active = report.findings.filter(\.isActive)
        for severity in [Severity.error, .warning, .note] {
            for finding in active where finding.severity == severity {
                out.append(Annotation(command: severity == .note ? "notice" : severity.rawValue, site: finding.site,
                                      title: "[\(finding.ruleId)] \(titles[finding.ruleId] ?? finding.ruleId)",
                                      message: "\(finding.message) (\(finding.resource))",
                                      rule: finding.ruleId, severity: severity.rawValue))
            }
        }
        for notice in report.notices {
            out.append(Annotation(command: "notice", site: notice.site, title: "[\(notice.kind.rawValue)] \(notice.kind.title)",
                                  message: notice.message, rule: notice.kind.rawValue, severity: "note"))
        }
        return out
    }

    /// How many annotations GitHub leaves out: past 10 errors, past 10 warnings, past 50 in all.
    static func hidden(_ annotations: [Annotation]) -> Int {
        let errors = annotations.filter { $0.command == "error" }.count
        let warnings = annotations.filter { $0.command == "warning" }.count
        let shown = min(errors, 10) + min(warnings, 10) + (annotations.count - errors - warnings)
        return annotations.count - min(shown, 50)
    }

    static func render(_ report: ScanReport, paths: ArtifactPaths) -> String {
        var out = ""
        let annotations = annotations(report)
        for a in annotations {
            out += "::\(a.command) file=\(property(paths.path(a.site.file))),line=\(max(1, a.site.line)),col=\(max(1, a.site.column))"
                + ",title=\(property(a.title))::\(data(a.message))\n"
        }
        out += "archlint: " + Reporter.summaryLine(report)
        let hidden = hidden(annotations)
        if hidden > 0 {
            out += "; GitHub will not show \(hidden) of the \(annotations.count) annotations"
                + " (10 errors and 10 warnings a step, 50 a job): the job summary lists every finding"
        }
        return out + "\n"
    }

    /// A message (the part after `::`).
    static func data(_ text: String) -> String { escape(text, property: false) }

    /// A property value (`file=`, `title=`).
    static func property(_ text: String) -> String { escape(text, property: true) }

    private static func escape(_ text: String, property: Bool) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out.append(contentsOf: "%25".unicodeScalars)
            case "\r": out.append(contentsOf: "%0D".unicodeScalars)
            case "\n": out.append(contentsOf: "%0A".unicodeScalars)
            case ":" where property: out.append(contentsOf: "%3A".unicodeScalars)
            case "," where property: out.append(contentsOf: "%2C".unicodeScalars)
            default:
                if TerminalText.isUnsafe(scalar) {
                    out.append(contentsOf: TerminalText.visibleEscape(scalar).unicodeScalars)
                } else {
                    out.append(scalar)
                }
            }
        }
        return String(out)
    }
}
