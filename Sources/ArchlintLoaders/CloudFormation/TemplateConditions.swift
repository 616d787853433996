import ArchlintYAML

/// A template's `Conditions`, decided offline where they can be: `Fn::Equals` of values known
/// offline (literals, a parameter's stack value or `Default`, the functions that resolve),
/// `Fn::And`, `Fn::Or`, `Fn::Not` and `Condition` references, three-valued (a condition on
/// `AWS::Region` stays undecided). A `Fn::If` on a decided condition reads as its branch, and
/// a finding there names the parameters whose defaults decided it.
enum TemplateConditions {
    /// Each condition decided offline, with the parameters whose defaults decided it.
    static func decide(_ conditions: Node?, in context: TemplateContext) -> [String: DecidedCondition] {
        guard let conditions, case .mapping(let pairs) = conditions.kind, !pairs.isEmpty else { return [:] }
        var evaluator = Evaluator(conditions: conditions, context: context)
        var decided: [String: DecidedCondition] = [:]
        for pair in pairs {
            guard let name = pair.key.scalar, let result = evaluator.decide(name) else { continue }
            decided[name] = DecidedCondition(value: result.value, parameters: result.parameters)
        }
        return decided
    }

    private struct Evaluator {
        let conditions: Node
        let context: TemplateContext
        var memo: [String: (value: Bool, parameters: [String])?] = [:]
        var visiting: Set<String> = []

        init(conditions: Node, context: TemplateContext) {
            self.conditions = conditions
            self.context = context
        }

        mutating func decide(_ name: String) -> (value: Bool, parameters: [String])? {
            if let known = memo[name] { return known }
            guard !visiting.contains(name), let node = Cursor.childNode(conditions, name) else { return nil }
            visiting.insert(name)
            let result = evaluate(node, depth: 0)
            visiting.remove(name)
            memo[name] = result
            return result
        }

        mutating func evaluate(_ node: Node, depth: Int) -> (value: Bool, parameters: [String])? {
            guard depth < TemplateContext.maxNesting, let intrinsic = Intrinsic.of(node) else { return nil }
            switch intrinsic {
            case .condition(let name):
                return decide(name)
            case .other("Fn::Equals"):
                let items = Self.arguments(of: node)
                guard items.count == 2 else { return nil }
                var parameters: [String] = []
                guard let a = value(items[0], &parameters), let b = value(items[1], &parameters) else { return nil }
                return (a == b, parameters)
            case .other("Fn::Not"):
                let items = Self.arguments(of: node)
                guard items.count == 1, let inner = evaluate(items[0], depth: depth + 1) else { return nil }
                return (!inner.value, inner.parameters)
            case .other(let function) where function == "Fn::And" || function == "Fn::Or":
                // Three-valued: one operand that decides it is enough, whatever the others are.
                let decisive = function == "Fn::Or"
                var parameters: [String] = []
                var undecided = false
                for item in Self.arguments(of: node) {
                    guard let operand = evaluate(item, depth: depth + 1) else {
                        undecided = true
                        continue
                    }
                    if operand.value == decisive { return (decisive, operand.parameters) }
                    parameters.addNew(operand.parameters)
                }
                return undecided ? nil : (!decisive, parameters)
            default:
                return nil
            }
        }

        /// A side of `Fn::Equals`: a literal, or a function that resolves offline.
        func value(_ node: Node, _ parameters: inout [String]) -> String? {
            if node.tag == nil, case .scalar(let text) = node.kind { return text }
            guard let intrinsic = Intrinsic.of(node) else { return nil }
            return context.resolveString(intrinsic, defaults: &parameters)
        }

        /// The list a condition function applies to, in either form.
        static func arguments(of node: Node) -> [Node] {
            if node.tag != nil, case .sequence(let items) = node.kind { return items }
            if case .mapping(let pairs) = node.kind, pairs.count == 1, case .sequence(let items) = pairs[0].value.kind {
                return items
            }
            return []
        }
    }
}

/// A condition's value offline, and the parameters whose defaults decided it.
struct DecidedCondition: Sendable {
    var value: Bool
    var parameters: [String]
}

extension TemplateContext {
    /// `node` with every `Fn::If` on a decided condition replaced by the branch it takes (nested
    /// ones followed), so that every reader (cursors, property trees) sees the value the
    /// template deploys with; where each such value reports is noted with the parameters whose
    /// defaults decided it. A branch of `AWS::NoValue` is left as the `Fn::If` (unknown, never
    /// judged as missing). Done once per template, only when a condition is decided; nodes
    /// nested deeper than `maxNesting` are left as written (a recursion within the stack).
    func resolvingChoices(_ node: Node) -> Node {
        guard hasDecidedConditions else { return node }
        return rewritten(node, depth: 0) ?? node
    }

