import Foundation
import Testing

/// SIGINT and SIGTERM stop a run at once, and no partial report is left behind.
@Suite(.serialized) struct InterruptionTests {
    /// A template big enough that checking it takes a few seconds in a debug build.
    static func largeTemplate(in directory: String) -> String {
        var text = "Resources:\n"
        for index in 0..<20_000 {
            text += """
              Service\(index):
                Type: AWS::ECS::Service
                Properties:
                  DesiredCount: 1
                  NetworkConfiguration:
                    AwsvpcConfiguration: {AssignPublicIp: ENABLED, Subnets: [subnet-\(index)]}

            """
        }
        let path = directory + "/large.yaml"
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return path
    }

    @Test(arguments: [SIGTERM, SIGINT])
    func aSignalStopsTheRunWithNoReport(signal: Int32) throws {
        let directory = NSTemporaryDirectory() + "archlint-signal-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let input = Self.largeTemplate(in: directory)
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
