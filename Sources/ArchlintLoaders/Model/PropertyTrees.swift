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
    static func tree(_ node: Node, at mark: Mark, template: TemplateContext?) -> PropertyNode {
        PropertyNode(value(node, template: template), line: mark.line, column: mark.column)
    }

    private static func value(_ node: Node, template: TemplateContext?) -> PropertyNode.Value {
        if let template, let intrinsic = Intrinsic(node) {
            return resolved(intrinsic, template: template)
        }
        switch node.kind {
        case .scalar(let text):
            return node.isNull ? .null : .text(text)
        case .mapping(let pairs):
            var entries: [PropertyNode.Entry] = []
            entries.reserveCapacity(pairs.count)
            for pair in pairs {
                guard let key = pair.key.scalar else { continue }
                if template != nil, case .ref("AWS::NoValue")? = Intrinsic(pair.value) {
                    continue
                }
                entries.append(PropertyNode.Entry(key: key, node: tree(pair.value, at: reportMark(pair), template: template)))
            }
            return .mapping(entries)
        case .sequence(let nodes):
            var items: [PropertyNode] = []
            items.reserveCapacity(nodes.count)
            for element in nodes {
                if template != nil, case .ref("AWS::NoValue")? = Intrinsic(element) { continue }
                items.append(tree(element, at: element.mark, template: template))
            }
            return .list(items)
        }
    }

    private static func resolved(_ intrinsic: Intrinsic, template: TemplateContext) -> PropertyNode.Value {
        if case .ref(let name) = intrinsic {
            if name == "AWS::NoValue" { return .null }
            if let parameter = template.parameterValues[name] {
                if let deployed = parameter.deployed {
                    return .parameterValue(parameter: name, value: deployed.value, file: deployed.file)
                }
                if let value = parameter.defaultValue { return .parameterDefault(parameter: name, value: value) }
                if !parameter.allowedValues.isEmpty {
                    return .parameterChoices(parameter: name, values: parameter.allowedValues)
                }
            }
            return .indeterminate
        }
        if let text = template.resolveString(intrinsic) { return .text(text) }
        return .indeterminate
    }

    /// Scalars report at their value, collections at their key (as `Cursor` does).
    static func reportMark(_ pair: Node.Pair) -> Mark {
        switch pair.value.kind {
        case .scalar: return pair.value.mark
        case .mapping, .sequence: return pair.key.mark
        }
    }
}

/// A template's `Parameters`, `Conditions` and `Outputs`, read into the model.
enum TemplateSections {
    static func read(_ template: Cursor) -> TemplateDeclarations {
        var declarations = TemplateDeclarations(file: template.file)
        for (name, body) in template.child("Parameters")?.pairs ?? [] {
            declarations.parameters.append(TemplateParameter(
                name: name, site: body.site, type: body.child("Type")?.string.value,
                defaultValue: body.child("Default")?.plainString ?? .absent,
                noEcho: body.child("NoEcho")?.bool.value ?? false,
                allowedValues: (body.child("AllowedValues")?.items ?? []).compactMap { $0.plainString.value }))
        }
        for section in ["Conditions", "Outputs"] {
            for (name, body) in template.child(section)?.pairs ?? [] {
                let entry = TemplateEntry(name: name, site: body.site, value: PropertyTrees.tree(body))
                if section == "Conditions" { declarations.conditions.append(entry) } else { declarations.outputs.append(entry) }
            }
        }
        return declarations
    }

    /// What a parameter may be at deployment, for resolving `Ref`s to it.
    static func parameterValues(_ root: Node, deployed: StackParameters? = nil) -> [String: ParameterValues] {
        let given = Dictionary((deployed?.values ?? []).map { ($0.name, $0.value) }, uniquingKeysWith: { _, last in last })
        var values: [String: ParameterValues] = [:]
        for pair in Cursor.childNode(root, "Parameters")?.pairs ?? [] {
            guard let name = pair.key.scalar else { continue }
            let defaultNode = Cursor.childNode(pair.value, "Default")
            let defaultValue = defaultNode.flatMap { $0.tag == nil && !$0.isNull ? $0.scalar : nil }
            let allowed = (Cursor.childNode(pair.value, "AllowedValues")?.items ?? []).compactMap { $0.tag == nil ? $0.scalar : nil }
            values[name] = ParameterValues(defaultValue: defaultValue, allowedValues: allowed,
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
