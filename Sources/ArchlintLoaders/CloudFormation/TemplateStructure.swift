import ArchlintModel
import ArchlintYAML

/// The shape CloudFormation requires before it reads any property: `Resources` is a mapping,
/// each resource a mapping whose `Type` is a string and whose `Properties` (when given) is a
/// mapping. CloudFormation rejects a template that breaks any of these, so each is a load
/// error at its position; the well-formed resources are still mapped and checked.
enum TemplateStructure {
    /// Errors of the template `root`, in document order.
    static func errors(_ root: Node, file: String) -> [LoadError] {
        var errors: [LoadError] = []
        func report(_ pair: Node.Pair, _ message: String) {
            // Scalars at their value, collections and nulls at their key (as sites are placed).
            let mark = pair.value.isMapping || pair.value.isSequence || pair.value.isNull ? pair.key.mark : pair.value.mark
            errors.append(LoadError(file: file, line: mark.line, column: mark.column, message: message))
        }
        // A macro (`Transform: ShortHand`) defines its own input shape: only AWS's transforms keep
        // CloudFormation's.
        let transforms = root["Transform"].map { $0.isSequence ? $0.items : [$0] } ?? []
        if transforms.contains(where: { !($0.scalar ?? "").hasPrefix("AWS::") }) { return [] }
        guard let resources = root.pair("Resources") else { return [] }
        if !isPreprocessed(resources.value), let kind = kind(resources.value, unless: .mapping) {
            report(resources, "Resources must be a mapping, not \(kind)")
            return errors
        }
        for resource in resources.value.pairs {
            guard let id = resource.key.scalar, !id.hasPrefix("Fn::ForEach::") else { continue }
            if !isPreprocessed(resource.value), let kind = kind(resource.value, unless: .mapping) {
                report(resource, "resource \(id) must be a mapping, not \(kind)")
                continue
            }
            if let type = resource.value.pair("Type"), !isPreprocessed(type.value), let kind = kind(type.value, unless: .string) {
                report(type, "Type of resource \(id) must be a string, not \(kind)")
            }
            // `Properties: !If [...]` is resolved at deploy time.
            if let properties = resource.value.pair("Properties"), !isPreprocessed(properties.value),
               let kind = kind(properties.value, unless: .mapping) {
                report(properties, "Properties of resource \(id) must be a mapping, not \(kind)")
            }
        }
        return errors
    }

    /// A value replaced before CloudFormation checks the shape: an intrinsic function, or a
    /// pre-processor's directive (`Type: !Rain::Module x`, `{"Rain::Module": x}`). Unknown here,
    /// so never an error.
    private static func isPreprocessed(_ node: Node) -> Bool {
        if let tag = node.tag, tag.hasPrefix("!") { return true }
        guard case .mapping(let pairs) = node.kind, pairs.count == 1, let key = pairs[0].key.scalar else { return false }
        return FastText.contains(key, "::")
    }

    private enum Shape { case mapping, string }

    /// What `node` is ("a list", "a number", "null"), or nil when it has the expected shape.
    private static func kind(_ node: Node, unless expected: Shape) -> String? {
        switch node.kind {
        case .mapping: return expected == .mapping ? nil : "a mapping"
        case .sequence: return "a list"
        case .scalar(let text):
            if node.isNull { return "null" }
            let typed = node.tag == nil && node.isPlainScalar
            if typed && ["true", "false", "True", "False", "TRUE", "FALSE"].contains(text) { return "a boolean" }
            if typed && isNumber(text) || node.tag == "tag:yaml.org,2002:int" || node.tag == "tag:yaml.org,2002:float" {
                return "a number"
            }
            return expected == .string ? nil : "a string"
        }
    }

    /// A plain scalar that YAML (or JSON) reads as a number: `5`, `-1.5`, `1e3`, `0x1F`, `.5`.
    private static func isNumber(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, "0123456789+-.".unicodeScalars.contains(first) else { return false }
        if Int(text) != nil || Double(text) != nil { return true }
        let digits = text.hasPrefix("-") || text.hasPrefix("+") ? text.dropFirst() : Substring(text)
        for prefix in ["0x", "0o"] where digits.hasPrefix(prefix) {
            return Int(digits.dropFirst(2), radix: prefix == "0x" ? 16 : 8) != nil
        }
        return false
    }
}
