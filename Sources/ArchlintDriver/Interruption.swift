#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// SIGINT and SIGTERM stop the run at once: the temporary report file being written (if
/// any) is removed and the process exits 130 or 143, so no partial report is ever published.
/// The handler only calls async-signal-safe functions (`unlink`, `_exit`).
public enum Interruption {
    static let capacity = 4096
    /// NUL-terminated path of the temporary file being written, or empty. A fixed C buffer,
    /// created by `install()`: the handler must never be the first to touch it, since that
    /// would allocate inside a signal handler (seen: a SIGINT that arrived during `malloc`
    /// corrupted the heap and the run aborted instead of exiting 130).
    nonisolated(unsafe) static let pending: UnsafeMutablePointer<CChar> = {
        let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: capacity)
        buffer.initialize(repeating: 0, count: capacity)
        return buffer
    }()

    public static func install() {
        _ = pending
        // A parent may have started us with these signals blocked (or ignored): undo that
        // first, on the main thread, before any worker thread inherits the mask.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for signal in [SIGINT, SIGTERM] {
            sigaddset(&unblock, signal)
        }
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        for signal in [SIGINT, SIGTERM] {
            var action = sigaction()
            #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = handle
            #else
            action.__sigaction_u.__sa_handler = handle
            #endif
            sigemptyset(&action.sa_mask)
            sigaction(signal, &action, nil)
        }
    }

    static func willWrite(_ path: String) {
        let bytes = Array(path.utf8.prefix(capacity - 1)).map { CChar(bitPattern: $0) }
        for index in 0..<capacity { pending[index] = index < bytes.count ? bytes[index] : 0 }
    }

    static func didWrite() {
        pending[0] = 0
    }
}

private func handle(_ signal: Int32) {
    let path = Interruption.pending
    if path[0] != 0 { _ = unlink(path) }
    _exit(128 + signal)
}
