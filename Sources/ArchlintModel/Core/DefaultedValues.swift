/// The values the loader read at a parameter's `Default` (a `Ref`, or a `Fn::Sub`/`Fn::Join`
/// over one, in a typed property), by position: a finding on one says so, whichever rule
/// reports it (`annotate`), and a rule that judges one value and reports at another asks here.
public struct DefaultedValues: Sendable {
    private struct Position: Hashable {
        var file: String
        var line: Int
        var column: Int
    }

    private let parameters: [Position: [String]]

    public init(_ templates: [TemplateDeclarations]) {
        var parameters: [Position: [String]] = [:]
        for template in templates {
            for value in template.defaultedValues {
                parameters[Position(file: template.file, line: value.line, column: value.column)] = value.parameters
            }
        }
        self.parameters = parameters
    }

    /// The parameters whose defaults gave the value at `site`, or nil.
    public func parameters(at site: Site) -> [String]? {
        guard !parameters.isEmpty else { return nil }
        return parameters[Position(file: site.file, line: site.line, column: site.column)]
    }

    /// " (at the default of parameter X)".
    public static func note(_ names: [String]) -> String {
        " (at the default of parameter\(names.count == 1 ? "" : "s") \(names.joined(separator: ", ")))"
    }

    /// Adds `note` to each finding on such a value, unless its message already says where the
    /// value came from (the declarative checks and the secrets scan word it themselves).
    public func annotate(_ findings: inout [Finding]) {
        guard !parameters.isEmpty else { return }
        for index in findings.indices {
            guard let names = parameters(at: findings[index].site),
                  !Self.namesADefault(findings[index].message, names) else { continue }
            findings[index].message += Self.note(names)
        }
    }

    /// Whether a message already says where the value came from.
    public static func namesADefault(_ message: String, _ names: [String]) -> Bool {
        FastText.contains(message, "default of parameter") || names.contains { FastText.contains(message, "parameter \($0)") }
    }
}
