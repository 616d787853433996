import ArchlintGate
import Foundation
import Testing

/// The exit status of every mode, from the built binary: 0 passes, 1 fails on findings,
/// 2 is a usage error, a load error or an unwritable report.
@Suite struct ExitCodeTests {
    static let campuslearn = Paths.samples + "/campuslearn"
    static let fixed = Paths.samples + "/campuslearn-fixed"
    static let now = "--now=2026-11-26"

    func status(_ arguments: [String], in directory: String? = nil) throws -> Int32 {
        let scratch = try TemporaryDirectory()
        let run = try archlint(arguments, in: directory ?? scratch.path)
        return run.status
    }

    @Test func check() throws {
        #expect(try status(["check", Self.campuslearn, Self.now]) == 1)
        #expect(try status(["check", Self.fixed, Self.now]) == 0)
        #expect(try status(["check", Self.campuslearn, Self.now, "--fail-on", "never"]) == 0)
        #expect(try status(["check", Self.fixed, Self.now, "--fail-on", "note"]) == 0)
        #expect(try status(["check", Self.campuslearn, Self.now, "--fail-on", "warning"]) == 1)
        #expect(try status(["check", "/no/such/path", Self.now]) == 2)
        #expect(try status(["check", Self.campuslearn, "--now", "yesterday"]) == 2)
        #expect(try status(["check", Self.campuslearn, "--format", "xml"]) == 2)
        #expect(try status(["check", Self.campuslearn, "--config", "/no/such/.archlint.yml"]) == 2)
    }

