import ArchlintModel
import ArchlintYAML

/// A node seen from a loader: the node, where to report it, and (for CloudFormation) the
/// template that gives intrinsic functions their meaning. Every typed value the model holds is
/// read through a cursor, so its site is captured here, once.
struct Cursor {
    let node: Node
    /// Scalars report at their value, collections at their key (or first token).
    let site: Site
    let template: TemplateContext?

    init(node: Node, site: Site, template: TemplateContext?) {
        self.node = node
        self.site = site
        self.template = template
    }

    /// Root of a document.
    init(root: Node, file: String, template: TemplateContext?) {
        self.node = root
        self.site = Site(file: file, line: root.mark.line, column: root.mark.column, path: "")
        self.template = template
    }

    var file: String { site.file }

    // MARK: Structure

    /// The value under `key`. CloudFormation's PascalCase and the AWS API's camelCase name the
    /// same fields, so a key also matches when only the case of its first letter differs.
    func child(_ key: String) -> Cursor? {
        guard case .mapping(let pairs) = node.kind, let index = Self.childIndex(pairs, key) else { return nil }
        // Through a buffer: subscripting the array copied the pair (two whole nodes).
        return pairs.withUnsafeBufferPointer { pairs in
            guard case .scalar(let name) = pairs[index].key.kind else { return nil }
            return cursor(key: pairs[index].key, value: pairs[index].value, name: name)
        }
    }

    /// The value under `key` as a bare node (matched as `child(_:)` does), for passes that
    /// need no sites.
    static func childNode(_ node: Node, _ key: String) -> Node? {
        guard case .mapping(let pairs) = node.kind, let index = childIndex(pairs, key) else { return nil }
        return pairs[index].value
    }

    private static func childIndex(_ pairs: [Node.Pair], _ key: String) -> Int? {
        // By index: a `for pair in pairs` loop copied every pair (two whole nodes) it passed.
        var loose: Int?
        for i in pairs.indices {
            guard case .scalar(let name) = pairs[i].key.kind else { continue }
            if name == key { return i }
            if loose == nil, FastText.equalIgnoringFirstLetterCase(name, key) { loose = i }
        }
        return loose
    }

    /// Follows several keys.
    func child(_ keys: String...) -> Cursor? {
        var current: Cursor? = self
        for key in keys { current = current?.child(key) }
        return current
    }

    func has(_ key: String) -> Bool { child(key) != nil }

    private func cursor(key: Node, value: Node, name: String) -> Cursor {
        let anchor: Mark
        switch value.kind {
        case .scalar: anchor = value.mark
        case .mapping, .sequence: anchor = key.mark
        }
        let childSite = Site(file: site.file, line: anchor.line, column: anchor.column, parent: site, component: name)
        return Cursor(node: value, site: childSite, template: template)
    }

    /// Mapping entries in order, keys as written.
    var pairs: [(key: String, value: Cursor)] {
        guard case .mapping(let pairs) = node.kind else { return [] }
        return pairs.compactMap { pair in
            guard let name = pair.key.scalar else { return nil }
            return (name, cursor(key: pair.key, value: pair.value, name: name))
        }
    }

    var keySet: Set<String> { Set(pairs.map { $0.key }) }

    var isMapping: Bool { if case .mapping = node.kind { return true } else { return false } }
    var isSequence: Bool { if case .sequence = node.kind { return true } else { return false } }

    /// Sequence elements (a lone value counts as a one-element list, as IAM and many
    /// CloudFormation properties allow).
    var items: [Cursor] {
        var result: [Cursor] = []
        forEachItem { result.append($0) }
        return result
    }

    /// `items`, one at a time, without building the list (the typed lists below read every
    /// element once).
    func forEachItem(_ body: (Cursor) -> Void) {
        switch node.kind {
        case .sequence(let nodes):
            nodes.withUnsafeBufferPointer { nodes in
                for index in nodes.indices {
                    body(Cursor(node: nodes[index],
                                site: Site(file: site.file, line: nodes[index].mark.line, column: nodes[index].mark.column,
                                           parent: site, component: String(index)),
                                template: template))
                }
            }
        case .scalar, .mapping:
            if !isNull { body(self) }
        }
    }

