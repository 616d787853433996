import ArchlintModel
import ArchlintYAML

/// What a template knows about its own names: which logical IDs are resources (and of what
/// type) and which are parameters. Intrinsics are resolved against it, offline.
/// A class: every cursor of a template carries it, and a struct copied three references each time.
final class TemplateContext: Sendable {
    let file: String
    let resourceTypes: [String: String]
    let parameters: Set<String>
    /// Each parameter's `Default` and `AllowedValues`: a `Ref` to a parameter (or a `${Name}`
    /// in `Fn::Sub`) is judged at its stack's value, else at its `Default`.
    let parameterValues: [String: ParameterValues]
    /// Where a typed value was read at a parameter's `Default`: its findings say so.
    let defaultUses = DefaultUses()
    /// What substitution may add to the template's values in all.
    let budget = ResolvedBudget()
    /// The file's text (UTF-8), to locate text inside unresolved functions (`TemplateTexts`).
    let source: SourceLines?
    /// The template's `Mappings`, for `Fn::FindInMap`.
    let mappings: Node?
    /// The template's `Conditions` that are decided offline (`TemplateConditions`).
    let decidedConditions: [String: DecidedCondition]
    /// Whether any is: a `Fn::If` can read as a branch only then (asked of every value).
    let hasDecidedConditions: Bool

    init(file: String, resourceTypes: [String: String], parameters: Set<String>,
         parameterValues: [String: ParameterValues] = [:], source: SourceLines? = nil, mappings: Node? = nil,
         decidedConditions: [String: DecidedCondition] = [:]) {
        self.file = file
        self.resourceTypes = resourceTypes
        self.parameters = parameters
        self.parameterValues = parameterValues
        self.source = source
        self.mappings = mappings
        self.decidedConditions = decidedConditions
        hasDecidedConditions = !decidedConditions.isEmpty
    }

    /// The same context with the template's `Conditions` decided (against this one's
    /// parameters and mappings); itself when none is.
    func deciding(_ conditions: Node?) -> TemplateContext {
        let decided = TemplateConditions.decide(conditions, in: self)
        guard !decided.isEmpty else { return self }
        return TemplateContext(file: file, resourceTypes: resourceTypes, parameters: parameters,
                               parameterValues: parameterValues, source: source, mappings: mappings,
                               decidedConditions: decided)
    }

    /// The string an intrinsic stands for when it can be known offline. A parameter reads as
    /// its stack's value, else as its `Default` (its name is added to `defaults`); parts that
    /// depend on deployment (parameters without either, physical IDs, pseudo parameters) stay
    /// as `${Name}` placeholders inside the text; a result that is nothing but placeholders is
    /// unknown (nil).
    func resolveString(_ intrinsic: Intrinsic, defaults: inout [String]) -> String? {
        resolveString(intrinsic, nesting: 0, defaults: &defaults)
    }

    /// A parameter's value offline: its stack's, else its `Default` (noted in `defaults`).
    private func parameterText(_ name: String, defaults: inout [String]) -> String? {
        guard let values = parameterValues[name] else { return nil }
        if let deployed = values.deployed { return deployed.value }
        guard let value = values.defaultValue else { return nil }
        defaults.addNew([name])
        return value
    }

    /// Functions nested deeper than this (`Fn::Join` in `Fn::Join` ...) are not resolved: they
    /// stay unknown, and the recursion stays far from the end of the thread's stack.
    static let maxNesting = 64

    /// A string resolved offline longer than this stays unknown: a short `Fn::Sub` or
    /// `Fn::Join` that repeats a long `Default` (or variable) would otherwise grow without bound.
    static let maxResolvedBytes = 1 << 20

