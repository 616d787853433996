import Foundation

/// Turns the paths findings carry (as reached from the scanned arguments, relative to the
/// working directory or absolute) into absolute, symlink-free paths, so that they compare with
/// paths relative to the configuration file, the baseline file or the git repository,
/// whatever directory archlint runs in.
public final class PathResolver: @unchecked Sendable {
    public let cwd: String
    private var cache: [String: String] = [:]
    private let lock = NSLock()

    public init(cwd: String = FileManager.default.currentDirectoryPath) {
        self.cwd = PathResolver.real(PathResolver.lexical(cwd))
    }

    /// Absolute and resolved: `..` and `.` removed, symbolic links of the longest existing
    /// prefix followed (a deleted file still resolves through its directory).
    public func absolute(_ path: String) -> String {
        lock.lock()
        defer { lock.unlock() }
        if let hit = cache[path] { return hit }
        let joined = path.hasPrefix("/") ? path : cwd + "/" + path
        let resolved = Self.real(Self.lexical(joined))
        cache[path] = resolved
        return resolved
    }

    /// `path` relative to the directory `base` (both absolute), with `..` where it lies outside.
    public static func relative(_ path: String, to base: String) -> String {
        let target = path.split(separator: "/")
        let from = base.split(separator: "/")
        var common = 0
        while common < target.count, common < from.count, target[common] == from[common] { common += 1 }
        let up = Array(repeating: "..", count: from.count - common)
        let rest = target[common...].map(String.init)
        let parts = up + rest
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    /// The directory holding an absolute path.
    public static func directory(of absolute: String) -> String {
        guard let slash = absolute.lastIndex(of: "/"), slash != absolute.startIndex else { return "/" }
        return String(absolute[..<slash])
    }

    /// `path` relative to `base` when it lies inside it, else nil.
    public static func inside(_ path: String, _ base: String) -> String? {
        if path == base { return "." }
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : nil
    }

    /// Removes `.`, empty components and `..` (never above the root).
    public static func lexical(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == ".." {
                if !parts.isEmpty { parts.removeLast() }
                continue
            }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    /// `realpath` of the longest existing prefix, the rest appended as written.
    public static func real(_ path: String) -> String {
        var head = path
        var tail: [String] = []
        while head != "/" {
            if let resolved = realpath(head, nil) {
                defer { free(resolved) }
                let base = String(cString: resolved)
                return tail.isEmpty ? base : (base == "/" ? "" : base) + "/" + tail.reversed().joined(separator: "/")
            }
            guard let slash = head.lastIndex(of: "/") else { break }
            tail.append(String(head[head.index(after: slash)...]))
            head = slash == head.startIndex ? "/" : String(head[..<slash])
        }
        return path
    }
}
