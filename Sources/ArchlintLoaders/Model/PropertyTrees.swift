import ArchlintModel
import ArchlintYAML

/// Reads a node into the model's located property tree: every resource of every type is kept
/// this way, whatever the input format. Intrinsics resolve as cursors resolve them; a `Ref` to
/// a parameter carries the parameter's `Default` (or its `AllowedValues`); `!Ref AWS::NoValue`
/// removes the entry, as CloudFormation does.
enum PropertyTrees {
    static func tree(_ cursor: Cursor) -> PropertyNode {
        tree(cursor.node, at: Mark(line: cursor.site.line, column: cursor.site.column), template: cursor.template)
    }

    /// `mark` is where the node reports: its value for scalars, its key for collections.
    ///
    /// With an explicit stack of open collections: the input sets the nesting depth (up to
    /// `--max-depth`), and a recursive walk overflowed the thread's stack at about 2,000 levels.
    static func tree(_ node: Node, at mark: Mark, template: TemplateContext?) -> PropertyNode {
        var stack: [Frame] = []
        stack.reserveCapacity(8)  // once, not grown step by step for every resource
        var done = open(node, at: mark, template: template, into: &stack)
        while let top = stack.indices.last {
            if let child = done {
                stack[top].add(child)
                done = nil
            }
            // The child is read in place, by index, through a buffer: returning it (a node and a
            // mark, as an optional tuple) copied every node through generic value witnesses, a
            // third of the builder's time, and subscripting the array copied each one it passed.
            if stack[top].isMapping {
                let pairs = stack[top].pairs
                if let index = stack[top].nextPair(template: template) {
                    done = pairs.withUnsafeBufferPointer { pairs in
                        open(pairs[index].value, at: reportMark(key: pairs[index].key, value: pairs[index].value),
                             template: template, into: &stack)
                    }
                    continue
                }
            } else {
                let items = stack[top].items
                if let index = stack[top].nextItem(template: template) {
                    done = items.withUnsafeBufferPointer { items in
                        open(items[index], at: items[index].mark, template: template, into: &stack)
                    }
                    continue
                }
            }
            done = stack.removeLast().built
        }
        return done!
    }

    /// A collection being read: its children, those built so far and the next to read.
    /// (Built in place, at their final size: this runs on every value of every resource.)
    private struct Frame {
        let mark: Mark
        let pairs: [Node.Pair]
        let items: [Node]
        let isMapping: Bool
        var next = 0
        var key = ""
        var entries: [PropertyNode.Entry] = []
        var elements: [PropertyNode] = []

        init(mapping pairs: [Node.Pair], mark: Mark) {
            self.mark = mark
            self.pairs = pairs
            items = []
            isMapping = true
            entries.reserveCapacity(pairs.count)
        }

        init(sequence items: [Node], mark: Mark) {
            self.mark = mark
            pairs = []
            self.items = items
            isMapping = false
            elements.reserveCapacity(items.count)
        }

        mutating func add(_ child: PropertyNode) {
            if isMapping { entries.append(PropertyNode.Entry(key: key, node: child)) } else { elements.append(child) }
        }

        var built: PropertyNode {
            PropertyNode(isMapping ? .mapping(entries) : .list(elements), line: mark.line, column: mark.column)
        }

        /// The index of the next entry to read; skips non-scalar keys and `!Ref AWS::NoValue`
        /// (which removes the entry, as CloudFormation does).
        mutating func nextPair(template: TemplateContext?) -> Int? {
            let found: (index: Int, key: String)? = pairs.withUnsafeBufferPointer { pairs in
                while next < pairs.count {
                    let index = next
                    next += 1
                    guard case .scalar(let name) = pairs[index].key.kind else { continue }
                    if template != nil, Intrinsic.isNoValue(pairs[index].value) { continue }
                    return (index, name)
                }
                return nil
            }
            guard let found else { return nil }
            key = found.key
            return found.index
        }

        /// The index of the next element to read, skipping `!Ref AWS::NoValue`.
        mutating func nextItem(template: TemplateContext?) -> Int? {
            items.withUnsafeBufferPointer { items in
                while next < items.count {
                    let index = next
                    next += 1
                    if template != nil, Intrinsic.isNoValue(items[index]) { continue }
                    return index
                }
                return nil
            }
        }
    }

    /// The node of a scalar or an intrinsic function; for a collection, nil once its frame is pushed.
    private static func open(_ node: Node, at mark: Mark, template: TemplateContext?, into stack: inout [Frame]) -> PropertyNode? {
        if let template, let intrinsic = Intrinsic.of(node) {
            return PropertyNode(resolved(intrinsic, node, at: mark, template: template), line: mark.line, column: mark.column)
        }
        switch node.kind {
        case .scalar(let text):
            return PropertyNode(node.isNull ? .null : .text(text), line: mark.line, column: mark.column)
        case .mapping(let pairs):
            stack.append(Frame(mapping: pairs, mark: mark))
        case .sequence(let items):
            stack.append(Frame(sequence: items, mark: mark))
        }
        return nil
    }

