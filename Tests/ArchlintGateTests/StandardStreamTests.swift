import Foundation
import Testing

/// Standard output and standard error may be closed, full or a pipe nobody reads: archlint
/// drops what it cannot write there, still writes every report file, and exits with the
/// status the check decided.
@Suite struct StandardStreamTests {
    static let campuslearn = Paths.samples + "/campuslearn"
    static let fixed = Paths.samples + "/campuslearn-fixed"

    /// Runs archlint through `sh -c`, whose redirections close or fill a stream.
    func shell(_ redirections: String, _ arguments: [String], in directory: String) throws -> Run {
        try launch("/bin/sh", ["-c", "\"$0\" \"$@\" \(redirections)", Paths.executable] + arguments, in: directory)
    }

    @Test(arguments: ["2>&-", "2>/dev/full", ">&- 2>&-", ">/dev/full 2>/dev/full"])
    func aClosedOrFullStreamKeepsTheStatus(redirections: String) throws {
        let directory = try TemporaryDirectory()
        try directory.write("broken/bad.yaml", "a: [\n")
        for (input, expected) in [(Self.fixed, Int32(0)), (Self.campuslearn, 1), (directory.path + "/broken", 2)] {
            let run = try shell(redirections, ["check", input, "--now", "2026-11-26", "--format", "json", "--output", "r.json"],
                                in: directory.path)
            #expect(run.status == expected, "\(redirections) \(input): \(run.status)")
            #expect(try directory.read("r.json").hasPrefix("{"))
            try FileManager.default.removeItem(atPath: directory.path + "/r.json")
        }
        // Usage errors and the other commands too.
        #expect(try shell(redirections, ["check", Self.fixed, "--now", "yesterday"], in: directory.path).status == 2)
        #expect(try shell(redirections, ["baseline", Self.campuslearn, "--now", "2026-11-26", "-o", "b.json"],
                          in: directory.path).status == 0)
        #expect(try shell(redirections, ["init", "-o", "c.yml"], in: directory.path).status == 0)
        #expect(try shell(redirections, ["init", "-o", "c.yml"], in: directory.path).status == 2)
        try FileManager.default.removeItem(atPath: directory.path + "/b.json")
        try FileManager.default.removeItem(atPath: directory.path + "/c.yml")
    }

    /// `archlint check DIR --format text --output - --format junit --output r.xml | head -1`:
    /// the reader of standard output is gone before the report is written.
    @Test func aClosedPipeLosesNoReportFile() throws {
        let directory = try TemporaryDirectory()
        for (toStandardError, arguments) in [
            (false, ["--format", "text", "--output", "-", "--format", "junit", "--output", "r.xml"]),
            (true, ["--format", "junit", "--output", "r.xml"]),  // the summary line goes to standard error
        ] {
            var ends: [Int32] = [0, 0]
            #expect(pipe(&ends) == 0)
            close(ends[0])  // nobody will ever read
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Paths.executable)
            process.arguments = ["check", Self.campuslearn, "--now", "2026-11-26"] + arguments
            process.currentDirectoryURL = URL(fileURLWithPath: directory.path)
            let broken = FileHandle(fileDescriptor: ends[1], closeOnDealloc: true)
            process.standardOutput = toStandardError ? FileHandle.nullDevice : broken
            process.standardError = toStandardError ? broken : FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            try broken.close()
            #expect(process.terminationReason == .exit, "killed by signal \(process.terminationStatus)")
            #expect(process.terminationStatus == 1)
            #expect(try directory.read("r.xml").hasPrefix("<?xml"))
            try FileManager.default.removeItem(atPath: directory.path + "/r.xml")
        }
    }
}
