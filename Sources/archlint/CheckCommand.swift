import ArgumentParser
import ArchlintDriver
import ArchlintModel
import ArchlintReporters
import Foundation

enum FailOn: String, ExpressibleByArgument, CaseIterable {
    case error, warning, note, never

    var threshold: Severity? { Severity(rawValue: rawValue) }
}

extension ReportFormat: ExpressibleByArgument {}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check files and directories, and report every broken policy.",
        discussion: """
            Directories are walked recursively (skipping .git, .build and node_modules); files
            ending in .yaml .yml .json .template .pem .crt .cer are read, and each document is
            recognised by its content. Files of no known kind are skipped and counted.

            Exit status:
              0  nothing at or above --fail-on
              1  findings at or above --fail-on
              2  usage error, or a file could not be loaded (the report still covers every other file)
            """)

    @Argument(help: "Files or directories to check.")
    var paths: [String]

    @Option(help: "Report format: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ReportFormat = .text

    @Option(help: "Write the report to this file (atomically); the summary still goes to standard error.")
    var output: String?

    @Option(help: "The date (2026-11-26) or date-time (2026-11-26T09:00:00Z) to check certificates against; default: now.")
    var now: String?

    @Option(name: .customLong("fail-on"), help: "Lowest severity that fails the run: error, warning, note or never.")
    var failOn: FailOn = .error

    @Option(help: "Worker threads for loading and checking; default: the number of cores.")
    var jobs: Int?

    @Option(name: .customLong("expiry-window"), help: "Days before expiry that a certificate is reported.")
    var expiryWindow: Int = 30

    @OptionGroup(title: "Input limits")
    var limits: LimitOptions

    func validate() throws {
        if let now, DateArgument.parse(now) == nil {
            throw ValidationError("--now must be an ISO 8601 date or date-time, e.g. 2026-11-26 or 2026-11-26T09:00:00Z")
        }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if expiryWindow < 0 { throw ValidationError("--expiry-window must not be negative") }
    }

    func run() throws {
        Interruption.install()
        let date = now.flatMap(DateArgument.parse) ?? Date()
        let report = Checker.run(CheckOptions(paths: paths, now: date,
                                              jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
                                              limits: limits.limits, expiryWindowDays: expiryWindow))
        let toTerminal = output == nil
        let color = toTerminal && format == .text && isatty(STDOUT_FILENO) == 1
            && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
        let bytes = Reporter.render(report, format: format, style: TextStyle(color: color))
        if let output {
            do {
                try ReportWriter.write(bytes, to: output)
            } catch {
                FileHandle.standardError.write(Data("archlint: \(error)\n".utf8))
                throw ExitCode(2)
            }
            FileHandle.standardError.write(Data((Reporter.summaryLine(report) + "\n").utf8))
        } else {
            FileHandle.standardOutput.write(Data(bytes))
        }
        throw ExitCode(Self.exitStatus(report, failOn: failOn.threshold))
    }

    static func exitStatus(_ report: ScanReport, failOn: Severity?) -> Int32 {
        if !report.errors.isEmpty { return 2 }
        guard let failOn else { return 0 }
        return report.count(atLeast: failOn) > 0 ? 1 : 0
    }
}
