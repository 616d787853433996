import ArchlintIAMCatalog
import ArchlintModel
import ArchlintYAML

/// Reads `.archlint.yml` with the located YAML composer, so that every mistake is reported at
/// its line and column: unknown keys, unknown rules, values of the wrong type. Nothing is
/// silently ignored.
public struct ConfigParser {
    /// The parameters each rule takes beside `enabled` and `severity`.
    public static let parameters: [String: [String]] = [
        "CE102": ["window-days"], "CE104": ["window-days"],
        "EN101": ["secret-names"],
        "LP112": ["allowed-principals"],
        "LP106": ["star-only-actions"], "LP107": ["star-only-actions"],
    ]
    static let topKeys = ["fail-on", "exclude", "enable", "rules", "rule-packs", "suppress", "stacks"]
    static let suppressKeys = ["rule", "path", "resource", "reason", "until"]

    let file: String
    let catalog: [RuleMetadata]

    /// - Parameters:
    ///   - file: the path shown in messages.
    ///   - directory: the absolute directory holding the file.
    ///   - packs: rule packs from the command line (`--rules`), loaded with the configuration's
    ///     own `rule-packs:` so that `rules:` and `suppress:` may name their rules.
    public static func parse(_ bytes: [UInt8], file: String, directory: String,
                             catalog: [RuleMetadata], packs: [RulePackSource] = []) throws(GateError) -> GateConfig {
        var parser = ConfigParser(file: file, catalog: catalog)
        let documents: [Node]
        do {
            documents = try YAML.parse(bytes, limits: YAMLLimits(maxDepth: 64, maxNodes: 1_000_000, maxAliasExpansion: 100_000,
                                                                 maxBytes: 16 * 1024 * 1024))
        } catch {
            throw GateError(error.message, at: parser.site(error.mark))
        }
        var config = GateConfig(file: file, directory: directory)
        guard let root = documents.first else { return config }
        if documents.count > 1 {
            throw GateError("the configuration must be a single YAML document", at: parser.site(documents[1].mark))
        }
        if root.isNull {
            config.packRules = try RulePacks.load(packs, builtIn: catalog)
            return config
        }
        var sources: [RulePackSource] = []
        if root.isMapping, let list = root["rule-packs"] {
            sources = try parser.list(list, "`rule-packs` (directories or files of rules, relative to the configuration)")
                .map { node throws(GateError) in
                    let text = try parser.string(node, "a rule pack")
                    return RulePackSource(path: PathResolver.lexical(text.hasPrefix("/") ? text : directory + "/" + text),
                                          shown: text, site: parser.site(node.mark))
                }
        }
        config.packRules = try RulePacks.load(sources + packs, builtIn: catalog)
        parser = ConfigParser(file: file, catalog: catalog + config.packRules)
        try parser.read(root, into: &config)
        return config
    }

    func site(_ mark: Mark, path: String = "") -> Site {
        Site(file: file, line: max(1, mark.line), column: max(1, mark.column), path: path)
    }

    func fail(_ message: String, at node: Node) -> GateError {
        GateError(message, at: site(node.mark))
    }

    // MARK: Sections

    func read(_ root: Node, into config: inout GateConfig) throws(GateError) {
        let pairs = try mapping(root, "the configuration")
        var enable: Node?
        for pair in pairs {
            let key = try keyText(pair.key, allowed: Self.topKeys, in: "the configuration")
            switch key {
            case "fail-on":
                let text = try string(pair.value, "`fail-on`")
                guard let value = FailOn(rawValue: text) else {
                    throw fail("`fail-on` must be one of error, warning, note, never (got `\(text)`)", at: pair.value)
                }
                config.failOn = value
            case "exclude":
                config.exclude = try list(pair.value, "`exclude`").map { node throws(GateError) in
                    try glob(node, "`exclude`")
                }
            case "rules":
                if pair.value.isSequence {
                    throw fail("`rules` configures rules by ID (a mapping such as `rules: {HC109: {enabled: false}}`); list rule packs under `rule-packs:` (`rule-packs: [policies/]`)",
                               at: pair.value)
                }
                try readRules(pair.value, into: &config)
            case "enable":
                enable = pair.value
            case "rule-packs":
                break  // read first, in `parse`
            case "stacks":
                config.stacks = try list(pair.value, "`stacks`").map { node throws(GateError) in try stack(node, in: config) }
            default:
                config.suppressions = try list(pair.value, "`suppress`").map { node throws(GateError) in
                    try suppression(node)
                }
            }
        }
        if let enable { try readEnable(enable, into: &config) }
    }

