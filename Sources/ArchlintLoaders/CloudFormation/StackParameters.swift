import ArchlintModel
import ArchlintYAML

/// The parameter values a stack is deployed with, read from a parameter file: the
/// `[{"ParameterKey": ..., "ParameterValue": ...}]` list of `aws cloudformation create-stack
/// --parameters file://...`, or CodePipeline's template configuration
/// (`{"Parameters": {"Key": "Value"}}`). A template loaded with them resolves a `Ref` to one of
/// these parameters to the deployed value.
public struct StackParameters: Sendable {
    public struct Value: Sendable {
        public var name: String
        public var value: String
        /// Where the parameter's name is written in the parameter file.
        public var site: Site
    }

    /// The parameter file, as reported.
    public var file: String
    public var values: [Value]

    public init(file: String, values: [Value]) {
        self.file = file
        self.values = values
    }

    /// Reads a parameter file; a file of neither shape is an error at its line.
    public static func parse(_ bytes: [UInt8], file: String) -> Result<StackParameters, LoadError> {
        let root: Node
        do {
            guard let first = try YAML.parse(bytes, limits: YAMLLimits(maxDepth: 64, maxNodes: 1_000_000,
                                                                      maxAliasExpansion: 100_000,
                                                                      maxBytes: 16 * 1024 * 1024)).first else {
                return .failure(LoadError(file: file, line: 1, column: 1, message: "empty parameter file"))
            }
            root = first
        } catch {
            return .failure(LoadError(file: file, line: max(1, error.mark.line), column: max(1, error.mark.column),
                                      message: error.message))
        }
        func fail(_ node: Node, _ message: String) -> Result<StackParameters, LoadError> {
            .failure(LoadError(file: file, line: node.mark.line, column: node.mark.column, message: message))
        }
        var values: [Value] = []
        if case .sequence(let entries) = root.kind {
            for entry in entries {
                guard let key = entry["ParameterKey"], let name = key.scalar else {
                    return fail(entry, "a parameter entry needs `ParameterKey` and `ParameterValue`")
                }
                // `UsePreviousValue: true` keeps whatever the stack has: not known here.
                if entry["UsePreviousValue"]?.scalar?.lowercased() == "true" { continue }
                guard let value = entry["ParameterValue"], let text = text(value) else {
                    return fail(entry, "parameter `\(name)` needs a `ParameterValue`")
                }
                values.append(Value(name: name, value: text, site: site(key, file: file)))
            }
        } else if let parameters = root["Parameters"], case .mapping(let pairs) = parameters.kind {
            for pair in pairs {
                guard let name = pair.key.scalar, let text = text(pair.value) else {
                    return fail(pair.key, "a parameter is a name and a value")
                }
                values.append(Value(name: name, value: text, site: site(pair.key, file: file)))
            }
        } else {
            return fail(root, "not a parameter file: expected a list of {ParameterKey, ParameterValue} or {\"Parameters\": {...}}")
        }
        return .success(StackParameters(file: file, values: values))
    }

    /// A scalar, or a list of scalars joined with commas (a `CommaDelimitedList`).
    private static func text(_ node: Node) -> String? {
        if let text = node.scalar { return text }
        guard case .sequence(let items) = node.kind else { return nil }
        let texts = items.compactMap(\.scalar)
        return texts.count == items.count ? texts.joined(separator: ",") : nil
    }

    private static func site(_ node: Node, file: String) -> Site {
        Site(file: file, line: node.mark.line, column: node.mark.column, path: "")
    }

    /// The problems of applying these values to a template that declares `declared`: every
    /// name the template does not declare, at its line.
    public func undeclared(in declared: Set<String>, template: String) -> [LoadError] {
        values.filter { !declared.contains($0.name) }.map {
            LoadError(file: file, line: $0.site.line, column: $0.site.column,
                      message: "parameter `\($0.name)` is not declared in \(template)")
        }
    }
}
