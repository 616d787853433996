import ArchlintModel

/// GitHub Actions workflow commands, one per line, which the runner turns into annotations on
/// the pull request: `::error file=F,line=L,col=C,title=T::message`. Errors are `error`,
/// warnings `warning`, notes and the gate's notices `notice`; load errors are `error`.
/// Waived findings (suppressed, baselined) are left out: they need no annotation.
///
/// Escaping follows the runner's own rules: in the message `%`, CR and LF become `%25`, `%0D`,
/// `%0A`; in property values `:` and `,` also become `%3A` and `%2C`. Any other control or
/// bidi character from the input is written visibly (`\u001b`), so input cannot forge a
/// workflow command or colour the log.
enum GitHubReporter {
    static func render(_ report: ScanReport, paths: ArtifactPaths) -> String {
        var out = ""
        func command(_ name: String, _ site: Site, title: String, message: String) {
            out += "::\(name) file=\(property(paths.path(site.file))),line=\(max(1, site.line)),col=\(max(1, site.column))"
                + ",title=\(property(title))::\(data(message))\n"
        }
        for error in report.errors {
            command("error", Site(file: error.file, line: error.line, column: error.column, path: ""),
                    title: "archlint: file not loaded", message: error.message)
        }
        let titles = Dictionary(report.runs.map { ($0.rule.id, $0.rule.title) }, uniquingKeysWith: { first, _ in first })
        for finding in report.findings where finding.isActive {
            let name: String
            switch finding.severity {
            case .error: name = "error"
            case .warning: name = "warning"
            case .note: name = "notice"
            }
            command(name, finding.site, title: "[\(finding.ruleId)] \(titles[finding.ruleId] ?? finding.ruleId)",
                    message: "\(finding.message) (\(finding.resource))")
        }
        for notice in report.notices {
            command("notice", notice.site, title: "[\(notice.kind.rawValue)] \(notice.kind.title)", message: notice.message)
        }
        return out
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
