import Foundation

/// Writes a report file atomically: a temporary file beside the target, then a rename, so a
/// CI job never publishes half a report.
public enum ReportWriter {
    public struct WriteError: Error, CustomStringConvertible {
        public var description: String
    }

    public static func write(_ bytes: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw WriteError(description: "cannot write report \(path): directory \(directory.path) does not exist")
        }
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        Interruption.willWrite(temporary.path)
        defer { Interruption.didWrite() }
        do {
            try Data(bytes).write(to: temporary, options: [])
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw WriteError(description: "cannot write report \(path): \(error.localizedDescription)")
        }
        // rename(2) replaces an existing file atomically. (FileManager.replaceItemAt fails on
        // Linux when the target exists, and leaves neither file behind.)
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw WriteError(description: "cannot write report \(path): \(reason)")
        }
    }
}