    private func resolveString(_ intrinsic: Intrinsic, nesting: Int, defaults: inout [String]) -> String? {
        guard nesting < Self.maxNesting else { return nil }
        switch intrinsic {
        case .sub(let template, let variables):
            guard let text = substitute(template, variables: variables, defaults: &defaults),
                  budget.spend(text.utf8.count - template.utf8.count) else { return nil }
            return Self.hasLiteralText(text) ? text : nil
        case .join(let separator, let parts):
            var pieces: [String] = []
            var length = 0
            for part in parts {
                length += (pieces.last?.utf8.count ?? 0) + separator.utf8.count
                guard length <= Self.maxResolvedBytes else { return nil }
                if let text = part.scalar, part.tag == nil, !isIntrinsicMapping(part) {
                    pieces.append(text)
                } else if let inner = Intrinsic.of(part), case .ref(let name) = inner {
                    guard let value = parameterText(name, defaults: &defaults) else {
                        pieces.append("${\(name)}")
                        continue
                    }
                    guard budget.spend(value.utf8.count) else { return nil }
                    pieces.append(value)
                } else if let inner = Intrinsic.of(part), case .getAtt(let resource, let attribute) = inner {
                    pieces.append("${\(resource).\(attribute)}")
                } else if let inner = Intrinsic.of(part), let text = resolveString(inner, nesting: nesting + 1, defaults: &defaults) {
                    pieces.append(text)
                } else {
                    pieces.append("${?}")
                }
            }
            guard length + (pieces.last?.utf8.count ?? 0) <= Self.maxResolvedBytes else { return nil }
            let text = pieces.joined(separator: separator)
            return Self.hasLiteralText(text) ? text : nil
        case .ref(let name):
            return parameterText(name, defaults: &defaults)
        case .findInMap(let map, let top, let second, let fallback):
            return findInMap(map, top, second, fallback: fallback, nesting: nesting, defaults: &defaults)
        case .getAtt, .condition, .choice, .other:
            // (A `Fn::If` on a decided condition was replaced by its branch before anything
            // was read: `resolvingChoices`. One left is undecided, or nested past its reach.)
            return nil
        }
    }

    /// The value `Fn::FindInMap` picks when its three keys are known offline (literals, or
    /// functions that resolve: a parameter's value or `Default`, another `Fn::FindInMap`) and
    /// the entry is a plain string; its `DefaultValue` when the keys are known but the entry is
    /// not there. A key that depends on deployment (`AWS::Region`) leaves it unknown.
    private func findInMap(_ map: Node, _ top: Node, _ second: Node, fallback: Node?, nesting: Int,
                           defaults: inout [String]) -> String? {
        var used: [String] = []
        func key(_ node: Node) -> String? {
            if node.tag == nil, case .scalar(let text) = node.kind { return text }
            guard let inner = Intrinsic.of(node) else { return nil }
            return resolveString(inner, nesting: nesting + 1, defaults: &used)
        }
        guard let mapName = key(map), let topKey = key(top), let secondKey = key(second) else { return nil }
        let entry = mappings.flatMap { Cursor.childNode($0, mapName) }.flatMap { Cursor.childNode($0, topKey) }
            .flatMap { Cursor.childNode($0, secondKey) } ?? fallback
        guard let entry, entry.tag == nil, !entry.isNull, case .scalar(let text) = entry.kind else { return nil }
        defaults.addNew(used)
        return text
    }

    /// The resource an intrinsic points at: `Ref`/`GetAtt` to a logical ID of this template,
    /// or an ARN or name spelled out by `Fn::Sub`/`Fn::Join`.
    /// Parameters read at their `Default` are added to `defaults`, as `resolveString` does.
    func resolveReference(_ intrinsic: Intrinsic, defaults: inout [String]) -> Reference? {
        switch intrinsic {
        case .ref(let name):
            if resourceTypes[name] != nil { return .logical(file: file, id: name) }
            return parameterText(name, defaults: &defaults).map(Reference.literal)
        case .getAtt(let resource, _):
            return resourceTypes[resource] != nil ? .logical(file: file, id: resource) : nil
        case .sub, .join, .findInMap:
            return resolveString(intrinsic, defaults: &defaults).map(Reference.literal)
        case .condition, .choice, .other:
            return nil
        }
    }

    /// The logical type of the resource an intrinsic points at, if it is one of this template's.
    func resourceType(of intrinsic: Intrinsic) -> String? {
        switch intrinsic {
        case .ref(let name): return resourceTypes[name]
        case .getAtt(let resource, _): return resourceTypes[resource]
        default: return nil
        }
    }

    private func isIntrinsicMapping(_ node: Node) -> Bool { Intrinsic.of(node) != nil }

