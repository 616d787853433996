import ArchlintModel

/// The output formats of `archlint check --format`.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, json, junit, sarif, github, gitlab, html

    /// The format a report file's extension names: `.json`, `.xml` (JUnit), `.sarif`, `.html`;
    /// nil for any other.
    public init?(forFile file: String) {
        guard let dot = file.lastIndex(of: "."), !file[dot...].contains("/") else { return nil }
        let ext = file[file.index(after: dot)...].lowercased()
        guard let name = Self.byExtension[ext], let format = ReportFormat(rawValue: name) else { return nil }
        self = format
    }

    /// Extension → format name; a name that is not (yet) a format is ignored.
    static let byExtension = ["json": "json", "xml": "junit", "sarif": "sarif", "html": "html"]

    /// For `--output`'s help: `.json json, .xml junit, .sarif sarif`.
    public static var byExtensionHelp: String {
        byExtension.sorted { $0.key < $1.key }.filter { ReportFormat(rawValue: $0.value) != nil }
            .map { ".\($0.key) \($0.value)" }.joined(separator: ", ")
    }
}

/// How the formats CI servers read (SARIF, GitHub annotations, GitLab Code Quality) name a
/// file: relative to the repository's root, which the driver works out. A file missing from
/// the table is named as reported.
public struct ArtifactPaths: Sendable, Hashable {
    public var relative: [String: String]

    public init(_ relative: [String: String] = [:]) {
        self.relative = relative
    }

    public func path(_ file: String) -> String { relative[file] ?? file }
}

/// How text output looks. The CLI decides (a TTY, `NO_COLOR`); the reporter only obeys.
public struct TextStyle: Sendable, Hashable {
    public var color: Bool
    /// `--verbose`: the skipped files are listed under the summary.
    public var listsSkippedFiles: Bool

    public init(color: Bool, listsSkippedFiles: Bool = false) {
        self.color = color
        self.listsSkippedFiles = listsSkippedFiles
    }
}

/// Pure reporters: a `ScanReport` in, bytes out. No file I/O, no clock, no environment.
/// Rendering the same report twice gives the same bytes.
public enum Reporter {
    /// `html` carries what only the HTML report shows (diagrams, paths, time).
    /// `jobs` above 1 lets a large text report be written on several threads (same bytes).
    public static func render(_ report: ScanReport, format: ReportFormat,
                              style: TextStyle = .init(color: false), paths: ArtifactPaths = .init(), jobs: Int = 1,
                              html: HTMLContext = .init()) -> [UInt8] {
        switch format {
        case .text: return TextReporter.render(report, style: style, jobs: jobs)
        case .json: return Array(JSONReporter.render(report).utf8)
        case .junit: return JUnitReporter.render(report)
        case .sarif: return Array(SARIFReporter.render(report, paths: paths).utf8)
        case .github: return Array(GitHubReporter.render(report, paths: paths).utf8)
        case .gitlab: return Array(GitLabReporter.render(report, paths: paths).utf8)
        case .html: return HTMLReporter.render(report, context: html)
        }
    }

    /// What SARIF leaves out under GitHub code scanning's limits (25,000 results, 1,000 rules
    /// a run), as a sentence for standard error; nil when nothing is.
    public static func sarifOmissions(_ report: ScanReport) -> String? {
        let omitted = SARIFReporter.omissions(report)
        guard omitted.results > 0 || omitted.rules > 0 else { return nil }
        let limits = SARIFReporter.Limits()
        return "the SARIF report leaves out \(omitted.results) results and \(omitted.rules) rules, the least severe: "
            + "GitHub code scanning accepts at most \(limits.results) results and \(limits.rules) rules a run"
    }

    /// One line, for example
    /// `12 files (2 skipped), 48 resources: 3 errors, 5 warnings, 1 note; 1 load error; 2 suppressed, 40 baselined, 1 notice`.
    /// The skipped part, the load-error part and the gate's counts are left out when they are
    /// zero; the per-severity counts (of findings that fail the run) are always there.
    public static func summaryLine(_ report: ScanReport) -> String {
        let tally = report.tally
        var line = counted(report.files, "file")
        if report.skipped > 0 { line += " (\(report.skipped) skipped)" }
        line += ", " + counted(report.resources, "resource") + ": "
        line += [counted(tally.errors, "error"), counted(tally.warnings, "warning"),
                 counted(tally.notes, "note")].joined(separator: ", ")
        if !report.errors.isEmpty { line += "; " + counted(report.errors.count, "load error") }
        let gate = [(tally.suppressed, "suppressed"), (tally.baselined, "baselined")]
            .filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
            + (report.notices.isEmpty ? [] : [counted(report.notices.count, "notice")])
        if !gate.isEmpty { line += "; " + gate.joined(separator: ", ") }
        return line
    }

    private static func counted(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }
}
