import ArchlintModel
import Foundation

/// Evaluates declarative checks over the model's property trees. Three-valued: a value that
/// cannot be known offline never breaks a check, and a check whose `unless` cannot be known
/// does not apply. Negation is pushed down to the property tests, so a test on a path that
/// reaches several values (`[*]`) is asked of each value: "every ingress rule's CidrIp is not
/// 0.0.0.0/0" reports each rule that is.
struct CheckEvaluator {
    let spec: CheckSpec
    let patterns: PatternCache
    /// For `relation` and `tag` conditions; nil reads them as unknown.
    private let relations: Relations?

    init(_ spec: CheckSpec, patterns: PatternCache, relations: Relations? = nil) {
        self.spec = spec
        self.patterns = patterns
        self.relations = relations
    }

    /// Runs the check over every resource of its types.
    func run(_ model: Architecture, _ context: inout RuleContext) {
        for position in Self.positions(of: spec, in: model) {
            let resource = model.resources[position]
            context.checked(resource.resource)
            let root = Scope(node: resource.properties, site: resource.propertiesSite, anchor: resource.resource.site, owner: position)
            if let forEach = spec.forEach {
                for branch in resolve(forEach, in: root) {
                    guard case .value(let node, let site) = branch else { continue }
                    judge(Scope(node: node, site: site, anchor: site, resource: root, owner: position), resource: resource.resource, &context)
                }
            } else {
                judge(root, resource: resource.resource, &context)
            }
        }
    }

    /// Positions of the resources a check reads, in load order.
    static func positions(of spec: CheckSpec, in model: Architecture) -> [Int] {
        var positions: [Int] = []
        for pattern in spec.resourceTypes {
            if FastText.contains(pattern, "*") {
                for (type, found) in model.resourcesByType where CheckSpec.typeMatches(pattern, type) { positions += found }
            } else {
                positions += model.resourcesByType[pattern] ?? []
            }
        }
        positions.sort()
        return positions.enumerated().filter { $0.offset == 0 || positions[$0.offset - 1] != $0.element }.map(\.element)
    }

    private func judge(_ scope: Scope, resource: ResourceInfo, _ context: inout RuleContext) {
        for condition in spec.unless {
            switch evaluate(condition, in: scope, negated: false) {
            case .holds, .unknown: return
            case .fails, .notApplicable: continue
            }
        }
        guard case .fails(let witnesses) = evaluate(spec.assert, in: scope, negated: false) else { return }
        for witness in witnesses {
            context.report(message(for: witness, in: scope), at: witness.site, on: resource)
        }
    }

    // MARK: Conditions

    /// Where a check looks: a resource's properties or one `for-each` element. `anchor` is
    /// where an absent property is reported (the resource, or the element).
    final class Scope {
        let node: PropertyNode
        let site: Site
        let anchor: Site
        /// The resource's own scope, for paths written with a leading `/` (nil: this is it).
        let resource: Scope?
        /// The resource's position in `Architecture.resources`: relations and tags start there.
        let owner: Int

        init(node: PropertyNode, site: Site, anchor: Site, resource: Scope? = nil, owner: Int = -1) {
            self.node = node
            self.site = site
            self.anchor = anchor
            self.resource = resource
            self.owner = owner
        }

        func scope(for path: PropertyPath) -> Scope { path.fromResource ? (resource ?? self) : self }
    }

    /// A value that decided a test, for the message and the finding's site.
    struct Witness {
        var site: Site
        var path: PropertyPath
        var value: String
        var absent = false
        var parameter: String?
        /// The stack parameter file that gave the parameter its value.
        var parameterFile: String?
        var choices = false
        /// For `overlaps`: the part of the value inside the range.
        var overlap: String?
        /// Other values the finding depends on (compared with, or computed from), for the
        /// parameters the message names.
        var related: [Witness] = []
    }

    enum Outcome {
        case holds
        case fails([Witness])
        case unknown
        case notApplicable
    }

