import ArchlintLoaders
import ArchlintModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads an input file's bytes with plain POSIX calls. The file is opened first, without
/// waiting (`O_NONBLOCK`: opening a FIFO for reading would wait for a writer forever), and
/// what was opened is then examined (`fstat`): only a regular file is read, whatever the path
/// named when it was listed. The size limit is checked before reading, and every failure
/// becomes a load error with a message a person understands.
enum FileReader {
    /// `beforeOpen` runs just before the file is opened (tests swap the file there).
    static func read(_ file: InputFile, maxBytes: Int, beforeOpen: () -> Void = {}) -> Result<[UInt8], LoadError> {
        let path = file.display
        func failure(_ message: String) -> Result<[UInt8], LoadError> {
            .failure(LoadError(file: path, line: 1, column: 1, message: message))
        }
        let raw = file.raw.map { CChar(bitPattern: $0) } + [0]
        beforeOpen()
        // Symbolic links are followed: inputs are often linked into place. O_NOCTTY: a terminal
        // named as input never becomes ours.
        let descriptor = open(raw, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else {
            switch errno {
            case ENOENT: return failure("dangling symbolic link or missing file")
            case ENXIO: return failure(notRegular)  // a socket, or a device with nothing behind it
            default: return failure("cannot read file: \(describe(errno))")
            }
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return failure("cannot read file: \(describe(errno))") }
        let type = info.st_mode & S_IFMT
        if type == S_IFDIR { return failure("is a directory") }
        guard type == S_IFREG else { return failure(notRegular) }
        if Int(info.st_size) > maxBytes {
            return failure("file larger than the \(maxBytes / (1024 * 1024)) MB limit")
        }
        // A regular file: reads block as usual again (O_NONBLOCK only guarded the open).
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        // One byte more than fstat's size: the read that finds the end needs room, and without
        // it every file's buffer was grown (reallocated and copied) just to learn it was whole.
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size) + 1)
        var filled = 0
        while true {
            if filled == bytes.count {
                // The file may have grown since fstat: keep reading, within the limit.
                if bytes.count > maxBytes { return failure("file larger than the \(maxBytes / (1024 * 1024)) MB limit") }
                bytes.append(contentsOf: [UInt8](repeating: 0, count: max(4096, bytes.count / 2)))
            }
            let count = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return failure("cannot read file: \(describe(errno))")
            }
            if count == 0 { break }
            filled += count
        }
        bytes.removeSubrange(filled...)
        return .success(bytes)
    }

    static let notRegular = "not a regular file (FIFO, socket or device)"

    static func describe(_ code: Int32) -> String {
        switch code {
        case EACCES: return "permission denied"
        case ENOENT: return "no such file"
        case ELOOP: return "too many levels of symbolic links"
        default: return String(cString: strerror(code))
        }
    }
}
