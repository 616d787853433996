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