    /// The node with its decided choices replaced, or nil when nothing in it changed (no copy
    /// is made of a collection that keeps every element; scalars are not even copied out).
    private func rewritten(_ node: Node, depth: Int) -> Node? {
        guard depth < Self.maxNesting else { return nil }
        switch node.kind {
        case .scalar:
            return nil
        case .mapping(let pairs):
            var result: [Node.Pair]?
            for index in pairs.indices {
                if case .scalar = pairs[index].value.kind { continue }
                guard let next = rewrittenChild(pairs[index].value, keyMark: pairs[index].key.mark, depth: depth) else { continue }
                if result == nil { result = pairs }
                result![index].value = next
            }
            guard let result else { return nil }
            var copy = node
            copy.kind = .mapping(result)
            return copy
        case .sequence(let items):
            var result: [Node]?
            for index in items.indices {
                if case .scalar = items[index].kind { continue }
                guard let next = rewrittenChild(items[index], keyMark: nil, depth: depth) else { continue }
                if result == nil { result = items }
                result![index] = next
            }
            guard let result else { return nil }
            var copy = node
            copy.kind = .sequence(result)
            return copy
        }
    }

    /// A collection's value: its branch when it is a decided choice (noted where it will
    /// report: a scalar at itself, a collection at its key, or at itself in a list),
    /// rewritten in turn; nil when unchanged.
    private func rewrittenChild(_ value: Node, keyMark: Mark?, depth: Int) -> Node? {
        guard let chosen = chosenBranch(value) else { return rewritten(value, depth: depth + 1) }
        let reportsAt: Mark
        if case .scalar = chosen.node.kind { reportsAt = chosen.node.mark } else { reportsAt = keyMark ?? chosen.node.mark }
        noteChoice(chosen.node, at: reportsAt, chosen.parameters)
        return rewritten(chosen.node, depth: depth + 1) ?? chosen.node
    }

    /// The branch a `Fn::If` on a decided condition takes, unless it is `AWS::NoValue`.
    private func chosenBranch(_ node: Node) -> (node: Node, parameters: [String])? {
        guard Intrinsic.isChoice(node), case .choice(let condition, let whenTrue, let whenFalse)? = Intrinsic.of(node),
              let chosen = decidedBranch(condition, whenTrue, whenFalse), !Intrinsic.isNoValue(chosen.node) else { return nil }
        return chosen
    }

    /// The branch of `Fn::If` when its condition is decided, nested `Fn::If`s followed (at most
    /// `maxNesting`), with the parameters whose values decided them.
    private func decidedBranch(_ condition: String, _ whenTrue: Node, _ whenFalse: Node) -> (node: Node, parameters: [String])? {
        guard let first = decidedConditions[condition] else { return nil }
        var current = first.value ? whenTrue : whenFalse
        var parameters = first.parameters
        for _ in 0..<Self.maxNesting {
            guard Intrinsic.isChoice(current), case .choice(let name, let nextTrue, let nextFalse)? = Intrinsic.of(current),
                  let decided = decidedConditions[name] else { break }
            current = decided.value ? nextTrue : nextFalse
            parameters.addNew(decided.parameters)
        }
        return (current, parameters)
    }

    /// Notes where a value chosen by a decided `Fn::If` reports, and every value inside it (up
    /// to `TemplateTexts.budget` of them): a finding on any of them names the parameters whose
    /// defaults decided it.
    func noteChoice(_ branch: Node, at mark: Mark, _ parameters: [String]) {
        guard !parameters.isEmpty else { return }
        var marks = [mark]
        if case .scalar = branch.kind {} else {
            var pending = [branch]
            var visited = 0
            while let node = pending.popLast(), visited < TemplateTexts.budget {
                visited += 1
                switch node.kind {
                case .scalar:
                    continue
                case .mapping(let pairs):
                    for pair in pairs {
                        marks.append(PropertyTrees.reportMark(key: pair.key, value: pair.value))
                        if case .scalar = pair.value.kind {} else { pending.append(pair.value) }
                    }
                case .sequence(let items):
                    for item in items {
                        marks.append(item.mark)
                        if case .scalar = item.kind {} else { pending.append(item) }
                    }
                }
            }
        }
        defaultUses.note(marks, parameters)
    }

}

extension Array where Element == String {
    /// Appends the names not yet in the list, in order (the parameters a value was read at:
    /// a handful, so a scan beats a set).
    mutating func addNew(_ names: [String]) {
        for name in names where !contains(name) { append(name) }
    }
}
