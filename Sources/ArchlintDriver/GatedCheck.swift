import ArchlintLoaders
import ArchlintGate
import ArchlintModel
import ArchlintReporters
import ArchlintRules
import Foundation

/// What `archlint check` and `archlint baseline` ask of one run, beside the scan itself.
public struct GateRequest: Sendable {
    public var check: CheckOptions
    /// `--config FILE`; nil looks for `.archlint.yml` from the working directory up.
    public var configFile: String?
    /// `--expiry-window` when given: it wins over the configuration.
    public var expiryWindowDays: Int?
    /// `--baseline FILE`.
    public var baselineFile: String?
    /// `--changed-since REF`.
    public var changedSince: String?
    /// Whether file names are needed relative to the repository root (SARIF, GitHub, GitLab).
    public var needsSourceRoot: Bool
    /// `--rules`: rule pack directories or files, relative to `cwd`.
    public var rulePacks: [String] = []
    /// `--rule`, `--skip-rule`, `--category`.
    public var selection = RuleSelection()
    /// Where relative paths (inputs, `--config`, `--baseline`) are resolved and the
    /// configuration is looked for: the process's working directory unless a caller says otherwise.
    public var cwd: String

    public init(check: CheckOptions, configFile: String? = nil, expiryWindowDays: Int? = nil, baselineFile: String? = nil,
                changedSince: String? = nil, needsSourceRoot: Bool = false,
                cwd: String = FileManager.default.currentDirectoryPath) {
        self.check = check
        self.configFile = configFile
        self.expiryWindowDays = expiryWindowDays
        self.baselineFile = baselineFile
        self.changedSince = changedSince
        self.needsSourceRoot = needsSourceRoot
        self.cwd = cwd
    }
}

public struct GateResult: Sendable {
    public var report: ScanReport
    public var config: GateConfig?
    /// The baseline compared with, and which of its entries matched a finding.
    public var baseline: Baseline?
    public var baselineUsed: [Bool]
    /// File names relative to the repository root (or the working directory outside git).
    public var artifactPaths: ArtifactPaths
    /// The scanned architecture, for the diagrams.
    public var model: Architecture
    /// The time the run checked against.
    public var now: Date
    /// The paths given (as given) that hold no file archlint reads (`GatedCheck.pathsReadingNothing`).
    public var pathsReadingNothing: [String] = []
}

/// One gated run: configuration, scan, suppressions, baseline, changed files — in that order.
/// Staleness of waivers is judged on the whole tree, before `--changed-since` narrows the report.
public enum GatedCheck {
    public static func run(_ request: GateRequest) throws(GateError) -> GateResult {
        let timings = request.check.timings ?? Timings()
        let clock = ContinuousClock()
        let setupStart = clock.now
        let resolver = PathResolver(cwd: request.cwd)
        let rules = try RuleSet.load(configFile: request.configFile, packs: request.rulePacks, resolver: resolver)
        if let problem = request.selection.problem(in: rules.catalog) { throw GateError(problem) }
        let catalog = rules.catalog
        let config = rules.config
        timings.add("setup", clock.now - setupStart)
        let changed = try request.changedSince.map { ref throws(GateError) in
            try Git.changedFiles(since: ref, in: resolver.cwd)
        }
        var baseline: Baseline?
        var baselineDirectory = resolver.cwd
        if let file = request.baselineFile {
            let absolute = resolver.absolute(file)
            guard let data = FileManager.default.contents(atPath: absolute) else {
                throw GateError("--baseline \(file): cannot read the file (create it with `archlint baseline`)")
            }
            baseline = try Baseline.parse(Array(data), file: file)
            baselineDirectory = PathResolver.directory(of: absolute)
        }

        var options = request.check
        // Relative paths are relative to the request's working directory.
        if resolver.cwd != PathResolver.real(PathResolver.lexical(FileManager.default.currentDirectoryPath)) {
            options.paths = options.paths.map { $0.hasPrefix("/") ? $0 : resolver.cwd + "/" + $0 }
        }
        var configRelative: (String) -> String? = { _ in nil }
        if !rules.packRules.isEmpty || !request.selection.isEmpty || config != nil {
            options.rules = rules.selected(request.selection)
        }
        if let config {
            options.expiryWindowDays = request.expiryWindowDays ?? config.expiryWindowDays ?? options.expiryWindowDays
            options.secretNames = config.secretNames
            options.allowedPrincipals = config.allowedPrincipals
            options.starOnlyActions = config.starOnlyActions
            options.stackParameters = try stackParameters(config.stacks)
            let base = config.directory
            configRelative = { file in PathResolver.inside(resolver.absolute(file), base) }
            if !config.exclude.isEmpty {
                let globs = config.exclude
                options.excluded = { file in
                    guard let relative = PathResolver.inside(resolver.absolute(file), base) else { return false }
                    return globs.contains { $0.matches(relative) }
                }
            }
        } else if let window = request.expiryWindowDays {
            options.expiryWindowDays = window
        }

        let scan = Checker.check(options)
        let gateStart = clock.now
        defer { timings.add("gate", clock.now - gateStart) }
        var report = scan.report
        let inline = Suppressions.inline(scan.suppressions, catalog: catalog)
        report.errors = (report.errors + inline.errors).sorted()

        let scanned = Set(scan.files)
        report = Suppressions.apply((config?.suppressions ?? []) + inline.suppressions, to: report, now: options.now,
                                    configPath: configRelative) { suppression in
            guard case .config(let glob, _) = suppression.scope, let glob else { return true }
            return scanned.contains { configRelative($0).map(glob.matches) ?? false }
        }

        var used: [Bool] = []
        var subjects: [Notice: String] = [:]
        if let baseline {
            (report, used, subjects) = compare(report, with: baseline, in: baselineDirectory, options: options, resolver: resolver)
        }
        if let changed {
            report = ChangedFiles.filter(report, keep: { changed.files.contains(resolver.absolute($0)) },
                                         noticeSubjects: subjects)
        }
        var artifactPaths = ArtifactPaths()
        if request.needsSourceRoot {
            artifactPaths = repositoryPaths(report, root: changed?.root ?? Git.topLevel(of: resolver.cwd) ?? resolver.cwd,
                                            resolver: resolver)
        }
        var result = GateResult(report: report, config: config, baseline: baseline, baselineUsed: used,
                                artifactPaths: artifactPaths, model: scan.model, now: options.now)
        let nothing = pathsReadingNothing(options.paths, files: scan.files, report: scan.report)
        result.pathsReadingNothing = request.check.paths.indices.filter { nothing.contains(options.paths[$0]) }
            .map { request.check.paths[$0] }
        return result
    }

