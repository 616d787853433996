#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output and standard error as plain descriptors. Either may be closed, full
/// (/dev/full) or a pipe whose reader has gone (`| head -1`): what cannot be written there is
/// dropped, and never changes the exit status the run decides. `FileHandle.write` traps on a
/// failed write, and the default SIGPIPE action kills the process before the report files
/// that come after standard output are written.
public enum StandardStreams {
    /// Called first thing in `main`: SIGPIPE is ignored (a write to a pipe nobody reads then
    /// fails with EPIPE), and a closed descriptor 0, 1 or 2 is opened on /dev/null, so that no
    /// file archlint opens (a report's temporary file) becomes standard error by chance.
    public static func prepare() {
        signal(SIGPIPE, SIG_IGN)
        for descriptor: Int32 in 0...2 where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            let null = open("/dev/null", O_RDWR)
            if null >= 0 && null != descriptor {
                dup2(null, descriptor)
                close(null)
            }
        }
    }

    /// A line of diagnostics on standard error, dropped when it cannot be written.
    public static func diagnostic(_ line: String) {
        try? write(Array((line + "\n").utf8), to: STDERR_FILENO)
    }

    /// Writes every byte to standard output or error. A stream whose reader is gone (EPIPE)
    /// or that is closed (EBADF) takes nothing more, and that is not an error: the caller
    /// goes on with its other reports. Any other failure (a full disk) throws.
    public static func write(_ bytes: [UInt8], to descriptor: Int32) throws {
        do {
            try ReportWriter.writeAll(bytes, to: descriptor)
        } catch let error as ReportWriter.WriteError where error.code == EPIPE || error.code == EBADF {
            return
        }
    }
}
