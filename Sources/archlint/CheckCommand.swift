import ArgumentParser
import ArchlintDriver
import ArchlintGraphviz
import ArchlintGate
import ArchlintModel
import ArchlintReporters
import Foundation

extension ReportFormat: ExpressibleByArgument {}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check files and directories, and report every broken policy.",
        discussion: """
            Directories are walked recursively (skipping .git, .build and node_modules); files ending in .yaml .yml .json .template .pem .crt .cer are read, and each document is recognised by its content. Files of no known kind are skipped and counted.

            Configuration comes from --config or the nearest .archlint.yml (rules on or off, severities, rule parameters, excludes, suppressions, the default --fail-on); `archlint init` writes a starter. Suppressed and baselined findings are reported but never fail the run.

            Several reports in one run: give --format and --output in pairs, in order (--output - is standard output), e.g. --format junit --output reports/archlint.xml --format sarif --output reports/archlint.sarif.

            Exit status:
              0  nothing at or above --fail-on (waived findings never count)
              1  findings at or above --fail-on (gate notices count as notes)
              2  usage error (options, configuration, baseline, --changed-since),
                 a file could not be loaded (the report still covers every other
                 file), a report could not be written, or a path given holds no
                 file archlint reads (unless --allow-empty)
            """)

    @OptionGroup var scan: ScanOptions

    @Option(name: [.short, .long],
            help: "Report format: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")); repeat it with --output for several reports.")
    var format: [ReportFormat] = []

    @Option(name: [.short, .long],
            help: "Write the report to this file (atomically), - for standard output; pairs with --format in order. Without --format, the file's extension chooses (\(ReportFormat.byExtensionHelp)). With no report on standard output, the summary goes to standard error.")
    var output: [String] = []

    @Flag(name: [.short, .long], help: "Only the summary line: no report on standard output (files given with --output are still written).")
    var quiet = false

    @Option(name: .customLong("fail-on"), help: "Lowest severity that fails the run: error, warning, note or never; default: the configuration's fail-on, else error.")
    var failOn: FailOn?

    @Option(help: "A baseline file (from `archlint baseline`): findings recorded in it are listed as baselined and do not fail the run.")
    var baseline: String?

    @Option(name: .customLong("changed-since"), help: "Report only findings in files changed since this git revision (git diff REF...HEAD, uncommitted changes and untracked files); the whole tree is still loaded.")
    var changedSince: String?

    @Flag(name: .customLong("allow-empty"), help: "Accept a path that holds no file archlint reads (by default it is named on standard error and the run exits 2).")
    var allowEmpty = false

    /// `--verbose` is the scan's: it also lists skipped files.
    var verbose: Bool { scan.verbose }

    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose: give one") }
        let pairing = "give one --output per --format, in the same order (--output - is standard output)"
        if output.isEmpty {
            if format.count > 1 { throw ValidationError("several --format options: \(pairing)") }
        } else if !(format.count == output.count || (format.isEmpty && output.count == 1)) {
            throw ValidationError("\(format.count) --format and \(output.count) --output options: \(pairing)")
        }
        if output.filter({ $0 == "-" }).count > 1 { throw ValidationError("only one report can go to standard output") }
        let files = output.filter { $0 != "-" }
        if Set(files).count != files.count { throw ValidationError("two reports would be written to the same --output file") }
    }

    /// (format, file) pairs; a nil file is standard output. Without --format, one --output file
    /// takes its format from its extension (`.json`, `.xml`, `.sarif`), else text.
    var reports: [(format: ReportFormat, file: String?)] {
        if output.isEmpty { return [(format.first ?? .text, nil)] }
        let formats = format.isEmpty ? [ReportFormat(forFile: output[0]) ?? .text] : format
        return zip(formats, output).map { ($0, $1 == "-" ? nil : $1) }
    }

    func run() throws {
        Interruption.install()
        let reports = reports
        if format.isEmpty, let file = reports[0].file, let inferred = ReportFormat(forFile: file), !quiet {
            standardError("archlint: writing \(inferred.rawValue) to \(file) (from its extension; --format chooses another)")
        }
        let timings = Timings()  // printed only with --timings or --verbose
        let showTimings = scan.timings || verbose
        let ciFormats: Set<ReportFormat> = [.sarif, .github, .gitlab]
        let result = try runGate(scan.request(baseline: baseline, changedSince: changedSince,
                                              needsSourceRoot: reports.contains { ciFormats.contains($0.format) },
                                              needsCheckedResources: reports.contains { $0.format == .junit },
                                              timings: showTimings ? timings : nil))
        let report = result.report
        let html = reports.contains { $0.format == .html }
            ? timings.measure("diagrams") { DiagramRenderer.htmlContext(result, paths: scan.paths) } : HTMLContext()
        if reports.contains(where: { $0.format == .html }), case .failure(let error) = Graphviz.availability, !quiet {
            standardError("archlint: warning: the HTML report has no diagrams: \(error)")
        }
        var writeFailed = false
        if verbose { standardError("archlint: configuration: \(result.config?.file ?? "none (defaults)")") }
        if reports.contains(where: { $0.format == .sarif }), let omitted = Reporter.sarifOmissions(report) {
            standardError("archlint: warning: \(omitted)")
        }
        for (format, file) in reports where !(quiet && file == nil) {
            let color = file == nil && format == .text && isatty(STDOUT_FILENO) == 1
                && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
            let bytes = timings.measure("report") {
                Reporter.render(report, format: format, style: TextStyle(color: color, listsSkippedFiles: verbose), paths: result.artifactPaths,
                                jobs: scan.jobs ?? ProcessInfo.processInfo.activeProcessorCount, html: html)
            }
            do {
                try timings.measure("write") { () throws(any Error) in
                    if let file {
                        try ReportWriter.write(bytes, to: file)
                        if verbose { standardError("archlint: wrote the \(format.rawValue) report to \(file)") }
                    } else {
                        try StandardStreams.write(bytes, to: STDOUT_FILENO)
                    }
                }
            } catch {
                standardError("archlint: \(error)")
                writeFailed = true
            }
        }
        if reports.contains(where: { $0.format == .github }) && !writeGitHubSummary(result) { writeFailed = true }
        if showTimings { timings.lines().forEach(standardError) }
        if quiet {
            try? StandardStreams.write(Array((Reporter.summaryLine(report) + "\n").utf8), to: STDOUT_FILENO)
        } else if !reports.contains(where: { $0.file == nil }) {
            standardError(Reporter.summaryLine(report))
        }
        let nothingChecked = !result.pathsReadingNothing.isEmpty
        if nothingChecked && !allowEmpty {
            for path in result.pathsReadingNothing {
                standardError("archlint: no file archlint reads in \(path) (\(Self.skipped(under: path, report)) skipped; "
                              + "--verbose names them): nothing there was checked; --allow-empty accepts this")
            }
        }
        // Straight out, as a compiler leaves its ASTs: freeing the report and its findings one
        // by one on the way back would only delay an exit that returns all pages at once.
        Foundation.exit(writeFailed || (nothingChecked && !allowEmpty)
                        ? 2 : Self.exitStatus(report, failOn: (failOn ?? result.config?.failOn ?? .error).threshold))
    }

    /// How many of the skipped files are under a path given.
    static func skipped(under path: String, _ report: ScanReport) -> Int {
        let prefix = path.hasSuffix("/") ? path : path + "/"
        return report.skippedFiles.count { $0.file == path || $0.file.hasPrefix(prefix) }
    }

    /// In a GitHub Actions job (`GITHUB_STEP_SUMMARY` set), appends the Markdown job summary,
    /// with links to the commit when the job says which. False when it could not be written.
    func writeGitHubSummary(_ result: GateResult) -> Bool {
        let environment = ProcessInfo.processInfo.environment
        guard let file = environment["GITHUB_STEP_SUMMARY"], !file.isEmpty else { return true }
        var blobURL: String?
        if let server = environment["GITHUB_SERVER_URL"], let repository = environment["GITHUB_REPOSITORY"],
           let sha = environment["GITHUB_SHA"], !server.isEmpty, !repository.isEmpty, !sha.isEmpty {
            blobURL = "\(server)/\(repository)/blob/\(sha)/"
        }
        let markdown = GitHubSummary.markdown(result.report, paths: result.artifactPaths, blobURL: blobURL)
        do {
            try ReportWriter.append(Array(markdown.utf8), to: file)
            if verbose { standardError("archlint: appended the job summary to \(file)") }
            return true
        } catch {
            standardError("archlint: \(error)")
            return false
        }
    }

    static func exitStatus(_ report: ScanReport, failOn: Severity?) -> Int32 {
        if !report.errors.isEmpty { return 2 }
        guard let failOn else { return 0 }
        return report.count(atLeast: failOn) > 0 ? 1 : 0
    }
}
