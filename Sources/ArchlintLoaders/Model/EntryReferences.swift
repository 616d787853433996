import ArchlintModel
import ArchlintYAML

/// What an output's value points at: every `Ref`, `Fn::GetAtt` and `${Name}`/`${Name.Attribute}`
/// of `Fn::Sub` inside it, whatever functions wrap them (`Fn::Join`, `Fn::If`, ...).
enum EntryReferences {
    static func read(_ node: Node, template: TemplateContext) -> [EntryReference] {
        var found: [EntryReference] = []
        func add(_ name: String, _ attribute: String?) {
            let reference = EntryReference(name: name, attribute: attribute, resourceType: template.resourceTypes[name])
            if !found.contains(reference) { found.append(reference) }
        }
        var pending = [node]
        var visited = 0
        while let next = pending.popLast(), visited < TemplateTexts.budget {
            visited += 1
            switch Intrinsic.of(next) {
            case .ref(let name)?:
                add(name, nil)
                continue
            case .getAtt(let resource, let attribute)?:
                add(resource, attribute)
                continue
            case .sub(let text, let variables)?:
                for name in placeholders(text) {
                    let dot = name.firstIndex(of: ".")
                    add(dot.map { String(name[..<$0]) } ?? name, dot.map { String(name[name.index(after: $0)...]) })
                }
                if let variables { pending.append(variables) }
                continue
            case .join, .condition, .findInMap, .choice, .other, nil:
                break
            }
            // The function's argument (a tagged node's own content) or a plain collection.
            switch next.kind {
            case .scalar: continue
            case .mapping(let pairs): pending += pairs.map(\.value)
            case .sequence(let items): pending += items
            }
        }
        return found
    }

    /// The names inside `${...}` of a `Fn::Sub` string (`${!Literal}` is text, not a name).
    static func placeholders(_ text: String) -> [String] {
        var names: [String] = []
        var rest = Substring(text)
        while let open = rest.range(of: "${"), let close = rest[open.upperBound...].firstIndex(of: "}") {
            let name = rest[open.upperBound..<close]
            if !name.hasPrefix("!") { names.append(String(name)) }
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