    func evaluate(_ condition: CheckCondition, in scope: Scope, negated: Bool) -> Outcome {
        switch condition.form {
        case .not(let inner):
            return evaluate(inner, in: scope, negated: !negated)
        case .allOf(let inner):
            return negated ? any(inner, scope, negated) : all(inner, scope, negated)
        case .anyOf(let inner):
            return negated ? all(inner, scope, negated) : any(inner, scope, negated)
        case .property(let path, let test, let defaultValue):
            return withReference(test, in: scope) { property(path, $0, defaultValue, scope, negated) }
        case .arithmetic(let operation, let paths, let test):
            return withReference(test, in: scope) { arithmetic(operation, paths, $0, scope, negated) }
        }
    }

    private func all(_ conditions: [CheckCondition], _ scope: Scope, _ negated: Bool) -> Outcome {
        var failures: [Witness] = []
        var unknown = false, applicable = false
        for condition in conditions {
            switch evaluate(condition, in: scope, negated: negated) {
            case .fails(let witnesses): failures += witnesses
            case .unknown: unknown = true
            case .holds: applicable = true
            case .notApplicable: break
            }
        }
        if !failures.isEmpty { return .fails(failures) }
        if unknown { return .unknown }
        return applicable ? .holds : .notApplicable
    }

    private func any(_ conditions: [CheckCondition], _ scope: Scope, _ negated: Bool) -> Outcome {
        var firstFailure: [Witness]?
        var unknown = false
        for condition in conditions {
            switch evaluate(condition, in: scope, negated: negated) {
            case .holds: return .holds
            case .unknown: unknown = true
            case .fails(let witnesses): if firstFailure == nil { firstFailure = witnesses }
            case .notApplicable: break
            }
        }
        if unknown { return .unknown }
        return firstFailure.map(Outcome.fails) ?? .notApplicable
    }

    private func property(_ path: PropertyPath, _ test: PropertyTest, _ defaultValue: String?, _ scope: Scope,
                          _ negated: Bool) -> Outcome {
        let scope = scope.scope(for: path)
        var failures: [Witness] = []
        var unknown = false, applicable = false
        var branches = resolve(path, in: scope)
        // `[*]` over an empty list or mapping reaches no value: for `exists`, nothing is written.
        if branches.isEmpty, case .exists = test { branches = [.absent] }
        for branch in branches {
            let outcome: Outcome
            switch branch {
            case .absent:
                if case .exists(let expected) = test {
                    // Whether the property is written, whatever its default.
                    outcome = (expected != negated) ? .fails([Witness(site: scope.anchor, path: path, value: "", absent: true)]) : .holds
                } else {
                    switch self.defaultValue(for: path, explicit: defaultValue, in: scope) {
                    case .value(let fallback):
                        outcome = judge(test, fallback, negated, Witness(site: scope.anchor, path: path, value: fallback, absent: true))
                    case .unknown: outcome = .unknown
                    case .none: outcome = .notApplicable
                    }
                }
            case .indeterminate:
                outcome = present(test, negated) ?? .unknown
            case .value(let node, let site):
                outcome = value(node, site: site, path: path, test, negated)
            }
            switch outcome {
            case .fails(let witnesses): failures += witnesses
            case .unknown: unknown = true
            case .holds: applicable = true
            case .notApplicable: break
            }
        }
        if !failures.isEmpty { return .fails(failures) }
        if unknown { return .unknown }
        return applicable ? .holds : .notApplicable
    }

    /// An `exists` test on a value that is written: decided whatever the value is.
    private func present(_ test: PropertyTest, _ negated: Bool) -> Outcome? {
        guard case .exists(let expected) = test else { return nil }
        return expected != negated ? .holds : nil
    }

