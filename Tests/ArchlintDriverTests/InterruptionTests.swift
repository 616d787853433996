import Foundation
import Testing

/// SIGINT and SIGTERM stop a run at once, and no partial report is left behind.
@Suite(.serialized) struct InterruptionTests {
    @Test(arguments: [SIGTERM, SIGINT])
    func aSignalStopsTheRunWithNoReport(signal: Int32) throws {
        let directory = NSTemporaryDirectory() + "archlint-signal-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        // Big enough that checking it takes a few seconds in a debug build.
        let input = Generated.services(20_000, in: directory)
        let report = directory + "/report.xml"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Paths.executable)
        process.arguments = ["check", input, "--now", "2026-11-26", "--format", "junit", "--output", report]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Signal only once the handler is installed: on a loaded machine 0.3 s after the
        // start the process may not have reached `Interruption.install()` yet, and the
        // signal's default action would end it instead.
        try #require(waitForHandler(of: process.processIdentifier, signal: signal), "handler installed")
        Thread.sleep(forTimeInterval: 0.3)
        let started = Date()
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(Date().timeIntervalSince(started) < 2, "stops promptly")
        #expect(process.terminationStatus == 128 + signal, "exit status \(process.terminationStatus)")
        let left = try FileManager.default.contentsOfDirectory(atPath: directory)
        #expect(left == ["large.yaml"], "no report and no temporary file: \(left)")
    }
}

/// Polls `/proc/PID/status` until the signal is in the process's caught set (`SigCgt`), for
/// up to 60 s.
private func waitForHandler(of pid: Int32, signal: Int32) -> Bool {
    let deadline = Date().addingTimeInterval(60)
    while Date() < deadline {
        if let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
           let line = status.split(separator: "\n").first(where: { $0.hasPrefix("SigCgt:") }),
           let mask = UInt64(line.dropFirst("SigCgt:".count).trimmingCharacters(in: .whitespaces), radix: 16),
           mask & (UInt64(1) << UInt64(signal - 1)) != 0 {
            return true
        }
        Thread.sleep(forTimeInterval: 0.01)
    }
    return false
}
