import ArchlintModel
import ArchlintYAML
import Foundation

/// Reads a rule file's `check:` block: one check (a mapping) or several (a list of them).
/// Every mistake is an error at its line and column.
enum CheckParser {
    static func checks(_ node: Node) throws -> [CheckSpec] {
        switch node.kind {
        case .sequence(let items):
            guard !items.isEmpty else { throw error(node, "`check` lists no checks") }
            return try items.map(check)
        case .mapping:
            return [try check(node)]
        case .scalar:
            throw error(node, "`check` must be a mapping or a list of mappings")
        }
    }

    /// The resource types (patterns) of every check under `node`, read without parsing the
    /// checks, in the order `checks` gives them; nil when a check does not name them plainly.
    static func resourceTypes(_ node: Node) -> [String]? {
        var types: [String] = []
        for check in node.isSequence ? node.items : [node] {
            guard check.isMapping, let resources = check["resources"], let found = try? strings(resources, "resources"),
                  !found.isEmpty else { return nil }
            types += found
        }
        return types.isEmpty ? nil : types
    }

    /// Every `matches:` pattern under `node` compiles, or an error at the first that does not.
    /// Run on a rule file read whole (rule packs, `explain`, the tests); the embedded catalog
    /// skips it at start-up, since a test reads every embedded rule whole.
    static func validatePatterns(in node: Node) throws {
        switch node.kind {
        case .scalar:
            return
        case .sequence(let items):
            for item in items { try validatePatterns(in: item) }
        case .mapping(let pairs):
            // A condition (it names its subject): not a `defaults` entry for a property named `matches`.
            let isCondition = subjectKeys.contains { node[$0] != nil }
            for pair in pairs {
                if isCondition, pair.key.scalar == "matches", let pattern = pair.value.scalar {
                    do {
                        _ = try NSRegularExpression(pattern: pattern)
                    } catch {
                        throw Self.error(pair.value, "`matches` is not a valid regular expression: \(pattern)")
                    }
                } else {
                    try validatePatterns(in: pair.value)
                }
            }
        }
    }

    static let checkKeys: Set<String> = ["resources", "for-each", "defaults", "unless", "assert", "message", "absent-message"]

    static func check(_ node: Node) throws -> CheckSpec {
        try requireMapping(node, "a check")
        try rejectUnknownKeys(node, allowed: checkKeys, what: "check")
        guard let resources = node["resources"] else { throw error(node, "check without `resources`") }
        let types = try strings(resources, "resources")
        guard !types.isEmpty else { throw error(resources, "`resources` names no resource type") }
        for type in types where !(type == "*" || type.contains("::")) {
            throw error(resources, "`\(type)` is not a resource type (`AWS::Service::Resource`, wildcards allowed)")
        }
        var defaults: [PropertyPath: String] = [:]
        var defaultCases: [PropertyPath: [CheckCase]] = [:]
        if let node = node["defaults"] {
            try requireMapping(node, "`defaults`")
            for pair in node.pairs {
                guard let key = pair.key.scalar else { throw error(pair.key, "a default is a property path and a scalar value") }
                if pair.value.isSequence {
                    defaultCases[try path(key, at: pair.key)] = try cases(pair.value, "value", types: types)
                    continue
                }
                guard let value = pair.value.scalar, !pair.value.isMapping else {
                    throw error(pair.key, "a default is a property path and a scalar value, or a list of cases")
                }
                defaults[try path(key, at: pair.key)] = value
            }
            try rejectCycles(defaultCases, in: node)
        }
        guard let assertNode = node["assert"] else { throw error(node, "check without `assert`") }
        guard let messageNode = node["message"] else { throw error(node, "check without `message`") }
        let (messageCases, message) = try messages(messageNode, types: types)
        guard !message.isEmpty else { throw error(node, "check without `message`") }
        let absent = try node["absent-message"].map { try messages($0, types: types) }
        let unless = try (node["unless"].map { $0.isSequence ? $0.items : [$0] } ?? []).map { try condition($0, types: types) }
        var spec = CheckSpec(resourceTypes: types,
                             forEach: try node["for-each"].map { try path(try scalar($0, "for-each"), at: $0) },
                             defaults: defaults, defaultCases: defaultCases, unless: unless,
                             assert: try condition(assertNode, types: types),
                             message: message, absentMessage: absent?.last)
        spec.messageCases = messageCases
        spec.absentMessageCases = absent?.cases ?? []
        return spec
    }

