import ArgumentParser
import ArchlintDriver
import ArchlintGate
import Foundation

extension FailOn: ExpressibleByArgument {}

/// What `check` and `baseline` share: what to scan, as of when, and with which configuration.
struct ScanOptions: ParsableArguments {
    @Argument(help: "Files or directories to check.")
    var paths: [String]

    @Option(help: "The date (2026-11-26) or date-time (2026-11-26T09:00:00Z) to check certificates and suppression end dates against; default: now.")
    var now: String?

    @Option(help: "Worker threads for loading and checking; default: the number of cores.")
    var jobs: Int?

    @Option(name: .customLong("expiry-window"), help: "Days before expiry that a certificate is reported; default: the configuration's window-days, else 30.")
    var expiryWindow: Int?

    @Option(help: "The configuration file; default: the nearest .archlint.yml in the working directory or above.")
    var config: String?

    @Flag(help: "Print the time of each phase and of the slowest rules on standard error.")
    var timings = false

    @Flag(help: "List the skipped files (of no kind archlint reads) and why under the text summary; check also says on standard error which configuration was read, each report written and the time of each phase.")
    var verbose = false

    @OptionGroup(title: "Rules")
    var ruleChoice: RuleChoiceOptions

    @OptionGroup(title: "Input limits")
    var limits: LimitOptions

    func validate() throws {
        if let now, DateArgument.parse(now) == nil {
            throw ValidationError("--now must be an ISO 8601 date or date-time, e.g. 2026-11-26 or 2026-11-26T09:00:00Z")
        }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let expiryWindow, expiryWindow < 0 { throw ValidationError("--expiry-window must not be negative") }
    }

    /// `needsCheckedResources`: a report lists passing test cases (JUnit).
    func request(baseline: String? = nil, changedSince: String? = nil, needsSourceRoot: Bool = false,
                 needsCheckedResources: Bool = false, timings: Timings? = nil) -> GateRequest {
        var check = CheckOptions(paths: paths, now: now.flatMap(DateArgument.parse) ?? Date(),
                                 jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, limits: limits.limits)
        check.timings = timings
        check.processExitsAfterward = true
        check.recordsCheckedResources = needsCheckedResources
        var request = GateRequest(check: check, configFile: config, expiryWindowDays: expiryWindow, baselineFile: baseline,
                                  changedSince: changedSince, needsSourceRoot: needsSourceRoot)
        request.rulePacks = ruleChoice.packs
        request.selection = ruleChoice.selection
        return request
    }
}

/// Runs the gate; a problem with what was asked (configuration, baseline, git) is printed
/// with its file and line, and ends the run with status 2.
func runGate(_ request: GateRequest) throws -> GateResult {
    do {
        return try GatedCheck.run(request)
    } catch {
        standardError("archlint: \(error)")
        throw ExitCode(2)
    }
}

func standardError(_ line: String) {
    StandardStreams.diagnostic(line)
}