    private func value(_ node: PropertyNode, site: Site, path: PropertyPath, _ test: PropertyTest, _ negated: Bool) -> Outcome {
        let witness = Witness(site: site, path: path, value: "")
        switch node.value {
        case .text(let text):
            var found = witness
            found.value = text
            return judge(test, text, negated, found)
        case .null:
            // Written as null: CloudFormation reads the property as not set, without AWS's default
            // (reported where the null is written, with the message for an absent property).
            if case .exists(let expected) = test {
                var unset = witness
                unset.absent = true
                return expected != negated ? .fails([unset]) : .holds
            }
            return .notApplicable
        case .parameterDefault(let parameter, let text):
            var found = witness
            found.value = text
            found.parameter = parameter
            return judge(test, text, negated, found)
        case .parameterValue(let parameter, let text, let file):
            var found = witness
            found.value = text
            found.parameter = parameter
            found.parameterFile = file
            return judge(test, text, negated, found)
        case .parameterChoices(let parameter, let values):
            if let decided = present(test, negated) { return decided }
            var found = witness
            found.value = values.joined(separator: ", ")
            found.parameter = parameter
            found.choices = true
            // Judged only when every value the parameter allows breaks the check.
            for text in values {
                guard case .fails = judge(test, text, negated, found) else { return .holds }
            }
            return .fails([found])
        case .indeterminate, .parameterReference, .resourceReference, .templateText, .mapping, .list:
            if case .exists(let expected) = test {
                return expected != negated ? .holds : .fails([witness])
            }
            return .unknown
        }
    }

    /// A test on one known value.
    func judge(_ test: PropertyTest, _ text: String, _ negated: Bool, _ witness: Witness) -> Outcome {
        guard let result = Self.test(test, text, patterns: patterns) else { return .unknown }
        if result != negated { return .holds }
        guard case .overlaps(let ranges) = test else { return .fails([witness]) }
        var found = witness
        found.overlap = NumberRanges.overlap(text, ranges)
        return .fails([found])
    }

    static func test(_ test: PropertyTest, _ text: String, patterns: PatternCache) -> Bool? {
        switch test {
        case .exists(let expected):
            return expected
        case .equals(let expected):
            return equals(text, expected)
        case .oneOf(let values):
            var unknown = false
            for expected in values {
                switch equals(text, expected) {
                case true?: return true
                case nil: unknown = true
                case false?: continue
                }
            }
            return unknown ? nil : false
        case .matches(let pattern):
            return patterns.matches(pattern, text)
        case .compare(let comparison, let bound):
            guard let number = number(text) else { return nil }
            switch comparison {
            case .lessThan: return number < bound
            case .atMost: return number <= bound
            case .greaterThan: return number > bound
            case .atLeast: return number >= bound
            }
        case .overlaps(let ranges):
            guard let parts = NumberRanges.parse(text) else { return nil }
            return parts.contains { part in ranges.contains { $0.overlaps(part) } }
        case .equalsProperty, .compareProperty:
            return nil  // made concrete with the other value before any value is judged
        }
    }

    static func equals(_ text: String, _ expected: CheckValue) -> Bool? {
        switch expected {
        case .text(let value):
            return text == value
        case .bool(let value):
            switch text.lowercased() {
            case "true": return value
            case "false": return !value
            default: return nil
            }
        case .number(let value):
            return number(text).map { $0 == value }
        }
    }

    // MARK: Paths

    enum Branch {
        case value(PropertyNode, Site)
        case absent
        case indeterminate
    }

    /// Every value a path reaches from a scope; a key that is not written ends its branch as
    /// absent, an unresolved value on the way as indeterminate.
    func resolve(_ path: PropertyPath, in scope: Scope) -> [Branch] {
        switch path.root {
        case .properties:
            let scope = scope.scope(for: path)
            return resolve(path.components[...], from: [.value(scope.node, scope.site)])
        case .tag, .relation:
            guard let relations, scope.owner >= 0, case .key(let first)? = path.components.first else { return [.indeterminate] }
            let resource = relations.model.resources[scope.owner]
            if path.root == .tag {
                return follow(Relations.tags(of: resource), path.components[...])
            }
            return follow(relations.follow(first, from: resource), path.components.dropFirst())
        }
    }

