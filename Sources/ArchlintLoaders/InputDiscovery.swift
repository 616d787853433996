import ArchlintModel
import Foundation

/// Finds the input files under the paths given: files as named, directories recursively.
/// Skips `.git`, `.build` and `node_modules`, visits each real directory once (symlink loops
/// end), and keeps paths as reached from the argument. The result is sorted, so the order the
/// directory listing returns never shows in a report.
public enum InputDiscovery {
    public static let extensions: Set<String> = ["yaml", "yml", "json", "template", "pem", "crt", "cer"]
    static let skippedDirectories: Set<String> = [".git", ".build", "node_modules"]

    public struct Result: Sendable {
        public var files: [String]
        /// Paths that could not be visited (missing, unreadable, dangling links).
        public var errors: [LoadError]
    }

    public static func discover(_ paths: [String]) -> Result {
        var files: [String] = []
        var errors: [LoadError] = []
        var visited: Set<String> = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                errors.append(LoadError(file: path, line: 1, column: 1, message: "no such file or directory"))
                continue
            }
            if isDirectory.boolValue {
                walk(path, visited: &visited, files: &files, errors: &errors)
            } else {
                files.append(path)
            }
        }
        return Result(files: Array(Set(files)).sorted(), errors: errors.sorted())
    }

    /// Iterative walk: depth of the tree never becomes depth of the stack.
    private static func walk(_ root: String, visited: inout Set<String>, files: inout [String], errors: inout [LoadError]) {
        let manager = FileManager.default
        var pending = [root]
        while let directory = pending.popLast() {
            let real = (directory as NSString).resolvingSymlinksInPath
            guard visited.insert(real).inserted else { continue }
            let entries: [String]
            do {
                entries = try manager.contentsOfDirectory(atPath: directory)
            } catch {
                errors.append(LoadError(file: directory, line: 1, column: 1, message: "cannot read directory"))
                continue
            }
            for name in entries.sorted() {
                let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
                var isDirectory: ObjCBool = false
                let exists = manager.fileExists(atPath: path, isDirectory: &isDirectory)
                if isDirectory.boolValue {
                    if !skippedDirectories.contains(name) { pending.append(path) }
                    continue
                }
                let ext = (name as NSString).pathExtension.lowercased()
                guard extensions.contains(ext) else { continue }
                if !exists {
                    errors.append(LoadError(file: path, line: 1, column: 1, message: "dangling symbolic link"))
                    continue
                }
                files.append(path)
            }
        }
    }
}
