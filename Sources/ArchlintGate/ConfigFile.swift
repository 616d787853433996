import ArchlintModel
import Foundation

/// Finds and reads `.archlint.yml`.
public enum ConfigFile {
    public static let name = ".archlint.yml"
    static let maxBytes = 16 * 1024 * 1024

    /// `--config FILE` when given (it must exist), else the first `.archlint.yml` in the
    /// working directory or one of its parents; nil when there is none.
    /// `packs` (`--rules`) are loaded with the configuration's own; without a configuration
    /// file the caller loads them (`RulePacks.load`).
    public static func load(explicit: String?, resolver: PathResolver, catalog: [RuleMetadata],
                            packs: [RulePackSource] = []) throws(GateError) -> GateConfig? {
        let absolute: String
        let shown: String
        if let explicit {
            absolute = resolver.absolute(explicit)
            shown = explicit
            guard FileManager.default.fileExists(atPath: absolute) else {
                throw GateError("--config \(explicit): no such file")
            }
        } else {
            guard let found = locate(from: resolver.cwd) else { return nil }
            absolute = found
            shown = PathResolver.inside(found, resolver.cwd) ?? found
        }
        guard let data = FileManager.default.contents(atPath: absolute) else {
            throw GateError("cannot read the configuration \(shown)")
        }
        guard data.count <= maxBytes else { throw GateError("the configuration \(shown) is larger than 16 MB") }
        return try ConfigParser.parse(Array(data), file: shown, directory: PathResolver.directory(of: absolute),
                                      catalog: catalog, packs: packs)
    }

    /// The nearest `.archlint.yml` at or above `directory`.
    public static func locate(from directory: String) -> String? {
        var current = directory
        while true {
            let candidate = (current == "/" ? "" : current) + "/" + name
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue {
                return candidate
            }
            guard current != "/", let slash = current.lastIndex(of: "/") else { return nil }
            current = slash == current.startIndex ? "/" : String(current[..<slash])
        }
    }
}
