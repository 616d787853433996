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
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
            // A device or a FIFO (/dev/null, /dev/stdout, a pipe): renaming over it would replace
            // it with a regular file, so write to it as it is.
            guard info.st_mode & S_IFMT != S_IFDIR else {
                throw WriteError(description: "cannot write report \(path): is a directory")
            }
            do {
                try writeFile(bytes, to: path, flags: O_WRONLY)
            } catch {
                throw WriteError(description: "cannot write report \(path): \(error)")
            }
            return
        }
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        Interruption.willWrite(temporary.path)
        defer { Interruption.didWrite() }
        do {
            try writeFile(bytes, to: temporary.path, flags: O_WRONLY | O_CREAT | O_TRUNC)
            // rename(2) replaces an existing report atomically (FileManager.replaceItemAt does not
            // on Linux: it fails and loses the old file).
            guard rename(temporary.path, url.path) == 0 else {
                throw WriteError(description: String(cString: strerror(errno)))
            }
        } catch let error as WriteError {
            try? FileManager.default.removeItem(at: temporary)
            throw WriteError(description: "cannot write report \(path): \(error.description)")
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw WriteError(description: "cannot write report \(path): \(error.localizedDescription)")
        }
    }

    /// Appends to a file, creating it: GitHub's `$GITHUB_STEP_SUMMARY` collects every step's part.
    public static func append(_ bytes: [UInt8], to path: String) throws {
        do {
            try writeFile(bytes, to: path, flags: O_WRONLY | O_CREAT | O_APPEND)
        } catch {
            throw WriteError(description: "cannot append to \(path): \(error)")
        }
    }

    /// Opens `path`, writes every byte, closes it.
    private static func writeFile(_ bytes: [UInt8], to path: String, flags: Int32) throws {
        // 0666 before the umask, as Foundation's own file writes.
        let descriptor = open(path, flags | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw WriteError(description: String(cString: strerror(errno))) }
        let written = Result { try writeAll(bytes, to: descriptor) }
        let closed = close(descriptor)
        try written.get()
        guard closed == 0 else { throw WriteError(description: String(cString: strerror(errno))) }
    }

    /// Writes every byte to an open descriptor, straight from the buffer: wrapping a large
    /// report in `Data` first copied it.
    public static func writeAll(_ bytes: [UInt8], to descriptor: Int32) throws {
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw WriteError(description: String(cString: strerror(errno)))
                }
                offset += written
            }
        }
    }
}