    /// The paths that hold no file archlint reads: every file found under one was skipped, or
    /// none was found, and none failed to load. A path that could not be visited is a load
    /// error already. Judged per path: a directory of templates beside one of other YAML still
    /// reports the second.
    static func pathsReadingNothing(_ paths: [String], files: [String], report: ScanReport) -> Set<String> {
        let skipped = Set(report.skippedFiles.map(\.file))
        let failed = report.errors.map(\.file)
        func under(_ file: String, _ path: String) -> Bool {
            file == path || file.hasPrefix(path.hasSuffix("/") ? path : path + "/")
        }
        return Set(paths.filter { path in
            !files.contains { under($0, path) && !skipped.contains($0) } && !failed.contains { under($0, path) }
        })
    }

    /// Reads the parameter file of every `stacks:` entry, by the template's absolute path.
    static func stackParameters(_ stacks: [StackSetting]) throws(GateError) -> [String: StackParameters] {
        var table: [String: StackParameters] = [:]
        for stack in stacks {
            guard FileManager.default.fileExists(atPath: stack.template) else {
                throw GateError("stack template \(stack.template): no such file", at: stack.templateSite)
            }
            guard let data = FileManager.default.contents(atPath: stack.parameters) else {
                throw GateError("cannot read the parameter file \(stack.parametersShown)", at: stack.parametersSite)
            }
            switch StackParameters.parse(Array(data), file: stack.parametersShown) {
            case .success(let parameters):
                table[URL(fileURLWithPath: stack.template).standardized.path] = parameters
            case .failure(let error):
                throw GateError(error.message, at: Site(file: error.file, line: error.line, column: error.column, path: ""))
            }
        }
        return table
    }

    /// Marks baselined findings; an entry that matched nothing is a notice when the run could
    /// have seen its finding (its rule ran, its file lies under a scanned path and is not
    /// excluded). Returns each notice's subject file for `--changed-since`.
    static func compare(_ report: ScanReport, with baseline: Baseline, in directory: String, options: CheckOptions,
                        resolver: PathResolver) -> (ScanReport, [Bool], [Notice: String]) {
        var (result, used) = baseline.apply(to: report) { PathResolver.relative(resolver.absolute($0), to: directory) }
        var subjects: [Notice: String] = [:]
        let ran = Set(report.runs.map(\.rule.id))
        let roots = options.paths.map(resolver.absolute)
        for (entry, matched) in zip(baseline.entries, used) where !matched && ran.contains(entry.ruleId) {
            let file = PathResolver.lexical(directory + "/" + entry.file)
            guard roots.contains(where: { PathResolver.inside(file, $0) != nil }), !(options.excluded?(file) ?? false) else {
                continue
            }
            let notice = baseline.staleNotice(entry)
            result.notices.append(notice)
            subjects[notice] = file
        }
        result.notices.sort()
        return (result, used, subjects)
    }

    /// Every file the report names, relative to the repository root (absolute when outside it).
    static func repositoryPaths(_ report: ScanReport, root: String, resolver: PathResolver) -> ArtifactPaths {
        var files = Set(report.errors.map(\.file)).union(report.notices.map(\.site.file))
        for run in report.runs {
            for finding in run.findings {
                files.insert(finding.site.file)
                if let waiver = finding.waiver { files.insert(waiver.site.file) }
            }
        }
        var paths = ArtifactPaths()
        for file in files {
            let absolute = resolver.absolute(file)
            paths.relative[file] = PathResolver.inside(absolute, root) ?? absolute
        }
        return paths
    }
}
