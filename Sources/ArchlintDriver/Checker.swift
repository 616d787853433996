import ArchlintLoaders
import ArchlintModel
import ArchlintRules
import Foundation

/// One `archlint check` run, without the command line: discover, load in parallel, link into
/// one architecture, run the rules, and return the report.
public struct CheckOptions: Sendable {
    public var paths: [String]
    public var now: Date
    public var jobs: Int
    public var limits: LoadLimits
    public var expiryWindowDays: Int
    /// The rules to run, with their configured severities; nil runs the catalog as shipped
    /// (every rule but the opt-in ones).
    public var rules: [RuleMetadata]? = nil
    /// Rule parameters from the configuration (see `RuleOptions`).
    public var secretNames: [String] = []
    public var allowedPrincipals: [String] = []
    public var starOnlyActions: [String] = []
    /// Files (by the path they are reported under) left out of the scan: `exclude` globs.
    public var excluded: (@Sendable (String) -> Bool)? = nil
    /// Where phase and rule times go (`check --timings`); nil measures nothing.
    public var timings: Timings? = nil
    /// Set by the command line, whose process ends right after the report: the model is then
    /// never freed (the exit returns its pages at once), as compilers skip freeing their ASTs.
    /// A library caller keeps the default and gets it freed on another thread.
    public var processExitsAfterward = false
    /// False when no report will list passing test cases (only JUnit does): the rules then
    /// leave `RuleRun.checked` empty instead of recording every resource they looked at.
    public var recordsCheckedResources = true
    /// Parameter files by the absolute path of the template they deploy (`stacks:`).
    public var stackParameters: [String: StackParameters] = [:]

    public init(paths: [String], now: Date, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                limits: LoadLimits = .init(), expiryWindowDays: Int = 30) {
        self.paths = paths
        self.now = now
        self.jobs = jobs
        self.limits = limits
        self.expiryWindowDays = expiryWindowDays
    }
}

public enum Checker {
    public static let version = "0.1.0"

    public static func run(_ options: CheckOptions) -> ScanReport {
        check(options).report
    }

    /// The report, the files read (as reported) and the waivers written inline in the scanned
    /// templates: what the gate needs beside the report; and the model, for the diagrams.
    public static func check(_ options: CheckOptions)
        -> (report: ScanReport, files: [String], suppressions: [InlineSuppression], model: Architecture) {
        let timings = options.timings ?? Timings()
        var discovery = timings.measure("discover") { InputDiscovery.discover(options.paths) }
        if let excluded = options.excluded { discovery.files.removeAll { excluded($0.display) } }
        let limits = options.limits
        let stacks = options.stackParameters
        let cwd = FileManager.default.currentDirectoryPath
        @Sendable func stack(_ display: String) -> StackParameters? {
            guard !stacks.isEmpty else { return nil }
            let absolute = URL(fileURLWithPath: display.hasPrefix("/") ? display : cwd + "/" + display).standardized.path
            return stacks[absolute]
        }
        let outcomes = timings.measure("read, parse, map") {
            ParallelMap.map(discovery.files, jobs: options.jobs) { file -> LoadOutcome in
                switch FileReader.read(file, maxBytes: limits.maxFileBytes) {
                case .success(let bytes):
                    // The policy rules need the IAM catalog: read on its own thread from the
                    // first file that may hold a policy (every policy has a `Statement`), so
                    // that it is ready by the rules, and never in a scan without one.
                    if !RuleCatalog.policyDataPrepared, FastText.contains(bytes, "Statement") {
                        RuleCatalog.preparePolicyDataInBackground()
                    }
                    let outcome = FileLoader.load(bytes: bytes, file: file.display, limits: limits, jobs: options.jobs,
                                                  parameters: stack(file.display))
                    if case .loaded(let piece, _) = outcome, piece.holdsPolicies { RuleCatalog.preparePolicyDataInBackground() }
                    return outcome
                case .failure(let error): return .failed(error)
                }
            }
        }
        var fragment = ModelFragment()
        var errors = discovery.errors
        var skipped: [SkippedFile] = []
        var resources = 0
        // Outcomes are in sorted file order: the merged model never depends on scheduling.
        timings.measure("merge") {
            for (file, outcome) in zip(discovery.files, outcomes) {
                switch outcome {
                case .loaded(let piece, let count):
                    fragment.append(piece)
                    resources += count
                    errors += piece.loadErrors
                case .skipped(let reason):
                    skipped.append(SkippedFile(file: file.display, reason: reason))
                case .failed(let error):
                    errors.append(error)
                }
            }
        }
        // A parameter file that names a parameter its template does not declare is an error at its line.
        for template in fragment.templates {
            guard let parameters = stack(template.file) else { continue }
            errors += parameters.undeclared(in: Set(template.parameters.map(\.name)), template: template.file)
        }
        let model = timings.measure("link") { Architecture(fragment, jobs: options.jobs) }
        let ruleOptions = RuleOptions(now: options.now, expiryWindowDays: options.expiryWindowDays,
                                      secretNames: options.secretNames, allowedPrincipals: options.allowedPrincipals,
                                      starOnlyActions: options.starOnlyActions)
        let ruleTime: (@Sendable (String, Duration) -> Void)? = options.timings.map { sink in
            { @Sendable id, duration in sink.addRule(id, duration) }
        }
        let runs = timings.measure("rules") {
            Engine.run(model, options: ruleOptions, rules: options.rules, jobs: options.jobs,
                       recordsChecked: options.recordsCheckedResources, ruleTime: ruleTime)
        }
        let report = timings.measure("assemble") {
            var report = ScanReport(toolVersion: version, files: discovery.files.count + discovery.errors.count,
                                    skipped: skipped.count, resources: resources, errors: errors, runs: runs)
            report.skippedFiles = skipped.sorted()
            return report
        }
        let suppressions = fragment.suppressions
        // Nothing reads the model or the per-file pieces any more. Freeing them is a cascade of
        // millions of releases on a large scan: skipped when the process is about to exit,
        // else done on another thread, off the report's path.
        let garbage = Garbage((model, outcomes, fragment))
        if options.processExitsAfterward {
            Garbage.keptUntilExit.keep(garbage)
        } else {
            DispatchQueue.global(qos: .utility).async { withExtendedLifetime(garbage) {} }
        }
        return (report, discovery.files.map(\.display), suppressions, model)
    }
}

/// What a check leaves behind, held as one reference.
private final class Garbage: @unchecked Sendable {
    let contents: Any
    init(_ contents: Any) { self.contents = contents }

    /// Held by a global, not leaked: it stays reachable, so a leak checker sees it as kept.
    static let keptUntilExit = Kept()

    final class Kept: @unchecked Sendable {
        private let lock = NSLock()
        private var kept: [Garbage] = []

        func keep(_ garbage: Garbage) {
            lock.lock()
            kept.append(garbage)
            lock.unlock()
        }
    }
}