    /// `{when: C, <key>: V}` cases; only the last may leave out `when`.
    static func cases(_ node: Node, _ key: String, types: [String]) throws -> [CheckCase] {
        guard !node.items.isEmpty else { throw error(node, "a list of cases is empty") }
        return try node.items.enumerated().map { index, item in
            try requireMapping(item, "a case")
            try rejectUnknownKeys(item, allowed: ["when", key], what: "case")
            guard let valueNode = item[key], let text = valueNode.scalar else { throw error(item, "a case needs `\(key)` (a scalar)") }
            let when = try item["when"].map { try condition($0, types: types) }
            if when == nil, index != node.items.count - 1 { throw error(item, "only the last case may leave out `when`") }
            return CheckCase(when: when, text: key == "text" ? RuleFileParser.trimmed(text) : text)
        }
    }

    /// A message: a text, or cases whose last one (without `when`) is the fallback.
    static func messages(_ node: Node, types: [String]) throws -> (cases: [CheckCase], last: String) {
        if let text = node.scalar { return ([], RuleFileParser.trimmed(text)) }
        guard node.isSequence else { throw error(node, "a message is a text or a list of cases") }
        var found = try cases(node, "text", types: types)
        guard let last = found.popLast(), last.when == nil else { throw error(node, "the last message case has no `when`") }
        return (found, last.text)
    }

    /// A default whose cases read, through others, the property it is the default of would
    /// never finish: an error.
    static func rejectCycles(_ cases: [PropertyPath: [CheckCase]], in node: Node) throws {
        func reads(_ path: PropertyPath) -> [PropertyPath] {
            (cases[path] ?? []).compactMap(\.when).flatMap(paths).filter { cases[$0] != nil }
        }
        for start in cases.keys.sorted(by: { $0.description < $1.description }) {
            var stack = reads(start), seen: Set<PropertyPath> = []
            while let next = stack.popLast() {
                if next == start { throw error(node, "the default of `\(start)` depends on itself") }
                if seen.insert(next).inserted { stack += reads(next) }
            }
        }
    }

    /// Every property path a condition reads.
    static func paths(in condition: CheckCondition) -> [PropertyPath] {
        switch condition.form {
        case .property(let path, let test, _): return [path] + (test.reference.map { [$0] } ?? [])
        case .arithmetic(_, let operands, let test): return operands + (test.reference.map { [$0] } ?? [])
        case .allOf(let inner), .anyOf(let inner): return inner.flatMap(paths)
        case .not(let inner): return paths(in: inner)
        }
    }

    static let testKeys = Set(["equals", "one-of", "exists", "matches", "overlaps"] + PropertyTest.Comparison.allCases.map(\.rawValue))

    static let subjectKeys = ["property", "relation", "tag"] + Arithmetic.allCases.map(\.rawValue)

    /// `types`: the check's resource types, which a relation must be defined for.
    static func condition(_ node: Node, types: [String]) throws -> CheckCondition {
        try requireMapping(node, "a condition")
        if let tag = node["has-tag"] {
            try rejectUnknownKeys(node, allowed: ["has-tag"], what: "condition", exactlyOne: true)
            return .property(PropertyPath([.key(try scalar(tag, "has-tag"))], root: .tag), .exists(true), default: nil)
        }
        if let items = node["all-of"] ?? node["any-of"] {
            try rejectUnknownKeys(node, allowed: ["all-of", "any-of"], what: "condition", exactlyOne: true)
            guard items.isSequence, !items.items.isEmpty else { throw error(items, "`all-of`/`any-of` takes a list of conditions") }
            let inner = try items.items.map { try condition($0, types: types) }
            return node["all-of"] != nil ? .allOf(inner) : .anyOf(inner)
        }
        if let inner = node["not"] {
            try rejectUnknownKeys(node, allowed: ["not"], what: "condition", exactlyOne: true)
            return .not(try condition(inner, types: types))
        }
        let subjects = subjectKeys.filter { node[$0] != nil }
        guard let subject = subjects.first, let pathNode = node[subject] else {
            throw error(node, "a condition needs `property`, `relation`, `tag`, `sum`, `product` or `count` (with a test), `has-tag`, `all-of`, `any-of` or `not`")
        }
        guard subjects.count == 1 else { throw error(node, "a condition tests one of `property`, `relation`, `tag`, `sum`, `product` or `count`, not several") }
        try rejectUnknownKeys(node, allowed: testKeys.union([subject] + (subject == "property" ? ["default"] : [])), what: "condition")
        let tests = node.pairs.compactMap { pair -> Node.Pair? in
            guard let key = pair.key.scalar, testKeys.contains(key) else { return nil }
            return pair
        }
        guard tests.count == 1, let test = tests.first, let name = test.key.scalar else {
            throw error(node, "a property condition takes exactly one test: \(testKeys.sorted().joined(separator: ", "))")
        }
        if let operation = Arithmetic(rawValue: subject) {
            let paths: [Node]
            if operation == .count, !pathNode.isSequence {
                paths = [pathNode]
            } else {
                let least = operation == .count ? 1 : 2
                guard pathNode.isSequence, pathNode.items.count >= least else {
                    throw error(pathNode, operation == .count
                        ? "`count` takes a property path or a list of them"
                        : "`\(subject)` takes a list of two or more property paths")
                }
                paths = pathNode.items
            }
            let test = try propertyTest(name, test.value)
            if case .exists = test { throw error(node, "`exists` does not apply to a `\(subject)`") }
            return .arithmetic(operation, try paths.map(onePath), test)
        }
        var property: PropertyPath
        switch subject {
        case "tag":
            property = PropertyPath([.key(try scalar(pathNode, "tag"))], root: .tag)
        case "relation":
            property = try path(try scalar(pathNode, "relation"), at: pathNode)
            property.root = .relation
            if let problem = RelationCatalog.problem(property, types: types) { throw error(pathNode, problem) }
        default:
            property = try path(try scalar(pathNode, "property"), at: pathNode)
        }
        let defaultValue = try node["default"].map { try scalar($0, "default") }
        return .property(property, try propertyTest(name, test.value), default: defaultValue)
    }

