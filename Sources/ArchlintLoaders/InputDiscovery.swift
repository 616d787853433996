import ArchlintModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One input file: the bytes of its path as the file system has them (to open it), and the
/// path as shown in reports (non-UTF-8 bytes escaped as `\xNN`).
public struct InputFile: Sendable, Hashable, Comparable {
    public let raw: [UInt8]
    public let display: String

    public init(raw: [UInt8]) {
        self.raw = raw
        self.display = PathText.display(raw)
    }

    public init(_ path: String) { self.init(raw: Array(path.utf8)) }

    public static func < (a: InputFile, b: InputFile) -> Bool { a.raw.lexicographicallyPrecedes(b.raw) }
}

/// Finds the input files under the paths given: files as named, directories recursively.
/// Skips `.git`, `.build` and `node_modules`, visits each real directory once (symlink loops
/// end), keeps paths as reached from the argument, and works on path bytes (names that are
/// not UTF-8 are still read). The result is sorted, so the order the directory listing
/// returns never shows in a report. Directory depth never becomes stack depth.
public enum InputDiscovery {
    public static let extensions: Set<String> = ["yaml", "yml", "json", "template", "pem", "crt", "cer"]
    static let skippedDirectories: Set<String> = [".git", ".build", "node_modules"]

    public struct Result: Sendable {
        public var files: [InputFile]
        /// Paths that could not be visited (missing, unreadable, dangling links, directories
        /// named like input files).
        public var errors: [LoadError]
    }

    public static func discover(_ paths: [String]) -> Result {
        var files: Set<InputFile> = []
        var errors: [LoadError] = []
        var visited: Set<[UInt8]> = []
        for path in paths {
            let raw = Array(path.utf8)
            switch kind(of: raw, followLinks: true) {
            case .directory:
                walk(raw, visited: &visited, files: &files, errors: &errors)
            case .missing:
                let message = kind(of: raw, followLinks: false) == .missing ? "no such file or directory" : "dangling symbolic link"
                errors.append(LoadError(file: PathText.display(raw), line: 1, column: 1, message: message))
            case .other, .regular:
                // Named explicitly: read whatever it is; the reader explains what it cannot read.
                files.insert(InputFile(raw: raw))
            }
        }
        return Result(files: files.sorted(), errors: errors.sorted())
    }

    enum Kind { case directory, regular, other, missing }

    static func kind(of raw: [UInt8], followLinks: Bool) -> Kind {
        var info = stat()
        let status = (raw + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { followLinks ? stat($0.baseAddress!, &info) : lstat($0.baseAddress!, &info) }
        }
        guard status == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return .regular
        default: return .other
        }
    }

    private static func walk(_ root: [UInt8], visited: inout Set<[UInt8]>, files: inout Set<InputFile>, errors: inout [LoadError]) {
        var pending = [root]
        while let directory = pending.popLast() {
            guard let real = PathText.realPath(directory), visited.insert(real).inserted else { continue }
            guard let entries = PathText.listDirectory(directory) else {
                errors.append(LoadError(file: PathText.display(directory), line: 1, column: 1, message: "cannot read directory"))
                continue
            }
            for name in entries {
                let path = directory.last == UInt8(ascii: "/") ? directory + name : directory + [UInt8(ascii: "/")] + name
                let isInput = extensions.contains(PathText.pathExtension(name))
                switch kind(of: path, followLinks: true) {
                case .directory:
                    if isInput {
                        errors.append(LoadError(file: PathText.display(path), line: 1, column: 1, message: "is a directory"))
                    } else if !skippedDirectories.contains(String(decoding: name, as: UTF8.self)) {
                        pending.append(path)
                    }
                case .missing:
                    if isInput {
                        errors.append(LoadError(file: PathText.display(path), line: 1, column: 1, message: "dangling symbolic link"))
                    }
                case .regular, .other:
                    if isInput { files.insert(InputFile(raw: path)) }
                }
            }
        }
    }
}

/// Path bytes: listing, resolving, and showing them.
public enum PathText {
    /// The path for people: UTF-8 as is, any other byte as `\xNN`.
    public static func display(_ raw: [UInt8]) -> String {
        if let text = String(validating: raw, as: UTF8.self) { return text }
        var out = ""
        var index = 0
        while index < raw.count {
            var end = index + 1
            while end <= raw.count, end - index <= 4 {
                if let piece = String(validating: raw[index..<end], as: UTF8.self) {
                    out += piece
                    break
                }
                end += 1
            }
            if end > raw.count || end - index > 4 {
                out += "\\x" + String(raw[index], radix: 16, uppercase: true).leftPadded(to: 2)
                index += 1
            } else {
                index = end
            }
        }
        return out
    }

    static func pathExtension(_ name: [UInt8]) -> String {
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")), dot > 0 else { return "" }
        return String(decoding: name[(dot + 1)...], as: UTF8.self).lowercased()
    }

    static func realPath(_ raw: [UInt8]) -> [UInt8]? {
        (raw + [0]).withUnsafeBufferPointer { buffer -> [UInt8]? in
            buffer.withMemoryRebound(to: CChar.self) { path in
                guard let resolved = realpath(path.baseAddress!, nil) else { return nil }
                defer { free(resolved) }
                return Array(UnsafeBufferPointer(start: UnsafeRawPointer(resolved).assumingMemoryBound(to: UInt8.self),
                                                 count: strlen(resolved)))
            }
        }
    }

    /// Entry names of a directory (without `.` and `..`), sorted bytewise.
    static func listDirectory(_ raw: [UInt8]) -> [[UInt8]]? {
        let handle = (raw + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { opendir($0.baseAddress!) }
        }
        guard let handle else { return nil }
        defer { closedir(handle) }
        var names: [[UInt8]] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { buffer -> [UInt8] in
                let bytes = buffer.bindMemory(to: UInt8.self)
                return Array(bytes.prefix { $0 != 0 })
            }
            if name == [46] || name == [46, 46] { continue }
            names.append(name)
        }
        return names.sorted { $0.lexicographicallyPrecedes($1) }
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
