import ArchlintModel

/// The output formats of `archlint check --format`.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, json, junit
}

/// How text output looks. The CLI decides (a TTY, `NO_COLOR`); the reporter only obeys.
public struct TextStyle: Sendable, Hashable {
    public var color: Bool

    public init(color: Bool) {
        self.color = color
    }
}

/// Pure reporters: a `ScanReport` in, bytes out. No file I/O, no clock, no environment.
/// Rendering the same report twice gives the same bytes.
public enum Reporter {
    public static func render(_ report: ScanReport, format: ReportFormat,
                              style: TextStyle = .init(color: false)) -> [UInt8] {
        switch format {
        case .text: return Array(TextReporter.render(report, style: style).utf8)
        case .json: return Array(JSONReporter.render(report).utf8)
        case .junit: return JUnitReporter.render(report)
        }
    }

    /// One line, for example
    /// `12 files (2 skipped), 48 resources: 3 errors, 5 warnings, 1 note; 1 load error`.
    /// The skipped part and the load-error part are left out when they are zero; the
    /// per-severity counts are always there.
    public static func summaryLine(_ report: ScanReport) -> String {
        let counts = SeverityCounts(report)
        var line = counted(report.files, "file")
        if report.skipped > 0 { line += " (\(report.skipped) skipped)" }
        line += ", " + counted(report.resources, "resource") + ": "
        line += [counted(counts.errors, "error"), counted(counts.warnings, "warning"),
                 counted(counts.notes, "note")].joined(separator: ", ")
        if !report.errors.isEmpty { line += "; " + counted(report.errors.count, "load error") }
        return line
    }

    private static func counted(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }
}

/// Findings of every rule run, counted by severity.
struct SeverityCounts: Equatable {
    var errors = 0, warnings = 0, notes = 0

    init(_ report: ScanReport) {
        for run in report.runs {
            for finding in run.findings {
                switch finding.severity {
                case .error: errors += 1
                case .warning: warnings += 1
                case .note: notes += 1
                }
            }
        }
    }

    var total: Int { errors + warnings + notes }
}
