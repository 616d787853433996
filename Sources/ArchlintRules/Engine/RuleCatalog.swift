import ArchlintModel
import ArchlintYAML

/// The rule files, parsed once from the copies embedded in the binary
/// (`EmbeddedRules.swift`, generated from `rules/` by `scripts/embed-rules.py`).
public final class RuleCatalog: Sendable {
    public static let shared = RuleCatalog(files: embeddedRuleFiles)

    public let rules: [RuleMetadata]
    /// Rule files that could not be read; a test keeps this empty.
    public let problems: [String]

    public init(files: [(path: String, text: String)]) {
        var rules: [RuleMetadata] = []
        var problems: [String] = []
        for file in files {
            do {
                rules.append(try RuleFileParser.parse(text: file.text, path: file.path))
            } catch {
                problems.append("\(file.path): \(error)")
            }
        }
        self.rules = rules.sorted { $0.id < $1.id }
        self.problems = problems
    }

    public func rule(_ idOrSlug: String) -> RuleMetadata? {
        rules.first { $0.id.caseInsensitiveCompare(idOrSlug) == .orderedSame || $0.slug == idOrSlug }
    }
}

public struct RuleFileError: Error, CustomStringConvertible, Sendable {
    public var description: String
}

/// Reads one `rules/<category>/<ID>-<slug>.yaml` file.
public enum RuleFileParser {
    public static func parse(text: String, path: String) throws -> RuleMetadata {
        let documents: [Node]
        do {
            documents = try YAML.parse(Array(text.utf8))
        } catch {
            throw RuleFileError(description: "\(error)")
        }
        guard let root = documents.first else { throw RuleFileError(description: "empty rule file") }
        func field(_ key: String) throws -> String {
            guard let value = root[key]?.scalar, !value.isEmpty else {
                throw RuleFileError(description: "missing `\(key)`")
            }
            return value.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        guard let category = Category(rawValue: try field("category")) else {
            throw RuleFileError(description: "unknown category")
        }
        guard let severity = Severity(rawValue: try field("severity")) else {
            throw RuleFileError(description: "unknown severity")
        }
        let references = root["references"]?.items.compactMap(\.scalar) ?? []
        let examples = try (root["examples"]?.items ?? []).map(example)
        return RuleMetadata(id: try field("id"), slug: try field("slug"), title: try field("title"), category: category,
                            severity: severity, rationale: try field("rationale"), remediation: try field("remediation"),
                            references: references, examples: examples, sourcePath: path)
    }

    static func example(_ node: Node) throws -> RuleExample {
        guard let files = node["files"], case .mapping(let pairs) = files.kind, !pairs.isEmpty else {
            throw RuleFileError(description: "example without files")
        }
        let triggering = node["triggering"]?.scalar == "true"
        return RuleExample(
            triggering: triggering,
            description: node["description"]?.scalar ?? "",
            files: pairs.map { RuleExample.File(name: $0.key.scalar ?? "file", content: $0.value.scalar ?? "") },
            expectedPaths: node["expect"]?.items.compactMap(\.scalar) ?? [],
            now: node["now"]?.scalar)
    }
}

import Foundation
