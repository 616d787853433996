@testable import ArchlintDriver
import ArchlintLoaders
import ArchlintModel
import Foundation
import Testing

/// Input files are read only when they are regular files, however they change while the
/// scan looks at them.
@Suite struct FileReaderTests {
    /// A file swapped for a FIFO just before it is opened: opening a FIFO for reading waits for
    /// a writer, so the scan would hang forever. The hook stands in for the racing swap.
    @Test func aFileSwappedForAFIFOIsRefusedWithoutWaiting() throws {
        let directory = NSTemporaryDirectory() + "archlint-reader-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/template.yaml"
        try Data("Resources: {}\n".utf8).write(to: URL(fileURLWithPath: path))
        let done = DispatchSemaphore(value: 0)
        let outcome = Outcome()
        Thread.detachNewThread {
            outcome.result = FileReader.read(InputFile(path), maxBytes: 1 << 20, beforeOpen: {
                unlink(path)
                mkfifo(path, 0o600)
            })
            done.signal()
        }
        let waited = done.wait(timeout: .now() + 5)
        if waited == .timedOut {
            // Unblock the reader (a writer opens and closes the FIFO) so the test can end.
            let writer = open(path, O_WRONLY | O_NONBLOCK)
            if writer >= 0 { close(writer) }
            done.wait()
        }
        #expect(waited == .success, "the read waited on the FIFO")
        guard case .failure(let error)? = outcome.result else {
            Issue.record("read a FIFO: \(String(describing: outcome.result))")
            return
        }
        #expect(error.message == "not a regular file (FIFO, socket or device)")
        #expect(error.file == path && error.line == 1 && error.column == 1)
    }

    @Test func regularFilesDirectoriesAndMissingFiles() throws {
        let directory = NSTemporaryDirectory() + "archlint-reader-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/a.yaml"
        try Data("a: 1\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(try FileReader.read(InputFile(path), maxBytes: 100).get() == Array("a: 1\n".utf8))
        #expect(FileReader.read(InputFile(path), maxBytes: 2).message == "file larger than the 0 MB limit")
        #expect(FileReader.read(InputFile(directory), maxBytes: 100).message == "is a directory")
        #expect(FileReader.read(InputFile(directory + "/none"), maxBytes: 100).message
                == "dangling symbolic link or missing file")
        try FileManager.default.createSymbolicLink(atPath: directory + "/link.yaml", withDestinationPath: path)
        #expect(try FileReader.read(InputFile(directory + "/link.yaml"), maxBytes: 100).get() == Array("a: 1\n".utf8))
        mkfifo(directory + "/fifo.yaml", 0o600)
        #expect(FileReader.read(InputFile(directory + "/fifo.yaml"), maxBytes: 100).message
                == "not a regular file (FIFO, socket or device)")
    }
}

private final class Outcome: @unchecked Sendable {
    var result: Result<[UInt8], LoadError>?
}

extension Result where Failure == LoadError {
    fileprivate var message: String? {
        if case .failure(let error) = self { return error.message }
        return nil
    }
}
