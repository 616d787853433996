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
        // By UTF-8 byte (`$`, `{` and `}` are ASCII): every `Fn::Sub` of every template is read
        // this way, and Foundation's substring search cost more than the rest of its resolution.
        var names: [String] = []
        let utf8 = text.utf8
        var index = utf8.startIndex
        while let dollar = utf8[index...].firstIndex(of: UInt8(ascii: "$")) {
            let brace = utf8.index(after: dollar)
            guard brace < utf8.endIndex, utf8[brace] == UInt8(ascii: "{") else {
                index = brace
                continue
            }
            let start = utf8.index(after: brace)
            guard let close = utf8[start...].firstIndex(of: UInt8(ascii: "}")) else { break }
            if utf8[start] != UInt8(ascii: "!") { names.append(String(text[start..<close])) }
            index = utf8.index(after: close)
        }
        return names
    }
}