    /// `enable: [LP170, ...]`: opt-in rules to run (read after `rules:`, which it must not
    /// contradict). Naming a rule that runs anyway is harmless.
    func readEnable(_ node: Node, into config: inout GateConfig) throws(GateError) {
        for item in try list(node, "`enable` (rule IDs or slugs)") {
            let name = try string(item, "a rule ID")
            guard let rule = Self.rule(name, in: catalog) else {
                throw fail("unknown rule `\(name)` in `enable` (`archlint rules` lists them)", at: item)
            }
            var setting = config.rules[rule.id] ?? RuleSetting()
            if setting.enabled == false {
                throw fail("rule \(rule.id) is in `enable` but `rules` sets `enabled: false` for it", at: item)
            }
            setting.enabled = true
            config.rules[rule.id] = setting
        }
    }

    /// `{template, parameters}`: a template judged with the parameter values it deploys with.
    func stack(_ node: Node, in config: GateConfig) throws(GateError) -> StackSetting {
        var template: (String, Site)?
        var parameters: (String, Site)?
        for pair in try mapping(node, "a stack") {
            let key = try keyText(pair.key, allowed: ["template", "parameters"], in: "a stack")
            let value = (try string(pair.value, "`\(key)`"), site(pair.value.mark))
            if key == "template" { template = value } else { parameters = value }
        }
        guard let template else { throw fail("a stack needs a `template`", at: node) }
        guard let parameters else { throw fail("a stack needs `parameters` (a parameter file)", at: node) }
        func absolute(_ path: String) -> String {
            PathResolver.lexical(path.hasPrefix("/") ? path : config.directory + "/" + path)
        }
        return StackSetting(template: absolute(template.0), templateSite: template.1,
                            parameters: absolute(parameters.0), parametersShown: parameters.0, parametersSite: parameters.1)
    }

