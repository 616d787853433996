import ArchlintGate
import ArchlintModel
import ArchlintRules

/// The rules a command sees: the built-in catalog, the configuration's `rule-packs:` and the
/// `--rules` packs. `check`, `rules`, `explain` and `test` all start here, so a pack rule is
/// known everywhere a built-in one is.
public struct RuleSet: Sendable {
    public var config: GateConfig?
    /// Built-in rules and pack rules, in ID order.
    public var catalog: [RuleMetadata]
    /// Only the pack rules.
    public var packRules: [RuleMetadata]

    /// - Parameters:
    ///   - configFile: `--config`; nil looks for `.archlint.yml` from `resolver.cwd` up.
    ///   - packs: `--rules` paths, relative to the working directory.
    public static func load(configFile: String?, packs: [String], resolver: PathResolver) throws(GateError) -> RuleSet {
        let builtIn = RuleCatalog.shared.rules
        let sources = packs.map { RulePackSource(path: resolver.absolute($0), shown: $0) }
        let config = try ConfigFile.load(explicit: configFile, resolver: resolver, catalog: builtIn, packs: sources)
        let packRules: [RuleMetadata]
        if let config {
            packRules = config.packRules
        } else {
            packRules = try RulePacks.load(sources, builtIn: builtIn)
        }
        return RuleSet(config: config, catalog: (builtIn + packRules).sorted { $0.id < $1.id }, packRules: packRules)
    }

    /// The rules a run checks: configured (disabled ones out, opt-in ones only when the
    /// configuration enables them or `--rule` or `--enable` names them, severities
    /// overridden), then narrowed by the selection.
    public func selected(_ selection: RuleSelection) -> [RuleMetadata] {
        let named = Set(catalog.filter { rule in
            (selection.only + selection.enable).contains { RuleSelection.names(rule, $0) }
        }.map(\.id))
        let configured = config?.configuredRules(catalog, enabling: named)
            ?? catalog.filter { !$0.optIn || named.contains($0.id) }
        return selection.apply(configured)
    }
}

/// `--rule`, `--skip-rule`, `--category` and `--enable`: which rules run (or are listed).
public struct RuleSelection: Sendable, Hashable {
    /// Only these (IDs or slugs); empty: every rule.
    public var only: [String]
    public var skip: [String]
    /// Only rules of these categories; empty: every category.
    public var categories: [String]
    /// Opt-in rules to run beside the others (IDs or slugs), as `enable:` in the configuration.
    public var enable: [String]

    public init(only: [String] = [], skip: [String] = [], categories: [String] = [], enable: [String] = []) {
        self.only = only
        self.skip = skip
        self.categories = categories
        self.enable = enable
    }

    public var isEmpty: Bool { only.isEmpty && skip.isEmpty && categories.isEmpty && enable.isEmpty }

    static func names(_ rule: RuleMetadata, _ name: String) -> Bool {
        rule.id.caseInsensitiveCompare(name) == .orderedSame || rule.slug == name
    }

    public func apply(_ rules: [RuleMetadata]) -> [RuleMetadata] {
        rules.filter { rule in
            (only.isEmpty || only.contains { Self.names(rule, $0) })
                && !skip.contains { Self.names(rule, $0) }
                && (categories.isEmpty || categories.contains(rule.category.rawValue))
        }
    }

    /// A name that matches no rule of `catalog`, or a category no rule has: the user's typo.
    public func problem(in catalog: [RuleMetadata]) -> String? {
        for name in only + skip + enable where !catalog.contains(where: { Self.names($0, name) }) {
            return "unknown rule `\(name)` (`archlint rules` lists them)"
        }
        let known = Set(catalog.map(\.category.rawValue))
        for category in categories where !known.contains(category) {
            return "unknown category `\(category)` (known: \(known.sorted().joined(separator: ", ")))"
        }
        return nil
    }
}
