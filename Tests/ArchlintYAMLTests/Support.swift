import ArchlintYAML

/// The single document of `text`.
func doc(_ text: String, limits: YAMLLimits = .init()) throws -> Node {
    let docs = try YAML.parse(text, limits: limits)
    guard docs.count == 1 else { throw TestFailure("expected one document, got \(docs.count)") }
    return docs[0]
}

/// The error `YAML.parse` throws for `bytes`, or nil when it succeeds.
func parseError(_ bytes: [UInt8], limits: YAMLLimits = .init()) -> YAMLError? {
    do {
        _ = try YAML.parse(bytes, limits: limits)
        return nil
    } catch {
        return error
    }
}

func parseError(_ text: String, limits: YAMLLimits = .init()) -> YAMLError? {
    parseError(Array(text.utf8), limits: limits)
}

func at(_ line: Int, _ column: Int) -> Mark { Mark(line: line, column: column) }

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}
