import ArgumentParser
import ArchlintDriver
import ArchlintGate
import ArchlintModel
import ArchlintReporters
import Foundation

/// Records today's findings so that `check --baseline` fails only on new ones.
struct BaselineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline",
        abstract: "Record the current findings in a baseline file, or drop its stale entries.",
        usage: "archlint baseline <paths> ... [-o <output>] [--prune] [<options>]",
        discussion: """
            Entries name the rule ID, the file (relative to the baseline file) and the document path, never the line, so unrelated edits do not invalidate them. The configuration applies: disabled rules, excludes and suppressions (suppressed findings are not recorded). `archlint check --baseline FILE` then fails only on findings that are not in the baseline, and reports entries that match nothing as stale notes; `--prune` drops those entries and adds nothing.

            Exit status:
              0  the baseline was written
              2  usage error, a file could not be loaded (nothing is written:
                 the baseline would be incomplete), or it could not be written
            """)

    @OptionGroup var scan: ScanOptions

    @Option(name: [.customShort("o"), .long], help: "The baseline file.")
    var output: String = ".archlint-baseline.json"

    @Flag(help: "Keep only the entries of the existing baseline that still match a finding.")
    var prune = false

    func run() throws {
        Interruption.install()
        let timings = Timings()  // printed only with --timings
        let result = try runGate(scan.request(baseline: prune ? output : nil, timings: scan.timings ? timings : nil))
        let report = result.report
        if !report.errors.isEmpty {
            // Only the load errors (the findings would bury them), without the summary line.
            let errorsOnly = ScanReport(toolVersion: report.toolVersion, files: report.files, skipped: report.skipped,
                                        resources: report.resources, errors: report.errors, runs: [])
            let lines = String(decoding: Reporter.render(errorsOnly, format: .text), as: UTF8.self)
                .split(separator: "\n").dropLast().filter { !$0.isEmpty }
            standardError(lines.joined(separator: "\n"))
            let count = report.errors.count
            standardError("archlint: \(count) file\(count == 1 ? "" : "s") could not be loaded (fix or list under `exclude:` "
                          + "in .archlint.yml); \(output) was not written")
            throw ExitCode(2)
        }
        let baseline: Baseline
        let summary: String
        if prune, let old = result.baseline {
            let kept = zip(old.entries, result.baselineUsed).filter { $0.1 }.map { $0.0 }
            baseline = Baseline(file: output, entries: kept)
            summary = "kept \(kept.count) of \(old.entries.count) entries in \(output) (\(old.entries.count - kept.count) stale dropped)"
        } else {
            let resolver = PathResolver()
            let directory = PathResolver.directory(of: resolver.absolute(output))
            baseline = Baseline.record(report, file: output) { PathResolver.relative(resolver.absolute($0), to: directory) }
            summary = "recorded \(baseline.entries.count) findings in \(output)"
        }
        do {
            try timings.measure("write") { () throws(any Error) in
                try ReportWriter.write(Array(baseline.render().utf8), to: output)
            }
        } catch {
            standardError("archlint: \(error)")
            throw ExitCode(2)
        }
        standardError("archlint: \(summary)")
        if scan.timings { timings.lines().forEach(standardError) }
    }
}