    /// The known, unknown (never absent) values of the elements.
    private func elementFacts<T>(_ read: (Cursor) -> Fact<T>) -> [Fact<T>] {
        var result: [Fact<T>] = []
        if case .sequence(let nodes) = node.kind { result.reserveCapacity(nodes.count) }
        forEachItem { item in
            let fact = read(item)
            if !fact.isAbsent { result.append(fact) }
        }
        return result
    }

    /// A YAML null: `~`, `null` or nothing, unquoted.
    var isNull: Bool {
        guard node.tag == nil, case .scalar(let text) = node.kind, node.style == .plain else { return false }
        return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
    }

    // MARK: Intrinsics

    var intrinsic: Intrinsic? { template == nil ? nil : Intrinsic.of(node) }

    /// `!Ref AWS::NoValue` removes the property: it reads as absent.
    var isNoValue: Bool { template != nil && Intrinsic.isNoValue(node) }

    // MARK: Typed values

    /// A string value: literal, or what an intrinsic resolves to offline, else unknown.
    var string: Fact<String> {
        if isNull { return .absent }
        if let intrinsic {
            if case .ref("AWS::NoValue") = intrinsic { return .absent }
            var defaults: [String] = []
            if let template, let text = template.resolveString(intrinsic, defaults: &defaults) {
                if !defaults.isEmpty { template.defaultUses.note(line: site.line, column: site.column, defaults) }
                return .known(text, site)
            }
            return .unknown(site)
        }
        guard case .scalar(let text) = node.kind else { return .unknown(site) }
        return .known(text, site)
    }

    var int: Fact<Int> {
        string.map { text in
            if let value = Int(text) { return value }  // the usual case, without Foundation's trimming
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            return Int(trimmed) ?? Double(trimmed).flatMap { $0.isFinite && $0 == $0.rounded() && abs($0) < 1e15 ? Int($0) : nil }
        }
    }

    var bool: Fact<Bool> {
        string.map { text in
            switch text {
            case "true": return true
            case "false": return false
            default: break
            }
            switch text.lowercased() {
            case "true": return true
            case "false": return false
            default: return nil
            }
        }
    }

    /// A string or a list of strings; an entry (or the whole list) that is an unresolved
    /// intrinsic becomes one `.unknown` element.
    var strings: [Fact<String>] {
        if isNull { return [] }
        if intrinsic != nil {
            let whole = string
            return whole.isAbsent ? [] : [whole]
        }
        return elementFacts { $0.string }
    }

    /// A pointer to another resource.
    var reference: Fact<Reference> {
        if isNull || isNoValue { return .absent }
        if let intrinsic, let template {
            var defaults: [String] = []
            if let reference = template.resolveReference(intrinsic, defaults: &defaults) {
                if !defaults.isEmpty { template.defaultUses.note(line: site.line, column: site.column, defaults) }
                return .known(reference, site)
            }
            return .unknown(site)
        }
        guard case .scalar(let text) = node.kind else { return .unknown(site) }
        if Placeholder.isPlaceholder(text, inTemplate: template != nil) { return .unknown(site) }
        return .known(.literal(text), site)
    }

    /// An image, ARN, ID or action: `string`, with a placeholder read as unknown.
    var identifier: Fact<String> {
        let value = string
        if case .known(let text, _) = value, Placeholder.isPlaceholder(text, inTemplate: template != nil) { return .unknown(site) }
        return value
    }

    /// `strings` read as `identifier`s.
    var identifiers: [Fact<String>] {
        if isNull { return [] }
        if intrinsic != nil {
            let whole = identifier
            return whole.isAbsent ? [] : [whole]
        }
        return elementFacts { $0.identifier }
    }

    var references: [Fact<Reference>] {
        if isNull { return [] }
        if intrinsic != nil { return [reference] }
        return elementFacts { $0.reference }
    }
}

import Foundation
