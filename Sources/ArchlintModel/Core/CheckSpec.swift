/// A declarative check, read from a rule file's `check:` block: "resources of these types,
/// property P (AWS's default when absent), must satisfy C". `docs/rule-format.md` is its
/// reference; the engine in `ArchlintRules/Declarative` evaluates it.
public struct CheckSpec: Sendable, Hashable {
    /// Resource types the check applies to: exact (`AWS::RDS::DBInstance`) or with `*`
    /// wildcards (`AWS::RDS::*`, `*`).
    public var resourceTypes: [String]
    /// When set, the check runs once per element this path reaches (`Ingress[*]`), and the
    /// other paths are relative to the element.
    public var forEach: PropertyPath?
    /// AWS's value of a property that is not written, by path.
    public var defaults: [PropertyPath: String]
    /// Defaults that depend on other properties, by path: the first case whose `when` holds
    /// (or that has none) gives the value.
    public var defaultCases: [PropertyPath: [CheckCase]]
    /// The check does not apply when any of these holds (or cannot be known).
    public var unless: [CheckCondition]
    /// What must hold; each value that breaks it is a finding.
    public var assert: CheckCondition
    /// The finding's message; `{value}` is the value at fault, `{Path.To.Property}` another
    /// property's value (or its default).
    public var message: String
    /// The message when the value at fault is an absent property judged at its default.
    public var absentMessage: String?
    /// Messages chosen by a condition, tried in order before `message` (`absentMessageCases`
    /// before `absentMessage`).
    public var messageCases: [CheckCase] = []
    public var absentMessageCases: [CheckCase] = []

    public init(resourceTypes: [String], forEach: PropertyPath? = nil, defaults: [PropertyPath: String] = [:],
                defaultCases: [PropertyPath: [CheckCase]] = [:],
                unless: [CheckCondition] = [], assert: CheckCondition, message: String, absentMessage: String? = nil) {
        self.resourceTypes = resourceTypes
        self.forEach = forEach
        self.defaults = defaults
        self.defaultCases = defaultCases
        self.unless = unless
        self.assert = assert
        self.message = message
        self.absentMessage = absentMessage
    }

    /// True when the check applies to resources of `type`.
    public func applies(to type: String) -> Bool {
        resourceTypes.contains { CheckSpec.typeMatches($0, type) }
    }

    /// `*` in a pattern matches any run of characters.
    public static func typeMatches(_ pattern: String, _ type: String) -> Bool {
        guard FastText.contains(pattern, "*") else { return pattern == type }
        let parts = pattern.split(separator: "*", omittingEmptySubsequences: false)
        var rest = Substring(type)
        for (index, part) in parts.enumerated() {
            if index == 0 {
                guard rest.hasPrefix(part) else { return false }
                rest = rest.dropFirst(part.count)
            } else if index == parts.count - 1 {
                return part.isEmpty || rest.hasSuffix(part)
            } else if let range = rest.range(of: part) {
                rest = rest[range.upperBound...]
            } else {
                return false
            }
        }
        return rest.isEmpty
    }
}

/// A value or a message chosen by a condition: `{when: C, value: V}` in `defaults`,
/// `{when: C, text: T}` in `message`. Without `when` it always applies (the last case).
public struct CheckCase: Sendable, Hashable {
    public var when: CheckCondition?
    public var text: String

    public init(when: CheckCondition?, text: String) {
        self.when = when
        self.text = text
    }
}

/// A path into a resource's properties: keys, and `[*]` for every element of a list (or
/// every value of a mapping). Written `BlockDeviceMappings[*].Ebs.Encrypted`.
public struct PropertyPath: Sendable, Hashable, CustomStringConvertible {
    public enum Component: Sendable, Hashable {
        case key(String)
        case each
    }

    /// Where a path starts: the resource's properties, one of its relations (the first
    /// component names it: `subnets[*].public`), or its tags (one key, taken whole).
    public enum Root: Sendable, Hashable {
        case properties, relation, tag
    }

    public var components: [Component]
    public var root: Root = .properties
    /// Written with a leading `/`: read from the resource's properties even inside a
    /// `for-each` check, whose other paths start at the element.
    public var fromResource = false

    public init(_ components: [Component], root: Root = .properties, fromResource: Bool = false) {
        self.components = components
        self.root = root
        self.fromResource = fromResource
    }

    /// Parses the written form; nil when it is empty or malformed. `['a.b']` is one key that
    /// holds dots (a parameter group's `rds.force_ssl`); a leading `/` starts at the resource.
    public init?(parsing text: String) {
        var components: [Component] = []
        var rest = Substring(text)
        if rest.hasPrefix("/") {
            fromResource = true
            rest = rest.dropFirst()
        }
        var expectKey = true
        while !rest.isEmpty {
            if rest.hasPrefix("[*]") {
                guard !components.isEmpty else { return nil }
                components.append(.each)
                rest = rest.dropFirst(3)
                expectKey = false
            } else if rest.hasPrefix("['") {
                guard let close = rest.range(of: "']") else { return nil }
                let key = rest[rest.index(rest.startIndex, offsetBy: 2)..<close.lowerBound]
                guard !key.isEmpty else { return nil }
                components.append(.key(String(key)))
                rest = rest[close.upperBound...]
                expectKey = false
            } else if rest.hasPrefix(".") {
                guard !expectKey else { return nil }
                rest = rest.dropFirst()
                expectKey = true
                guard !rest.isEmpty, !rest.hasPrefix("[") else { return nil }
            } else {
                guard expectKey else { return nil }
                let end = rest.firstIndex { $0 == "." || $0 == "[" } ?? rest.endIndex
                components.append(.key(String(rest[..<end])))
                rest = rest[end...]
                expectKey = false
            }
        }
        guard !components.isEmpty else { return nil }
        self.components = components
    }

