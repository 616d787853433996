import Foundation
import Testing

/// The command line people expect: short options, a format from the output's extension,
/// --quiet and --verbose, impossible dates refused, a suggestion for a mistyped command, help
/// at 80 columns and a man page made from it.
@Suite struct CommandLineTests {
    static let campuslearn = Paths.samples + "/campuslearn"

    func run(_ arguments: [String], in directory: String = Paths.root, environment: [String: String] = [:]) throws -> Run {
        try launch(Paths.executable, arguments, in: directory, environment: environment)
    }

    @Test func versionShortAndLong() throws {
        let short = try run(["-v"]), long = try run(["--version"])
        #expect(short.status == 0 && long.status == 0)
        #expect(short.stdout == long.stdout)
        #expect(short.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil, "\(short.stdout)")
        let sarif = try run(["check", Self.campuslearn, "--now=2026-11-26", "-f", "sarif"])
        #expect(sarif.stdout.contains("\"version\": \"\(short.stdout.dropLast())\""))
    }

    @Test func shortFormatAndOutputWriteTheReport() throws {
        let directory = try TemporaryDirectory()
        let result = try run(["check", Self.campuslearn, "--now=2026-11-26", "-f", "junit", "-o", directory.path + "/r.xml"])
        #expect(result.status == 1)
        #expect(try directory.read("r.xml").hasPrefix("<?xml"))
    }

    @Test(arguments: [("report.json", "json", "{"), ("report.xml", "junit", "<?xml"), ("report.sarif", "sarif", "{")])
    func outputExtensionChoosesTheFormat(file: String, format: String, start: String) throws {
        let directory = try TemporaryDirectory()
        let result = try run(["check", Self.campuslearn, "--now=2026-11-26", "--output", directory.path + "/" + file])
        #expect(result.status == 1)
        #expect(try directory.read(file).hasPrefix(start))
        #expect(result.stderr.contains("writing \(format) to "), "\(result.stderr)")
        if format == "sarif" { #expect(try directory.read(file).contains("\"2.1.0\"")) }
    }

    @Test func anotherExtensionStaysText() throws {
        let directory = try TemporaryDirectory()
        let result = try run(["check", Self.campuslearn, "--now=2026-11-26", "-o", directory.path + "/report.txt"])
        #expect(result.status == 1)
        #expect(try directory.read("report.txt").contains("error: ["))
        #expect(!result.stderr.contains("writing"))
    }

    @Test func quietPrintsOnlyTheSummary() throws {
        let result = try run(["check", Self.campuslearn, "--now=2026-11-26", "-q"])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 1 && lines[0].contains(" errors, "), "\(result.stdout)")
    }

    @Test func verboseSaysWhatItDid() throws {
        let directory = try TemporaryDirectory()
        let result = try run(["check", Self.campuslearn, "--now=2026-11-26", "--verbose", "-f", "json", "-o", directory.path + "/r.json"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("configuration: "), "\(result.stderr)")
        #expect(result.stderr.contains("wrote the json report to "))
        #expect(result.stderr.contains("rules"))
    }

    @Test(arguments: ["2026-02-30", "2026-11-31", "2026-11-26T25:00:00Z", "2026-11-26T09:61:00Z"])
    func impossibleNowIsAUsageError(now: String) throws {
        let result = try run(["check", Self.campuslearn, "--now", now])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--now"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func mistypedCommandGetsASuggestion() throws {
        let result = try run(["chek", "infra"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("did you mean 'check'?"), "\(result.stderr)")
        let far = try run(["frobnicate"])
        #expect(far.status == 2)
        #expect(far.stderr.contains("unknown command 'frobnicate'") && !far.stderr.contains("did you mean"))
    }

    /// Every line at most 80 columns, and the discussion's lines printed as written (not
    /// wrapped a second time into ragged lines).
    @Test(arguments: [[], ["check"], ["baseline"], ["init"], ["rules"], ["explain"]])
    func helpFitsIn80Columns(command: [String]) throws {
        let result = try run(command + ["--help"], environment: ["COLUMNS": "80"])
        #expect(result.status == 0)
        let long = result.stdout.split(separator: "\n").filter { $0.count > 80 }
        #expect(long.isEmpty, "\(long)")
        if command.isEmpty {
            for line in ["Loads CloudFormation templates, ECS task and service definitions, IAM",
                         "Exit status: 0 passed, 1 findings at or above --fail-on, 2 usage error"] {
                #expect(result.stdout.contains(line + "\n"), "\(result.stdout)")
            }
        }
    }

    @Test func manPageIsCurrent() throws {
        let result = try run(["generate-manual"])
        #expect(result.status == 0)
        let committed = try String(contentsOfFile: Paths.root + "/docs/archlint.1", encoding: .utf8)
        #expect(result.stdout == committed, "docs/archlint.1 is stale: swift run archlint generate-manual > docs/archlint.1")
        #expect(committed.contains(".SS \"archlint check\"") && committed.contains("\\-\\-format"))
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScripts(shell: String) throws {
        let result = try run(["--generate-completion-script", shell])
        #expect(result.status == 0)
        #expect(result.stdout.contains("check") && result.stdout.contains("--format"))
    }
}
