import ArchlintModel
import ArchlintRules
import Foundation

/// A rule pack to load: a directory of rule files (read recursively) or one rule file, from
/// `rule-packs:` in `.archlint.yml` (relative to the configuration's directory) or from
/// `--rules` (relative to the working directory).
public struct RulePackSource: Sendable, Hashable {
    /// Absolute path.
    public var path: String
    /// As written: the pack's name in reports and the prefix of its files' paths in messages.
    public var shown: String
    /// Where the configuration names it; nil for `--rules`.
    public var site: Site?

    public init(path: String, shown: String, site: Site? = nil) {
        self.path = path
        self.shown = shown
        self.site = site
    }
}

/// Loads rule packs: each `.yaml`/`.yml` file of a pack is one rule in the format of the
/// built-in `rules/<category>/<ID>-<slug>.yaml` files, with a `check:`. Every mistake is a
/// `GateError` at the rule file's line and column; an ID (or slug) used twice names both files.
public enum RulePacks {
    static let maxBytes = 1024 * 1024

    public static func load(_ sources: [RulePackSource], builtIn: [RuleMetadata]) throws(GateError) -> [RuleMetadata] {
        var loaded: [RuleMetadata] = []
        var seenPacks: Set<String> = []
        for source in sources where seenPacks.insert(PathResolver.lexical(source.path)).inserted {
            for (absolute, shown) in try files(of: source) {
                let (rule, idSite) = try parse(absolute, shown: shown, pack: source.shown)
                try checkUnique(rule, at: idSite, against: builtIn, loaded)
                loaded.append(rule)
            }
        }
        return loaded.sorted { $0.id < $1.id }
    }

    /// The rule files of a pack, sorted: (absolute path, path as shown).
    static func files(of source: RulePackSource) throws(GateError) -> [(String, String)] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: source.path, isDirectory: &isDirectory) else {
            throw GateError("rule pack \(source.shown): no such file or directory", at: source.site)
        }
        guard isDirectory.boolValue else { return [(source.path, source.shown)] }
        let relative = (FileManager.default.enumerator(atPath: source.path)?.allObjects as? [String] ?? [])
            .filter { path in
                (path.hasSuffix(".yaml") || path.hasSuffix(".yml"))
                    && !path.split(separator: "/").contains { $0.hasPrefix(".") }
            }
            .sorted()
        guard !relative.isEmpty else {
            throw GateError("rule pack \(source.shown) holds no rule files (.yaml or .yml)", at: source.site)
        }
        let prefix = source.shown.hasSuffix("/") ? source.shown : source.shown + "/"
        return relative.map { (source.path + "/" + $0, prefix + $0) }
    }

    /// The rule, and the site of its `id:` (where a clash is reported).
    static func parse(_ absolute: String, shown: String, pack: String) throws(GateError) -> (RuleMetadata, Site) {
        guard let data = FileManager.default.contents(atPath: absolute) else {
            throw GateError("cannot read the rule file \(shown)")
        }
        guard data.count <= maxBytes else { throw GateError("the rule file \(shown) is larger than 1 MB") }
        func site(_ line: Int, _ column: Int) -> Site {
            Site(file: shown, line: max(1, line), column: max(1, column), path: "")
        }
        var rule: RuleMetadata
        let text = String(decoding: data, as: UTF8.self)
        do {
            rule = try RuleFileParser.parse(text: text, path: shown)
        } catch let error as RuleFileError {
            throw GateError(error.message, at: site(error.line, error.column))
        } catch {
            throw GateError("\(error)", at: site(1, 1))
        }
        rule.pack = pack
        guard !rule.checks.isEmpty else {
            throw GateError("rule \(rule.id) has no `check:`: a pack rule is a declarative check (docs/custom-rules.md)",
                            at: site(1, 1))
        }
        let idLine = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("id:") } ?? 0
        return (rule, site(idLine + 1, 5))
    }

    static func checkUnique(_ rule: RuleMetadata, at: Site, against builtIn: [RuleMetadata],
                            _ loaded: [RuleMetadata]) throws(GateError) {
        for other in builtIn + loaded {
            let owner = other.pack == nil ? "the built-in rule \(other.id) (\(other.sourcePath))" : "\(other.sourcePath)"
            if other.id.caseInsensitiveCompare(rule.id) == .orderedSame {
                throw GateError("rule ID \(rule.id) is already used by \(owner): pack rules need IDs of their own", at: at)
            }
            if other.slug == rule.slug {
                throw GateError("slug \(rule.slug) of rule \(rule.id) is already used by \(owner)", at: at)
            }
        }
    }
}