    public var description: String {
        if root == .tag, case .key(let key)? = components.first { return "tag \(key)" }
        var text = fromResource ? "/" : ""
        for component in components {
            switch component {
            case .key(let key) where key.contains("."): text += "['\(key)']"
            case .key(let key): text += text.isEmpty || text == "/" ? key : ".\(key)"
            case .each: text += "[*]"
            }
        }
        return text
    }
}

/// A condition over property values, three-valued: it holds, breaks, or cannot be known.
/// Built with `.property`, `.arithmetic`, `.allOf`, `.anyOf`, `.not`; read through `form`.
///
/// A struct, not an `indirect enum`, so that every pointer in it is stored as is: Swift keeps an
/// indirect enum's case in spare high bits of the pointer to its box, where LeakSanitizer does
/// not recognise it, and then reports the rule catalog's conditions (kept in
/// `RuleCatalog.shared` for the life of the process) as leaked, which stops the fuzz targets.
public struct CheckCondition: Sendable, Hashable {
    public enum Form {
        case property(PropertyPath, PropertyTest, default: String?)
        /// The sum or product of several properties' values, or the number of elements of
        /// one or more lists, tested as one number.
        case arithmetic(Arithmetic, [PropertyPath], PropertyTest)
        case allOf([CheckCondition])
        case anyOf([CheckCondition])
        case not(CheckCondition)
    }

    private enum Kind: Hashable { case property, arithmetic, allOf, anyOf, not }
    private let kind: Kind
    /// The conditions `allOf`/`anyOf` combine, or the one `not` negates.
    private let inner: [CheckCondition]
    private let path: PropertyPath?
    private let test: PropertyTest?
    private let defaultValue: String?
    /// The operands of `arithmetic`.
    private let operands: [PropertyPath]
    private let operation: Arithmetic?

    private init(_ kind: Kind, _ inner: [CheckCondition] = [], path: PropertyPath? = nil, test: PropertyTest? = nil,
                 defaultValue: String? = nil, operands: [PropertyPath] = [], operation: Arithmetic? = nil) {
        self.kind = kind
        self.inner = inner
        self.path = path
        self.test = test
        self.defaultValue = defaultValue
        self.operands = operands
        self.operation = operation
    }

    public static func property(_ path: PropertyPath, _ test: PropertyTest, default defaultValue: String?) -> CheckCondition {
        CheckCondition(.property, path: path, test: test, defaultValue: defaultValue)
    }

    public static func arithmetic(_ operation: Arithmetic, _ operands: [PropertyPath], _ test: PropertyTest) -> CheckCondition {
        CheckCondition(.arithmetic, test: test, operands: operands, operation: operation)
    }

    public static func allOf(_ conditions: [CheckCondition]) -> CheckCondition { CheckCondition(.allOf, conditions) }
    public static func anyOf(_ conditions: [CheckCondition]) -> CheckCondition { CheckCondition(.anyOf, conditions) }
    public static func not(_ condition: CheckCondition) -> CheckCondition { CheckCondition(.not, [condition]) }

    /// The condition as an enum to switch over (built on each read, never stored).
    public var form: Form {
        switch kind {
        case .property: return .property(path!, test!, default: defaultValue)
        case .arithmetic: return .arithmetic(operation!, operands, test!)
        case .allOf: return .allOf(inner)
        case .anyOf: return .anyOf(inner)
        case .not: return .not(inner[0])
        }
    }
}

/// What a property's value is tested against.
public enum PropertyTest: Sendable, Hashable {
    case equals(CheckValue)
    case oneOf([CheckValue])
    /// `exists: true` holds when the property is written (even as an unresolved intrinsic).
    case exists(Bool)
    /// A regular expression that must find a match in the value.
    case matches(String)
    case compare(Comparison, Double)
    /// `equals: {property: P}`: equals another property's value.
    case equalsProperty(PropertyPath)
    /// `less-than: {property: P}` and the like: compares with another property's value.
    case compareProperty(Comparison, PropertyPath)
    /// The value, a list of whole numbers and ranges (`200,202`, `200-299`), shares a number
    /// with one of these ranges.
    case overlaps([ClosedRange<Int>])

    /// The other property a test compares with.
    public var reference: PropertyPath? {
        switch self {
        case .equalsProperty(let path), .compareProperty(_, let path): return path
        default: return nil
        }
    }

    public enum Comparison: String, Sendable, Hashable, CaseIterable {
        case lessThan = "less-than"
        case atMost = "at-most"
        case greaterThan = "greater-than"
        case atLeast = "at-least"
    }
}

/// What `sum`/`product`/`count` subjects compute: `count` is the number of elements of the
/// lists its paths reach, together.
public enum Arithmetic: String, Sendable, Hashable, CaseIterable {
    case sum, product, count
}

/// A value a property is compared with: booleans and numbers compare by value (`'false'`,
/// `False` and `false` are one), text exactly.
public enum CheckValue: Sendable, Hashable, CustomStringConvertible {
    case bool(Bool)
    case number(Double)
    case text(String)

    /// A value as written unquoted: `true`/`false` (any case of the first letter, or all
    /// capitals) and numbers by value, anything else as text.
    public init(plain text: String) {
        switch text {
        case "true", "True", "TRUE": self = .bool(true)
        case "false", "False", "FALSE": self = .bool(false)
        default: self = Double(text).map(CheckValue.number) ?? .text(text)
        }
    }

    public var description: String {
        switch self {
        case .bool(let value): return value ? "true" : "false"
        case .number(let value): return value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        case .text(let text): return text
        }
    }
}
