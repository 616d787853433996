import Foundation

/// Writes a report file atomically: a temporary file beside the target, then a rename, so a
/// CI job never publishes half a report.
///
/// The report's directory may be writable by others (a shared /tmp or workspace) and the run
/// often has root: the temporary file gets a random name and is created exclusively, so a
/// symlink planted there is never followed, nor any file that was there opened.
public enum ReportWriter {
    public struct WriteError: Error, CustomStringConvertible {
        public var description: String
        /// The `errno` of the failed call, 0 when none.
        public var code: Int32 = 0
    }

    public static func write(_ bytes: [UInt8], to path: String) throws {
        try write(bytes, to: path, uniqueName: randomName)
    }

    /// `uniqueName` draws the middle of the temporary file's name (tests choose it).
    static func write(_ bytes: [UInt8], to path: String, uniqueName: () -> String) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw WriteError(description: "cannot write report \(path): directory \(directory.path) does not exist")
        }
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
            do {
                try writeInPlace(bytes, to: path, type: info.st_mode & S_IFMT)
            } catch {
                throw WriteError(description: "cannot write report \(path): \(error)")
            }
            return
        }
        do {
            let (temporary, descriptor) = try createTemporary(beside: url, uniqueName: uniqueName)
            defer { Interruption.didWrite() }
            do {
                try writeAndClose(bytes, to: descriptor)
                // rename(2) replaces an existing report atomically (FileManager.replaceItemAt does
                // not on Linux: it fails and loses the old file), and replaces a symlink at the
                // report's path rather than writing through it.
                guard rename(temporary, url.path) == 0 else { throw WriteError(description: String(cString: strerror(errno))) }
            } catch {
                unlink(temporary)
                throw error
            }
        } catch {
            throw WriteError(description: "cannot write report \(path): \(error)")
        }
    }

    /// Appends to a file, creating it: GitHub's `$GITHUB_STEP_SUMMARY` collects every step's part.
    public static func append(_ bytes: [UInt8], to path: String) throws {
        // 0666 before the umask, as Foundation's own file writes.
        let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_NOCTTY | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            throw WriteError(description: "cannot append to \(path): \(String(cString: strerror(errno)))")
        }
        do {
            try writeAndClose(bytes, to: descriptor)
        } catch {
            throw WriteError(description: "cannot append to \(path): \(error)")
        }
    }

    /// A device, FIFO or socket (/dev/null, /dev/stdout, a pipe): renaming over it would
    /// replace it with a regular file, so it is written as it is. Never a directory or a disk.
    private static func writeInPlace(_ bytes: [UInt8], to path: String, type: mode_t) throws {
        if type == S_IFDIR { throw WriteError(description: "is a directory") }
        if type == S_IFBLK { throw WriteError(description: "is a block device") }
        let descriptor = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else { throw WriteError(description: String(cString: strerror(errno))) }
        var opened = stat()
        guard fstat(descriptor, &opened) == 0, [S_IFCHR, S_IFIFO, S_IFSOCK].contains(opened.st_mode & S_IFMT) else {
            // Swapped for something else since `stat`: written in place, a regular file would
            // be overwritten without being truncated.
            close(descriptor)
            throw WriteError(description: "changed while it was being opened")
        }
        try writeAndClose(bytes, to: descriptor)
    }

    /// Creates `.<report>.<random>.tmp` beside the report with `O_EXCL` (which also refuses
    /// to follow a symlink at that name), drawing another name while one exists.
    private static func createTemporary(beside url: URL, uniqueName: () -> String) throws -> (String, Int32) {
        let directory = url.deletingLastPathComponent()
        for _ in 0..<100 {
            let path = directory.appendingPathComponent(".\(url.lastPathComponent).\(uniqueName()).tmp").path
            // Announced before it exists: an interrupt in between unlinks a name that is not there.
            Interruption.willWrite(path)
            // 0666 before the umask, as Foundation's own file writes.
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
            if descriptor >= 0 { return (path, descriptor) }
            Interruption.didWrite()
            guard errno == EEXIST else { throw WriteError(description: String(cString: strerror(errno))) }
        }
        throw WriteError(description: "no free temporary file name in \(directory.path)")
    }

    private static func randomName() -> String {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        return String((0..<12).map { _ in alphabet[Int(generator.next(upperBound: UInt64(alphabet.count)))] })
    }

    /// Writes every byte, then closes the descriptor (whatever happened).
    private static func writeAndClose(_ bytes: [UInt8], to descriptor: Int32) throws {
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
                    throw WriteError(description: String(cString: strerror(errno)), code: errno)
                }
                offset += written
            }
        }
    }
}