    func readRules(_ node: Node, into config: inout GateConfig) throws(GateError) {
        var seen: [String: Node] = [:]
        var windowSet: Node?
        for pair in try mapping(node, "`rules`") {
            let name = try string(pair.key, "a rule ID")
            guard let rule = Self.rule(name, in: catalog) else {
                throw fail("unknown rule `\(name)` in `rules` (`archlint rules` lists them)", at: pair.key)
            }
            if let first = seen[rule.id] {
                throw fail("rule \(rule.id) is configured twice (first at line \(first.mark.line))", at: pair.key)
            }
            seen[rule.id] = pair.key
            let accepted = ["enabled", "severity"] + (Self.parameters[rule.id] ?? [])
            var setting = RuleSetting()
            for entry in try mapping(pair.value, "rule \(rule.id)") {
                let key = try keyText(entry.key, allowed: accepted, in: "rule \(rule.id)")
                let what = "`\(key)` of \(rule.id)"
                switch key {
                case "enabled":
                    setting.enabled = try bool(entry.value, what)
                case "severity":
                    let text = try string(entry.value, what)
                    guard let severity = Severity(rawValue: text) else {
                        throw fail("\(what) must be error, warning or note (got `\(text)`)", at: entry.value)
                    }
                    setting.severity = severity
                case "window-days":
                    let days = try int(entry.value, what, range: 0...3650)
                    if let previous = windowSet, let old = config.expiryWindowDays, old != days {
                        throw fail("\(what) is \(days) but line \(previous.mark.line) sets \(old): CE102 and CE104 share one expiry window",
                                   at: entry.value)
                    }
                    config.expiryWindowDays = days
                    windowSet = entry.value
                case "secret-names":
                    for item in try list(entry.value, what) {
                        let text = try string(item, what)
                        guard !text.isEmpty, text.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-") }) else {
                            throw fail("\(what): `\(text)` is not a variable-name fragment (letters, digits, _ and -)", at: item)
                        }
                        config.secretNames.append(text.uppercased())
                    }
                case "allowed-principals":
                    for item in try list(entry.value, what) {
                        let text = try string(item, what)
                        let isAccount = text.count == 12 && text.allSatisfy { $0.isASCII && $0.isNumber }
                        guard isAccount || (text.hasPrefix("arn:") && text.split(separator: ":", omittingEmptySubsequences: false).count >= 6) else {
                            throw fail("\(what): `\(text)` is neither a 12-digit account ID nor a principal ARN", at: item)
                        }
                        config.allowedPrincipals.append(text)
                    }
                default:  // star-only-actions
                    for item in try list(entry.value, what) {
                        let text = try string(item, what)
                        let actions = text.contains(":") ? IAMCatalog.shared.expand(text) : []
                        guard !actions.isEmpty else {
                            throw fail("\(what): `\(text)` names no IAM action (write service:Action, e.g. ec2:DescribeInstances)", at: item)
                        }
                        config.starOnlyActions += actions.map(\.fullName)
                    }
                }
            }
            config.rules[rule.id] = setting
        }
        config.secretNames = Array(Set(config.secretNames)).sorted()
        config.starOnlyActions = Array(Set(config.starOnlyActions)).sorted()
    }

    func suppression(_ node: Node) throws(GateError) -> Suppression {
        var values: [String: Node] = [:]
        for pair in try mapping(node, "a suppression") {
            let key = try keyText(pair.key, allowed: Self.suppressKeys, in: "a suppression")
            values[key] = pair.value
        }
        let fields = values.mapValues { node in (node.scalar, site(node.mark)) }
        var checked = try Self.checkFields(fields, entry: site(node.mark), catalog: catalog)
        let path = try values["path"].map { node throws(GateError) in try glob(node, "`path`") }
        let resource = try values["resource"].map { node throws(GateError) in try string(node, "`resource`") }
        if path == nil && resource == nil {
            throw fail("a suppression needs `path` or `resource` (to turn a rule off everywhere, set `enabled: false` under `rules`)",
                       at: node)
        }
        checked.scope = .config(path: path, resource: resource)
        return checked
    }

    /// The fields every suppression has (`rule`, `reason`, `until`), checked; shared with the
    /// inline form. `fields` maps keys to their scalar text (nil: not a scalar) and site.
    static func checkFields(_ fields: [String: (text: String?, site: Site)], entry: Site,
                            catalog: [RuleMetadata]) throws(GateError) -> Suppression {
        func text(_ key: String) throws(GateError) -> (String, Site)? {
            guard let field = fields[key] else { return nil }
            guard let value = field.text else { throw GateError("`\(key)` must be a string", at: field.site) }
            return (value, field.site)
        }
        guard let (ruleText, ruleSite) = try text("rule") else {
            throw GateError("a suppression needs `rule` (a rule ID such as LP101)", at: entry)
        }
        guard let rule = rule(ruleText, in: catalog) else {
            throw GateError("unknown rule `\(ruleText)` in a suppression (`archlint rules` lists them)", at: ruleSite)
        }
        guard let (reason, reasonSite) = try text("reason") else {
            throw GateError("a suppression needs a `reason`: say why \(rule.id) is accepted here", at: entry)
        }
        if reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw GateError("the `reason` of a suppression must not be empty", at: reasonSite)
        }
        var until: WaiverDate?
        if let (untilText, untilSite) = try text("until") {
            guard let date = WaiverDate(untilText) else {
                throw GateError("`until` must be a date such as 2027-01-31 (got `\(untilText)`)", at: untilSite)
            }
            until = date
        }
        return Suppression(rule: rule.id, scope: .config(path: nil, resource: nil),
                           reason: reason.trimmingCharacters(in: .whitespacesAndNewlines), until: until, site: entry)
    }

    /// A rule by ID (any case) or slug, as `archlint explain` finds it.
    static func rule(_ name: String, in catalog: [RuleMetadata]) -> RuleMetadata? {
        catalog.first { $0.id.caseInsensitiveCompare(name) == .orderedSame || $0.slug == name }
    }

    // MARK: Typed values

    func keyText(_ key: Node, allowed: [String], in place: String) throws(GateError) -> String {
        guard let text = key.scalar else { throw fail("keys of \(place) must be strings", at: key) }
        guard allowed.contains(text) else {
            throw fail("unknown key `\(text)` in \(place) (expected: \(allowed.joined(separator: ", ")))", at: key)
        }
        return text
    }

    func mapping(_ node: Node, _ what: String) throws(GateError) -> [Node.Pair] {
        guard node.isMapping else { throw fail("\(what) must be a mapping", at: node) }
        return node.pairs
    }

    func list(_ node: Node, _ what: String) throws(GateError) -> [Node] {
        guard node.isSequence else { throw fail("\(what) must be a list", at: node) }
        return node.items
    }

    func string(_ node: Node, _ what: String) throws(GateError) -> String {
        guard let text = node.scalar, !node.isNull else { throw fail("\(what) must be a string", at: node) }
        return text
    }

    func bool(_ node: Node, _ what: String) throws(GateError) -> Bool {
        if node.isPlainScalar && node.tag == nil {
            if node.scalar == "true" { return true }
            if node.scalar == "false" { return false }
        }
        throw fail("\(what) must be true or false", at: node)
    }

    func int(_ node: Node, _ what: String, range: ClosedRange<Int>) throws(GateError) -> Int {
        guard node.isPlainScalar, node.tag == nil, let text = node.scalar, let value = Int(text), range.contains(value) else {
            throw fail("\(what) must be a whole number from \(range.lowerBound) to \(range.upperBound)", at: node)
        }
        return value
    }

    func glob(_ node: Node, _ what: String) throws(GateError) -> Glob {
        let text = try string(node, what)
        guard let glob = Glob(text) else { throw fail("\(what): `\(text)` is not a usable path pattern", at: node) }
        return glob
    }
}