    /// The rest of a relation path, through related entities; a real property tree on the way
    /// is read as property paths are.
    private func follow(_ start: Related, _ components: ArraySlice<PropertyPath.Component>) -> [Branch] {
        var current: [Related] = [start]
        var done: [Branch] = []
        var rest = components
        while let component = rest.first {
            var next: [Related] = []
            for item in current {
                switch (component, item) {
                case (_, .node(let node, let site)): done += resolve(rest, from: [.value(node, site)])
                case (.each, .list(let items)): next += items
                case (.key(let key), .entity(let attributes, _)): next.append(attributes[key] ?? .absent)
                case (_, .absent): done.append(.absent)
                default: done.append(.indeterminate)
                }
            }
            current = next
            rest = rest.dropFirst()
        }
        for item in current {
            switch item {
            case .node(let node, let site): done.append(.value(node, site))
            case .text(let text, let site): done.append(.value(PropertyNode(.text(text), line: site.line, column: site.column), site))
            case .entity(_, let site): done.append(.value(PropertyNode(.mapping([]), line: site.line, column: site.column), site))
            case .absent: done.append(.absent)
            case .list, .unknown: done.append(.indeterminate)
            }
        }
        return done
    }

    private func resolve(_ components: ArraySlice<PropertyPath.Component>, from start: [Branch]) -> [Branch] {
        var branches = start
        for component in components {
            var next: [Branch] = []
            for branch in branches {
                guard case .value(let node, let site) = branch else {
                    next.append(branch)
                    continue
                }
                switch (component, node.value) {
                case (.key(let key), .mapping):
                    if let (name, child) = node.child(key) {
                        next.append(.value(child, child.site(parent: site, component: name)))
                    } else {
                        next.append(.absent)
                    }
                case (.each, .list(let items)):
                    for (index, item) in items.enumerated() {
                        next.append(.value(item, item.site(parent: site, component: String(index))))
                    }
                case (.each, .mapping(let entries)):
                    for entry in entries {
                        next.append(.value(entry.node, entry.node.site(parent: site, component: entry.key)))
                    }
                case (_, .null):
                    next.append(.absent)
                case (_, .text), (_, .list), (.each, _):
                    // A list or a scalar where a mapping was expected (or the reverse): not
                    // what the property holds in a valid template, so nothing can be judged.
                    next.append(.indeterminate)
                case (_, .indeterminate), (_, .parameterReference), (_, .resourceReference), (_, .templateText), (_, .parameterDefault), (_, .parameterChoices),
                     (_, .parameterValue), (_, .mapping):
                    next.append(.indeterminate)
                }
            }
            branches = next
        }
        return branches
    }

    // MARK: Messages

    func message(for witness: Witness, in scope: Scope) -> String {
        var template = chosen(spec.messageCases, in: scope) ?? spec.message
        if witness.absent, spec.absentMessage != nil {
            template = chosen(spec.absentMessageCases, in: scope) ?? spec.absentMessage ?? template
        }
        var text = render(template, witness: witness, scope: scope)
        var named: Set<String> = []
        for value in [witness] + witness.related {
            guard let parameter = value.parameter, named.insert(parameter).inserted else { continue }
            if let file = value.parameterFile {
                text += " (parameter \(parameter) in \(file))"
            } else {
                text += value.choices
                    ? " (every value parameter \(parameter) allows: \(value.value))"
                    : " (at the default of parameter \(parameter))"
            }
        }
        return text
    }

    /// The text of the first case whose `when` holds.
    private func chosen(_ cases: [CheckCase], in scope: Scope) -> String? {
        cases.first { item in
            guard let when = item.when else { return true }
            if case .holds = evaluate(when, in: scope, negated: false) { return true }
            return false
        }?.text
    }

    /// Replaces `{value}`, `{property}` and `{Path.To.Property}` placeholders.
    private func render(_ template: String, witness: Witness, scope: Scope) -> String {
        guard FastText.contains(template, "{") else { return template }
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            result += placeholder(name, witness: witness, scope: scope)
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    private func placeholder(_ name: String, witness: Witness, scope: Scope) -> String {
        switch name {
        case "value": return witness.value
        case "property": return witness.path.description
        case "overlap": return witness.overlap ?? ""
        default:
            guard let path = PropertyPath(parsing: name) else { return "{\(name)}" }
            for branch in resolve(path, in: scope) {
                if case .value(let node, _) = branch {
                    switch node.value {
                    case .text(let text), .parameterDefault(_, let text), .parameterValue(_, let text, _): return text
                    default: break
                    }
                }
                if case .absent = branch, case .value(let fallback) = defaultValue(for: path, explicit: nil, in: scope.scope(for: path)) {
                    return fallback
                }
            }
            return "(unknown)"
        }
    }
}