    static func propertyTest(_ name: String, _ node: Node) throws -> PropertyTest {
        switch name {
        case "equals":
            if let other = try reference(node) { return .equalsProperty(other) }
            return .equals(try value(node))
        case "one-of":
            guard node.isSequence, !node.items.isEmpty else { throw error(node, "`one-of` takes a list of values") }
            return .oneOf(try node.items.map(value))
        case "exists":
            guard node.isPlainScalar, let text = node.scalar, text == "true" || text == "false" else {
                throw error(node, "`exists` is true or false")
            }
            return .exists(text == "true")
        case "matches":
            // Whether the pattern compiles is checked by `validatePatterns` (a pattern costs
            // as much to compile as a whole check to read).
            return .matches(try scalar(node, "matches"))
        case "overlaps":
            let text = try scalar(node, "overlaps")
            guard let ranges = NumberRanges.parse(text), ranges.count == text.split(separator: ",").count else {
                throw error(node, "`overlaps` takes whole numbers and ranges: `400-599`, `404,500-599`")
            }
            return .overlaps(ranges)
        default:
            guard let comparison = PropertyTest.Comparison(rawValue: name) else { throw error(node, "`\(name)` takes a number") }
            if let other = try reference(node) { return .compareProperty(comparison, other) }
            guard let text = node.scalar, let number = Double(text) else { throw error(node, "`\(name)` takes a number") }
            return .compare(comparison, number)
        }
    }

    /// `{property: P}` in place of a value: the value of another property.
    static func reference(_ node: Node) throws -> PropertyPath? {
        guard node.isMapping else { return nil }
        try rejectUnknownKeys(node, allowed: ["property"], what: "value", exactlyOne: true)
        guard let pathNode = node["property"] else { return nil }
        return try onePath(pathNode)
    }

    /// A path that reaches one value (no `[*]`): an operand or a value referred to.
    static func onePath(_ node: Node) throws -> PropertyPath {
        let found = try path(try scalar(node, "a property path"), at: node)
        guard !found.components.contains(.each) else { throw error(node, "`\(found)` must reach one value (no `[*]`)") }
        return found
    }

    /// Plain `true`/`false` and numbers compare by value; anything quoted compares as text.
    static func value(_ node: Node) throws -> CheckValue {
        let text = try scalar(node, "a value")
        return node.isPlainScalar ? CheckValue(plain: text) : .text(text)
    }

    // MARK: Pieces

    static func path(_ text: String, at node: Node) throws -> PropertyPath {
        guard let path = PropertyPath(parsing: text) else {
            throw error(node, "`\(text)` is not a property path (keys separated by dots, `[*]` for every element)")
        }
        return path
    }

    static func scalar(_ node: Node, _ what: String) throws -> String {
        guard let text = node.scalar else { throw error(node, "\(what) must be a scalar") }
        return text
    }

    static func strings(_ node: Node, _ what: String) throws -> [String] {
        if let text = node.scalar { return [text] }
        return try node.items.map { try scalar($0, "an entry of `\(what)`") }
    }

    static func requireMapping(_ node: Node, _ what: String) throws {
        guard node.isMapping else { throw error(node, "\(what) must be a mapping") }
    }

    static func rejectUnknownKeys(_ node: Node, allowed: Set<String>, what: String, exactlyOne: Bool = false) throws {
        for pair in node.pairs {
            guard let key = pair.key.scalar, allowed.contains(key) else {
                throw error(pair.key, "unknown key `\(pair.key.scalar ?? "?")` in a \(what) (expected one of: \(allowed.sorted().joined(separator: ", ")))")
            }
        }
        if exactlyOne, node.pairs.count != 1 {
            throw error(node, "`\(node.pairs.first?.key.scalar ?? "")` stands alone in its condition")
        }
    }

    static func error(_ node: Node, _ message: String) -> RuleFileError {
        RuleFileError(message, at: node)
    }
}
