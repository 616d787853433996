import Foundation
import Testing

/// The package root (three levels above this file), the samples and shared schemas beside it,
/// and the archlint executable built beside the test bundle.
enum Paths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let samples = root + "/samples"
    static let golden = root + "/Tests/ArchlintGateTests/Golden"
    static let sarifSchema = root + "/../shared/schemas/sarif-schema-2.1.0.json"
    /// A clone on its own has no `../shared`: schema validation is skipped then.
    static let sarifSchemaExists = FileManager.default.fileExists(atPath: sarifSchema)

    static var executable: String {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("archlint").path
    }

    static let now = date("2026-11-26")

    static func date(_ text: String) -> Date {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.date(from: text)!
    }
}

/// A fresh directory under the system's temporary directory, removed when the value goes away.
final class TemporaryDirectory {
    let path: String

    init() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("archlint-gate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        path = (base.path as NSString).resolvingSymlinksInPath
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes a file (creating its directories) and returns its absolute path.
    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String {
        let url = URL(fileURLWithPath: path).appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func read(_ relative: String) throws -> String {
        try String(contentsOfFile: path + "/" + relative, encoding: .utf8)
    }
}

struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs a program with arguments in a directory, without a shell.
func launch(_ executable: String, _ arguments: [String], in directory: String,
            environment: [String: String] = [:]) throws -> Run {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("archlint-out-\(UUID().uuidString)")
    let err = FileManager.default.temporaryDirectory.appendingPathComponent("archlint-err-\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: out.path, contents: nil)
    _ = FileManager.default.createFile(atPath: err.path, contents: nil)
    defer {
        try? FileManager.default.removeItem(at: out)
        try? FileManager.default.removeItem(at: err)
    }
    process.standardOutput = try FileHandle(forWritingTo: out)
    process.standardError = try FileHandle(forWritingTo: err)
    process.standardInput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return Run(status: process.terminationStatus,
               stdout: try String(contentsOf: out, encoding: .utf8), stderr: try String(contentsOf: err, encoding: .utf8))
}

/// Runs the built archlint.
func archlint(_ arguments: [String], in directory: String) throws -> Run {
    try launch(Paths.executable, arguments, in: directory)
}

/// Runs git quietly in a directory, with a fixed identity; fails the test when git fails.
@discardableResult
func git(_ arguments: [String], in directory: String) throws -> String {
    let run = try launch("/usr/bin/env",
                         ["git", "-c", "user.name=archlint tests", "-c", "user.email=tests@archlint.invalid",
                          "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false"] + arguments,
                         in: directory)
    #expect(run.status == 0, "git \(arguments.joined(separator: " ")): \(run.stderr)")
    return run.stdout
}

/// Compares text with a golden file under `Tests/ArchlintGateTests/Golden/`. With
/// `ARCHLINT_UPDATE_GOLDEN=1` in the environment the golden file is rewritten instead:
/// `ARCHLINT_UPDATE_GOLDEN=1 swift test --filter ArchlintGateTests.GoldenTests`, then read the diff.
func expectGolden(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let path = Paths.golden + "/" + name
    if ProcessInfo.processInfo.environment["ARCHLINT_UPDATE_GOLDEN"] == "1" {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return
    }
    guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
        Issue.record("missing golden file \(name): run ARCHLINT_UPDATE_GOLDEN=1 swift test --filter ArchlintGateTests.GoldenTests",
                     sourceLocation: sourceLocation)
        return
    }
    if text != expected {
        let got = text.split(separator: "\n", omittingEmptySubsequences: false)
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(got.count, want.count)
        Issue.record("""
            \(name) differs from the golden file at line \(line + 1):
              golden: \(line < want.count ? String(want[line]) : "<end>")
              now:    \(line < got.count ? String(got[line]) : "<end>")
            If the change is intended: ARCHLINT_UPDATE_GOLDEN=1 swift test --filter ArchlintGateTests.GoldenTests
            """, sourceLocation: sourceLocation)
    }
}