    /// `Fn::Sub`'s own variables first (they hide a parameter of the same name, as in
    /// CloudFormation), then parameters with a value offline.
    /// Nil when the result would be longer than `maxResolvedBytes`.
    private func substitute(_ template: String, variables: Node?, defaults: inout [String]) -> String? {
        var text = template
        if let variables, case .mapping(let pairs) = variables.kind {
            for pair in pairs {
                guard let name = pair.key.scalar, let value = pair.value.scalar, pair.value.tag == nil else { continue }
                guard Self.replace("${\(name)}", with: value, in: &text) else { return nil }
            }
        }
        var replaced: Set<String> = []
        for name in EntryReferences.placeholders(text) where replaced.insert(name).inserted {
            guard let value = parameterText(name, defaults: &defaults) else { continue }
            guard Self.replace("${\(name)}", with: value, in: &text) else { return nil }
        }
        return text
    }

    /// Replaces every `placeholder` (`${Name}`) in `text`, left to right, unless that would
    /// make it longer than `maxResolvedBytes` (false, `text` unchanged). By UTF-8 byte, as
    /// CloudFormation substitutes (`FastText.replacing`): Foundation's `replacingOccurrences`
    /// went through UTF-16, a third of the time `Fn::Sub` took on the corpus.
    static func replace(_ placeholder: String, with value: String, in text: inout String) -> Bool {
        guard let replaced = FastText.replacing(text, placeholder, with: value, maxBytes: maxResolvedBytes) else { return false }
        text = replaced
        return true
    }

    /// True when some of the text is written out (not only `${...}` placeholders).
    static func hasLiteralText(_ text: String) -> Bool {
        // By UTF-8 byte (`$`, `{` and `}` are ASCII): a resolved value may be long.
        let dollar = UInt8(ascii: "$"), open = UInt8(ascii: "{"), close = UInt8(ascii: "}")
        var depth = 0
        var bytes = text.utf8.makeIterator()
        var held: UInt8?
        while let byte = held ?? bytes.next() {
            held = nil
            if byte == dollar {
                let next = bytes.next()
                if next == open {
                    depth += 1
                    continue
                }
                if depth == 0 { return true }
                held = next
                continue
            }
            if byte == close, depth > 0 {
                depth -= 1
            } else if depth == 0 {
                return true
            }
        }
        return false
    }
}

import Foundation

/// Where values were read at a parameter's `Default` (line and column of the value as cursors
/// and property trees report it, and the parameters), collected while a template's resources
/// map on one or more threads.
final class DefaultUses: @unchecked Sendable {
    private let lock = NSLock()
    private var uses: [DefaultedValue] = []

    func note(line: Int, column: Int, _ parameters: [String]) {
        note([Mark(line: line, column: column)], parameters)
    }

    func note(_ marks: [Mark], _ parameters: [String]) {
        lock.lock()
        uses += marks.map { DefaultedValue(line: $0.line, column: $0.column, parameters: parameters) }
        lock.unlock()
    }

    /// In document order, each position once with every parameter noted there. Whatever
    /// order the threads noted them in (a large template maps on several), the result is the
    /// same: equal positions are ordered by their lists before they merge.
    var all: [DefaultedValue] {
        lock.lock()
        let noted = uses
        lock.unlock()
        let sorted = noted.sorted { a, b in
            if (a.line, a.column) != (b.line, b.column) { return (a.line, a.column) < (b.line, b.column) }
            return a.parameters.lexicographicallyPrecedes(b.parameters)
        }
        var merged: [DefaultedValue] = []
        for value in sorted {
            if let last = merged.last, last.line == value.line, last.column == value.column {
                merged[merged.count - 1].parameters.addNew(value.parameters)
            } else {
                merged.append(value)
            }
        }
        return merged
    }
}

/// Bytes that resolving functions may add to one template's values in all (parameter values
/// and `Fn::Sub` variables written into strings): past it, further such values stay unknown, so
/// that a small template cannot make the model grow without bound (`Fn::Sub`s that each repeat
/// a long `Default`).
final class ResolvedBudget: @unchecked Sendable {
    static let bytes = 64 << 20
    private let lock = NSLock()
    private var left = bytes

    /// False, and nothing spent, when fewer than `count` bytes are left.
    func spend(_ count: Int) -> Bool {
        guard count > 0 else { return true }
        lock.lock()
        defer { lock.unlock() }
        guard left >= count else { return false }
        left -= count
        return true
    }
}
