import ArchlintModel
import ArchlintYAML

/// What a template knows about its own names: which logical IDs are resources (and of what
/// type) and which are parameters. Intrinsics are resolved against it, offline.
/// A class: every cursor of a template carries it, and a struct copied three references each time.
final class TemplateContext: Sendable {
    let file: String
    let resourceTypes: [String: String]
    let parameters: Set<String>
    /// Each parameter's `Default` and `AllowedValues`: property trees judge a `Ref` to a
    /// parameter at these (typed cursors keep such a value unknown).
    let parameterValues: [String: ParameterValues]
    /// The file's text (UTF-8), to locate text inside unresolved functions (`TemplateTexts`).
    let source: SourceLines?

    init(file: String, resourceTypes: [String: String], parameters: Set<String>,
         parameterValues: [String: ParameterValues] = [:], source: SourceLines? = nil) {
        self.file = file
        self.resourceTypes = resourceTypes
        self.parameters = parameters
        self.parameterValues = parameterValues
        self.source = source
    }

    /// The string an intrinsic stands for when it can be known offline. Parts that depend on
    /// deployment (parameters, physical IDs, pseudo parameters) stay as `${Name}` placeholders
    /// inside the text; a result that is nothing but placeholders is unknown (nil).
    func resolveString(_ intrinsic: Intrinsic) -> String? {
        resolveString(intrinsic, nesting: 0)
    }

    /// Functions nested deeper than this (`Fn::Join` in `Fn::Join` ...) are not resolved: they
    /// stay unknown, and the recursion stays far from the end of the thread's stack.
    static let maxNesting = 64

    private func resolveString(_ intrinsic: Intrinsic, nesting: Int) -> String? {
        guard nesting < Self.maxNesting else { return nil }
        switch intrinsic {
        case .sub(let template, let variables):
            let text = substitute(template, variables: variables)
            return Self.hasLiteralText(text) ? text : nil
        case .join(let separator, let parts):
            var pieces: [String] = []
            for part in parts {
                if let text = part.scalar, part.tag == nil, !isIntrinsicMapping(part) {
                    pieces.append(text)
                } else if let inner = Intrinsic(part), case .ref(let name) = inner {
                    pieces.append("${\(name)}")
                } else if let inner = Intrinsic(part), case .getAtt(let resource, let attribute) = inner {
                    pieces.append("${\(resource).\(attribute)}")
                } else if let inner = Intrinsic(part), let text = resolveString(inner, nesting: nesting + 1) {
                    pieces.append(text)
                } else {
                    pieces.append("${?}")
                }
            }
            let text = pieces.joined(separator: separator)
            return Self.hasLiteralText(text) ? text : nil
        case .ref(let name):
            return parameterValues[name]?.deployed?.value
        case .getAtt, .condition, .other:
            return nil
        }
    }

    /// The resource an intrinsic points at: `Ref`/`GetAtt` to a logical ID of this template,
    /// or an ARN or name spelled out by `Fn::Sub`/`Fn::Join`.
    func resolveReference(_ intrinsic: Intrinsic) -> Reference? {
        switch intrinsic {
        case .ref(let name):
            if resourceTypes[name] != nil { return .logical(file: file, id: name) }
            return parameterValues[name]?.deployed.map { .literal($0.value) }
        case .getAtt(let resource, _):
            return resourceTypes[resource] != nil ? .logical(file: file, id: resource) : nil
        case .sub, .join:
            return resolveString(intrinsic).map(Reference.literal)
        case .condition, .other:
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

    private func isIntrinsicMapping(_ node: Node) -> Bool { Intrinsic(node) != nil }

    private func substitute(_ template: String, variables: Node?) -> String {
        var text = template
        for (name, values) in parameterValues {
            if let deployed = values.deployed { text = text.replacingOccurrences(of: "${\(name)}", with: deployed.value) }
        }
        guard let variables, case .mapping(let pairs) = variables.kind else { return text }
        for pair in pairs {
            guard let name = pair.key.scalar, let value = pair.value.scalar, pair.value.tag == nil else { continue }
            text = text.replacingOccurrences(of: "${\(name)}", with: value)
        }
        return text
    }

    /// True when some of the text is written out (not only `${...}` placeholders).
    static func hasLiteralText(_ text: String) -> Bool {
        var depth = 0
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character == "$", next < text.endIndex, text[next] == "{" {
                depth += 1
                index = text.index(after: next)
                continue
            }
            if character == "}", depth > 0 {
                depth -= 1
            } else if depth == 0 {
                return true
            }
            index = next
        }
        return false
    }
}

import Foundation
