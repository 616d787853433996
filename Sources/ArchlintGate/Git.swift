import Foundation

/// The only place archlint runs git: which files a change touches (`--changed-since`) and
/// where the repository's root is (SARIF, GitHub and GitLab reports name files from there).
public enum Git {
    /// The repository's top directory (absolute, symlinks resolved), or nil when `directory`
    /// is in no repository or git is not installed.
    public static func topLevel(of directory: String) -> String? {
        guard let git = executable(),
              let result = try? run(git, ["-C", directory, "rev-parse", "--show-toplevel"]), result.status == 0 else {
            return nil
        }
        let path = String(decoding: result.output, as: UTF8.self).trimmingCharacters(in: .newlines)
        return path.isEmpty ? nil : PathResolver.real(path)
    }

    /// Absolute paths of the files changed since `ref`: `git diff --name-only ref...HEAD` (what
    /// the branch changed since it left `ref`), uncommitted changes to tracked files, and
    /// untracked files that are not ignored.
    public static func changedFiles(since ref: String, in directory: String) throws(GateError) -> (root: String, files: Set<String>) {
        guard let git = executable() else {
            throw GateError("--changed-since needs git, and no `git` was found on PATH")
        }
        guard !ref.isEmpty, !ref.hasPrefix("-") else {
            throw GateError("--changed-since: `\(ref)` is not a git revision")
        }
        guard let root = topLevel(of: directory) else {
            throw GateError("--changed-since: \(directory) is not inside a git repository")
        }
        func git_(_ arguments: [String], _ failure: String) throws(GateError) -> [String] {
            let result: (status: Int32, output: Data, error: Data)
            do {
                result = try run(git, ["-C", root] + arguments)
            } catch {
                throw GateError("--changed-since: cannot run git: \(error.localizedDescription)")
            }
            guard result.status == 0 else {
                let detail = String(decoding: result.error, as: UTF8.self).split(separator: "\n").first.map { " (\($0))" }
                throw GateError("--changed-since: \(failure)\(detail ?? "")")
            }
            return result.output.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
        }
        _ = try git_(["rev-parse", "--verify", "--quiet", ref + "^{commit}"],
                     "`\(ref)` is not a commit in this repository")
        var names = try git_(["diff", "--name-only", "-z", "--no-renames", ref + "...HEAD", "--"],
                             "cannot compare `\(ref)` with HEAD")
        names += try git_(["diff", "--name-only", "-z", "--no-renames", "HEAD", "--"], "cannot list uncommitted changes")
        names += try git_(["ls-files", "--others", "--exclude-standard", "-z"], "cannot list untracked files")
        return (root, Set(names.filter { !$0.isEmpty }.map { root + "/" + $0 }))
    }

    static func executable() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") where !directory.isEmpty {
            let candidate = String(directory) + "/git"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs git without a shell, with no terminal prompts; standard error read on another
    /// thread so neither pipe can fill up and block it.
    static func run(_ git: String, _ arguments: [String]) throws -> (status: Int32, output: Data, error: Data) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: git)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["LC_ALL"] = "C"
        process.environment = environment
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let errorData = ErrorOutput()
        let finished = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            errorData.data = error.fileHandleForReading.readDataToEndOfFile()
            finished.signal()
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        finished.wait()
        return (process.terminationStatus, data, errorData.data)
    }
}

/// Standard error, written by the reading thread before it signals, read after the wait.
private final class ErrorOutput: @unchecked Sendable {
    var data = Data()
}