    /// A value read at a parameter's `Default` is noted at `mark`, as cursors note theirs: a
    /// finding there says so, whichever rule reports it.
    private static func resolved(_ intrinsic: Intrinsic, _ node: Node, at mark: Mark, template: TemplateContext) -> PropertyNode.Value {
        if case .ref(let name) = intrinsic {
            if name == "AWS::NoValue" { return .null }
            if let parameter = template.parameterValues[name] {
                if let deployed = parameter.deployed {
                    return .parameterValue(parameter: name, value: deployed.value, file: deployed.file)
                }
                if let value = parameter.defaultValue {
                    template.defaultUses.note(line: mark.line, column: mark.column, [name])
                    return .parameterDefault(parameter: name, value: value)
                }
                if !parameter.allowedValues.isEmpty {
                    return .parameterChoices(parameter: name, values: parameter.allowedValues)
                }
                return .parameterReference(parameter: name)
            }
            return template.resourceTypes[name] != nil ? .resourceReference(resource: name) : .indeterminate
        }
        var defaults: [String] = []
        if let text = template.resolveString(intrinsic, defaults: &defaults) {
            guard !defaults.isEmpty else { return .text(text) }
            template.defaultUses.note(line: mark.line, column: mark.column, defaults)
            return .parameterDefault(parameter: defaults.joined(separator: ", "), value: text)
        }
        if case .getAtt(let resource, _) = intrinsic, template.resourceTypes[resource] != nil {
            return .resourceReference(resource: resource)
        }
        // Unknown as a value; the text written inside is kept for the secrets scan only.
        let texts = TemplateTexts.texts(in: node, template: template)
        return texts.isEmpty ? .indeterminate : .templateText(texts)
    }

    /// Scalars report at their value, collections at their key (as `Cursor` does).
    static func reportMark(key: Node, value: Node) -> Mark {
        switch value.kind {
        case .scalar: return value.mark
        case .mapping, .sequence: return key.mark
        }
    }
}

/// A template's `Parameters`, `Conditions` and `Outputs`, and its resources' authentication
/// metadata, read into the model.
enum TemplateSections {
    static func read(_ template: Cursor) -> TemplateDeclarations {
        var declarations = TemplateDeclarations(file: template.file)
        for (name, body) in template.child("Parameters")?.pairs ?? [] {
            declarations.parameters.append(TemplateParameter(
                name: name, site: body.site, type: body.child("Type")?.string.value,
                defaultValue: body.child("Default")?.plainString ?? .absent,
                noEcho: body.child("NoEcho")?.bool.value ?? false,
                allowedValues: allowedValues(body.node)))
        }
        for section in ["Conditions", "Outputs"] {
            for (name, body) in template.child(section)?.pairs ?? [] {
                var entry = TemplateEntry(name: name, site: body.site, value: PropertyTrees.tree(body))
                if section == "Conditions" {
                    declarations.conditions.append(entry)
                } else {
                    if let value = body.child("Value"), let context = body.template {
                        entry.references = EntryReferences.read(value.node, template: context)
                    }
                    declarations.outputs.append(entry)
                }
            }
        }
        // Bare nodes first: cursors (and their sites) only for the few resources that have it.
        if let resources = template.child("Resources"), case .mapping(let entries) = resources.node.kind {
            for index in entries.indices {
                guard let metadata = Cursor.childNode(entries[index].value, "Metadata"),
                      Cursor.childNode(metadata, "AWS::CloudFormation::Authentication") != nil, let name = entries[index].key.scalar,
                      let body = resources.child(name), let type = body.child("Type")?.string.value,
                      let authentication = body.child("Metadata", "AWS::CloudFormation::Authentication") else { continue }
                let resource = ResourceInfo(name: name, type: type, site: body.site, origin: .cloudFormation)
                declarations.authentications.append((resource, TemplateEntry(name: name, site: authentication.site, value: PropertyTrees.tree(authentication))))
            }
        }
        return declarations
    }

    /// A parameter's `AllowedValues`, the plain strings as written (a lone value counts as a
    /// list of one), read from the bare nodes: a list of instance types ran to hundreds of
    /// cursors, each with its site, for values that need none.
    static func allowedValues(_ parameter: Node) -> [String] {
        guard let node = Cursor.childNode(parameter, "AllowedValues") else { return [] }
        let elements: [Node]
        if case .sequence(let items) = node.kind { elements = items } else { elements = node.isNull ? [] : [node] }
        return elements.compactMap { $0.tag == nil && !$0.isNull ? $0.scalar : nil }
    }

    /// What a parameter may be at deployment, for resolving `Ref`s to it.
    static func parameterValues(_ root: Node, deployed: StackParameters? = nil) -> [String: ParameterValues] {
        let given = Dictionary((deployed?.values ?? []).map { ($0.name, $0.value) }, uniquingKeysWith: { _, last in last })
        var values: [String: ParameterValues] = [:]
        for pair in Cursor.childNode(root, "Parameters")?.pairs ?? [] {
            guard let name = pair.key.scalar else { continue }
            // A parameter of an SSM type holds the name of an SSM parameter, in its default and
            // in a parameter file alike: its value is read from SSM when the stack deploys.
            if TemplateParameter.readsSSM(type: Cursor.childNode(pair.value, "Type")?.scalar) {
                values[name] = ParameterValues(defaultValue: nil, allowedValues: [], deployed: nil)
                continue
            }
            let defaultNode = Cursor.childNode(pair.value, "Default")
            let defaultValue = defaultNode.flatMap { $0.tag == nil && !$0.isNull ? $0.scalar : nil }
            values[name] = ParameterValues(defaultValue: defaultValue, allowedValues: allowedValues(pair.value),
                                           deployed: given[name].map { (value: $0, file: deployed?.file ?? "") })
        }
        return values
    }
}

/// A parameter's `Default` and `AllowedValues`, as written.
struct ParameterValues: Sendable {
    var defaultValue: String?
    var allowedValues: [String]
    /// The value the stack's parameter file gives it, and that file.
    var deployed: (value: String, file: String)?
}

extension Cursor {
    /// A scalar as written, without resolving intrinsics (parameter sections hold no functions).
    var plainString: Fact<String> {
        if isNull { return .absent }
        guard node.tag == nil, case .scalar(let text) = node.kind else { return .unknown(site) }
        return .known(text, site)
    }
}
