import ArchlintModel

/// `file:line:col: severity: [ID] message (resource)`, one line per finding, grouped by file
/// (files sorted, a blank line between files, findings in report order). Load errors join
/// their file's group, before its findings, as `file:line:col: error: [load] message`.
/// A suppressed finding ends with `[suppressed until DATE: reason]`; baselined findings are
/// only counted in the summary (the machine formats list them); the gate's notices follow
/// their file's findings as `file:line:col: note: [stale-suppression] message`.
/// The summary line comes last. Input-derived text goes through `TerminalText.escape`.
enum TextReporter {
    static func render(_ report: ScanReport, style: TextStyle) -> String {
        let paint = Paint(enabled: style.color)
        var groups: [String: [String]] = [:]
        for error in report.errors {
            let line = paint.location(error.file, error.line, error.column) + " "
                + paint.severity(.error) + " [load] " + TerminalText.escape(error.message)
            groups[error.file, default: []].append(line)
        }
        for finding in report.findings where finding.waiver?.kind != .baseline {
            let site = finding.site
            var line = paint.location(site.file, site.line, site.column) + " "
                + paint.severity(finding.severity)
                + " [" + TerminalText.escape(finding.ruleId) + "] " + TerminalText.escape(finding.message)
                + " (" + TerminalText.escape(finding.resource) + ")"
            if let waiver = finding.waiver {
                line += " [suppressed" + (waiver.until.map { " until " + $0 } ?? "") + ": "
                    + TerminalText.escape(waiver.reason) + "]"
            }
            groups[site.file, default: []].append(line)
        }
        for notice in report.notices {
            let site = notice.site
            let line = paint.location(site.file, site.line, site.column) + " " + paint.severity(.note)
                + " [" + notice.kind.rawValue + "] " + TerminalText.escape(notice.message)
            groups[site.file, default: []].append(line)
        }
        var out = ""
        for file in groups.keys.sorted() {
            out += groups[file, default: []].joined(separator: "\n") + "\n\n"
        }
        return out + Reporter.summaryLine(report) + "\n"
    }
}

/// ANSI SGR colours: bold location, red error, yellow warning, cyan note. Off means plain text.
private struct Paint {
    var enabled: Bool

    func location(_ file: String, _ line: Int, _ column: Int) -> String {
        wrap("1", TerminalText.escape(file) + ":\(line):\(column):")
    }

    func severity(_ severity: Severity) -> String {
        let code: String
        switch severity {
        case .error: code = "31"
        case .warning: code = "33"
        case .note: code = "36"
        }
        return wrap(code, severity.rawValue + ":")
    }

    private func wrap(_ code: String, _ text: String) -> String {
        enabled ? "\u{1B}[" + code + "m" + text + "\u{1B}[0m" : text
    }
}
