import ArchlintDriver
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
}