    /// A scan that finds no file archlint reads is not a pass: exit 2 naming the path, unless
    /// --allow-empty; --verbose names the skipped files and why.
    @Test func aScanThatReadsNothingFails() throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("app/docker-compose.yml", "services:\n  web:\n    image: nginx\n")
        let empty = try archlint(["check", "app", Self.now], in: scratch.path)
        #expect(empty.status == 2)
        #expect(empty.stderr.contains("no file archlint reads in app"), "\(empty.stderr)")
        let allowed = try archlint(["check", "app", Self.now, "--allow-empty", "--verbose"], in: scratch.path)
        #expect(allowed.status == 0)
        #expect(allowed.stdout.contains("skipped app/docker-compose.yml: no top-level Resources"), "\(allowed.stdout)")
    }

    /// Judged per path: a directory of templates does not hide a path beside it that holds
    /// nothing archlint reads; that path is named, and the run exits 2.
    @Test func aPathThatReadsNothingFailsBesideOneThatReads() throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("infra/app.yaml", Inputs.templateWithoutWaiver)
        try scratch.write("compose/docker-compose.yml", "services:\n  web:\n    image: nginx\n")
        let both = try archlint(["check", "infra", "compose", Self.now, "--fail-on", "never"], in: scratch.path)
        #expect(both.status == 2)
        #expect(both.stderr.contains("no file archlint reads in compose (1 skipped"), "\(both.stderr)")
        #expect(!both.stderr.contains("reads in infra"), "\(both.stderr)")
        #expect(try status(["check", "infra", "compose", Self.now, "--fail-on", "never", "--allow-empty"], in: scratch.path) == 0)
        #expect(try status(["check", "infra", Self.now, "--fail-on", "never"], in: scratch.path) == 0)
    }

    /// `--timings` adds phase and rule times on standard error, and changes nothing else.
    @Test func timingsGoToStandardErrorOnly() throws {
        let scratch = try TemporaryDirectory()
        let plain = try archlint(["check", Self.campuslearn, Self.now], in: scratch.path)
        let timed = try archlint(["check", Self.campuslearn, Self.now, "--timings"], in: scratch.path)
        #expect(timed.status == plain.status)
        #expect(timed.stdout == plain.stdout)
        let lines = timed.stderr.split(separator: "\n")
        #expect(lines.allSatisfy { $0.hasPrefix("timing: ") && $0.hasSuffix(" ms") }, "\(timed.stderr)")
        let phases = lines.map { $0.dropFirst("timing: ".count).prefix { $0 != " " } }
        for phase in ["discover", "read,", "merge", "link", "rules", "gate", "report", "write", "rule"] {
            #expect(phases.contains(Substring(phase)), "\(phase) in \(timed.stderr)")
        }
        #expect(plain.stderr.isEmpty)
    }

    @Test(arguments: ["text", "json", "junit", "sarif", "github", "gitlab"])
    func everyFormatKeepsTheExitStatus(format: String) throws {
        #expect(try status(["check", Self.campuslearn, Self.now, "--format", format]) == 1)
        #expect(try status(["check", Self.fixed, Self.now, "--format", format]) == 0)
    }

    @Test func loadErrorsWinOverFindings() throws {
        let directory = try TemporaryDirectory()
        try directory.write("infra/app.yaml", Inputs.templateWithoutWaiver)
        try directory.write("infra/broken.yaml", "Resources: [\n")
        #expect(try status(["check", "infra", Self.now], in: directory.path) == 2)
        #expect(try status(["check", "infra", Self.now, "--fail-on", "never"], in: directory.path) == 2)
    }

    @Test func configuration() throws {
        let directory = try TemporaryDirectory()
        try directory.write("infra/app.yaml", Inputs.templateWithoutWaiver)
        // Without configuration: LP101 is an error.
        #expect(try status(["check", "infra", Self.now], in: directory.path) == 1)
        // fail-on from the configuration, and --fail-on over it.
        try directory.write(".archlint.yml", "fail-on: never\n")
        #expect(try status(["check", "infra", Self.now], in: directory.path) == 0)
        #expect(try status(["check", "infra", Self.now, "--fail-on", "error"], in: directory.path) == 1)
        // Found from a subdirectory, by walking up.
        #expect(try status(["check", ".", Self.now], in: directory.path + "/infra") == 0)
        // A mistake in it: usage error, nothing checked.
        try directory.write(".archlint.yml", "fail-on: sometimes\n")
        let run = try archlint(["check", "infra", Self.now], in: directory.path)
        #expect(run.status == 2)
        #expect(run.stderr == "archlint: .archlint.yml:1:10: `fail-on` must be one of error, warning, note, never (got `sometimes`)\n")
        #expect(run.stdout.isEmpty)
        // --config names another file.
        try directory.write("ci/strict.yml", "fail-on: warning\nrules:\n  LP101: {severity: note}\n")
        #expect(try status(["check", "infra", Self.now, "--config", "ci/strict.yml"], in: directory.path) == 1)  // HC108/HC109 warnings
        try directory.write("ci/lenient.yml", "rules:\n  LP101: {enabled: false}\n")
        #expect(try status(["check", "infra", Self.now, "--config", "ci/lenient.yml"], in: directory.path) == 0)
    }

    @Test func suppressionsNeverFailTheRun() throws {
        let directory = try TemporaryDirectory()
        try directory.write("infra/app.yaml", Inputs.template)
        #expect(try status(["check", "infra", "--now=2027-01-31"], in: directory.path) == 0)
        #expect(try status(["check", "infra", "--now=2027-02-01"], in: directory.path) == 1)
        try directory.write("infra/app.yaml", Inputs.template(waiver: "          - rule: LP101"))
        #expect(try status(["check", "infra", "--now=2027-01-31"], in: directory.path) == 2)  // no reason
    }

    @Test func baselineModes() throws {
        let directory = try TemporaryDirectory()
        try directory.write("infra/app.yaml", Inputs.templateWithoutWaiver)
        #expect(try status(["check", "infra", Self.now, "--baseline", "missing.json"], in: directory.path) == 2)
        #expect(try status(["baseline", "infra", Self.now, "--prune"], in: directory.path) == 2)  // nothing to prune
        #expect(try status(["baseline", "infra", Self.now], in: directory.path) == 0)
        #expect(try status(["check", "infra", Self.now, "--baseline", ".archlint-baseline.json"], in: directory.path) == 0)
        #expect(try status(["baseline", "infra", Self.now, "--prune"], in: directory.path) == 0)
        try directory.write("bad.json", "{\"version\": 1}\n")
        #expect(try status(["check", "infra", Self.now, "--baseline", "bad.json"], in: directory.path) == 2)
        // Load errors: no baseline is written.
        try directory.write("infra/broken.yaml", "Resources: [\n")
        let run = try archlint(["baseline", "infra", Self.now, "-o", "new.json"], in: directory.path)
        #expect(run.status == 2)
        #expect(!FileManager.default.fileExists(atPath: directory.path + "/new.json"))
        #expect(run.stderr.contains("infra/broken.yaml:2:1: error: [load]"))
    }

    @Test func initWritesOnceThenRefuses() throws {
        let directory = try TemporaryDirectory()
        let first = try archlint(["init"], in: directory.path)
        #expect(first.status == 0)
        let written = try directory.read(".archlint.yml")
        #expect(written.hasPrefix(StarterConfig.schemaHint + "\n# archlint configuration."))
        try directory.write("infra/app.yaml", Inputs.templateWithoutWaiver)
        #expect(try status(["check", "infra", Self.now], in: directory.path) == 1)  // the starter config is valid
        let second = try archlint(["init"], in: directory.path)
        #expect(second.status == 2)
        #expect(second.stderr == "archlint: .archlint.yml already exists; not overwriting it\n")
        #expect(try directory.read(".archlint.yml") == written)
        #expect(try status(["init", "--output", "sub/dir/x.yml"], in: directory.path) == 2)  // no such directory
    }

    @Test func severalReportsInOneRun() throws {
        let directory = try TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: directory.path + "/reports", withIntermediateDirectories: true)
        let run = try archlint(["check", Self.campuslearn, Self.now, "--format", "junit", "--output", "reports/archlint.xml",
                                "--format", "sarif", "--output", "reports/archlint.sarif",
                                "--format", "text", "--output", "-"], in: directory.path)
        #expect(run.status == 1)
        #expect(try directory.read("reports/archlint.xml").hasPrefix("<?xml"))
        #expect(try directory.read("reports/archlint.sarif").contains("\"version\": \"2.1.0\""))
        #expect(run.stdout.contains("[PS101]"))
        #expect(run.stderr.isEmpty)  // the text report on standard output has the summary

        let quiet = try archlint(["check", Self.campuslearn, Self.now, "--format", "json", "--output", "reports/a.json"],
                                 in: directory.path)
        #expect(quiet.stdout.isEmpty)
        #expect(quiet.stderr.hasSuffix("notes\n"))
        // Writing over the reports of a previous run.
        let again = try archlint(["check", Self.campuslearn, Self.now, "--format", "json", "--output", "reports/a.json",
                                  "--format", "junit", "--output", "reports/archlint.xml"], in: directory.path)
        #expect(again.status == 1, "\(again.stderr)")
        #expect(try directory.read("reports/a.json").hasPrefix("{"))
    }

    @Test func reportPairingAndWritingMistakes() throws {
        #expect(try status(["check", Self.campuslearn, "--format", "junit", "--format", "sarif"]) == 2)
        #expect(try status(["check", Self.campuslearn, "--format", "junit", "--output", "a", "--output", "b"]) == 2)
        #expect(try status(["check", Self.campuslearn, "--format", "json", "--output", "-", "--format", "text", "--output", "-"]) == 2)
        #expect(try status(["check", Self.campuslearn, "--format", "json", "--output", "a", "--format", "text", "--output", "a"]) == 2)
        #expect(try status(["check", Self.fixed, Self.now, "--output", "/no/such/dir/report.txt"]) == 2)
    }

    @Test func helpDocumentsTheExitStatus() throws {
        for command in ["check", "baseline", "init"] {
            let run = try archlint([command, "--help"], in: Paths.root)
            #expect(run.status == 0)
            #expect(run.stdout.contains("Exit status:"), "\(command)")
        }
        let check = try archlint(["check", "--help"], in: Paths.root)
        for needle in ["0  nothing at or above --fail-on", "1  findings", "2  usage error", "--changed-since", "--baseline",
                       "--timings"] {
            #expect(check.stdout.contains(needle), "\(needle)")
        }
        // Option help is wrapped at 80 columns wherever a word ends.
        let flat = check.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("sarif, github, gitlab"))
    }
}

extension ExitCodeTests {
    /// `--output` naming a FIFO (or a device such as /dev/null) writes into it: renaming a
    /// temporary file over it would replace it with a regular file.
    @Test func outputToAFIFOKeepsTheFIFO() throws {
        let directory = try TemporaryDirectory()
        let fifo = directory.path + "/report.pipe"
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        #expect(reader >= 0)
        defer { close(reader) }
        let run = try archlint(["check", Self.fixed, Self.now, "--output", fifo], in: directory.path)
        #expect(run.status == 0, "\(run.stderr)")
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = read(reader, &buffer, buffer.count)
        #expect(count > 0)
        #expect(String(decoding: buffer.prefix(max(0, count)), as: UTF8.self).contains("resources:"))
        var info = stat()
        #expect(stat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO, "the FIFO was replaced")
    }
}
