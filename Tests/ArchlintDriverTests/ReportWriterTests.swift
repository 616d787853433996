@testable import ArchlintDriver
import Foundation
import Testing

/// Reports are written atomically: a second run replaces the first, a failed write leaves
/// no half report behind and says why.
@Suite struct ReportWriterTests {
    @Test func replacesAnExistingReport() throws {
        let directory = NSTemporaryDirectory() + "archlint-writer-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/report.xml"
        try ReportWriter.write(Array("first".utf8), to: path)
        try ReportWriter.write(Array("second".utf8), to: path)
        #expect(FileManager.default.contents(atPath: path) == Data("second".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["report.xml"], "no temporary file left")
    }

    @Test func aMissingDirectoryIsAClearError() {
        #expect {
            try ReportWriter.write([1], to: "/nonexistent-\(UUID().uuidString)/report.xml")
        } throws: { error in
            "\(error)".contains("does not exist")
        }
    }

    /// A temporary directory, removed after `body`.
    private func inDirectory(_ body: (String) throws -> Void) throws {
        let directory = NSTemporaryDirectory() + "archlint-writer-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try body(directory)
    }

    /// Someone who can write to the report's directory plants symlinks where the temporary
    /// file would go (its name once held the PID): the write must go around them, never
    /// through them.
    @Test func aPlantedSymlinkAtThePIDNameIsNotFollowed() throws {
        try inDirectory { directory in
            let victim = directory + "/victim"
            try Data("keep".utf8).write(to: URL(fileURLWithPath: victim))
            let pid = ProcessInfo.processInfo.processIdentifier
            try FileManager.default.createSymbolicLink(atPath: directory + "/.report.json.\(pid).tmp",
                                                       withDestinationPath: victim)
            try ReportWriter.write(Array("report".utf8), to: directory + "/report.json")
            #expect(FileManager.default.contents(atPath: victim) == Data("keep".utf8))
            #expect(FileManager.default.contents(atPath: directory + "/report.json") == Data("report".utf8))
        }
    }

    /// Even a symlink planted at the exact name the writer draws first is neither followed
    /// nor removed: the writer draws another name.
    @Test func aSymlinkAtTheDrawnNameIsSkipped() throws {
        try inDirectory { directory in
            let victim = directory + "/victim"
            try Data("keep".utf8).write(to: URL(fileURLWithPath: victim))
            try FileManager.default.createSymbolicLink(atPath: directory + "/.report.json.planted.tmp",
                                                       withDestinationPath: victim)
            try FileManager.default.createSymbolicLink(atPath: directory + "/.report.json.dangling.tmp",
                                                       withDestinationPath: directory + "/created-through-link")
            var names = ["planted", "dangling", "fresh"].makeIterator()
            try ReportWriter.write(Array("report".utf8), to: directory + "/report.json", uniqueName: { names.next()! })
            #expect(FileManager.default.contents(atPath: victim) == Data("keep".utf8))
            #expect(!FileManager.default.fileExists(atPath: directory + "/created-through-link"))
            #expect(FileManager.default.contents(atPath: directory + "/report.json") == Data("report".utf8))
            let left = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
            #expect(left == [".report.json.dangling.tmp", ".report.json.planted.tmp", "report.json", "victim"])
        }
    }

    /// A report path that is itself a symlink is replaced, not written through.
    @Test func aSymlinkAtTheReportPathIsReplaced() throws {
        try inDirectory { directory in
            let victim = directory + "/victim"
            try Data("keep".utf8).write(to: URL(fileURLWithPath: victim))
            try FileManager.default.createSymbolicLink(atPath: directory + "/report.json", withDestinationPath: victim)
            try ReportWriter.write(Array("report".utf8), to: directory + "/report.json")
            #expect(FileManager.default.contents(atPath: victim) == Data("keep".utf8))
            let type = try FileManager.default.attributesOfItem(atPath: directory + "/report.json")[.type]
            #expect(type as? FileAttributeType == .typeRegular)
        }
    }
}
