import ArchlintModel
import ArchlintYAML

/// The rule files, parsed once from the copies embedded in the binary
/// (`EmbeddedRules.swift`, generated from `rules/` by `scripts/embed-rules.py`).
///
/// Start-up reads only what `check` needs: each file up to its top-level `examples:` key.
/// The examples (most of each file) are parsed when `examples` is first read on a rule
/// (`explain`, `docs`, the example tests); `problems` parses every file whole.
public final class RuleCatalog: Sendable {
    public static let shared = RuleCatalog(files: embeddedRuleFiles)

    public let rules: [RuleMetadata]
    private let fullParseProblems: OnDemand<[String]>

    /// Rule files that could not be read, examples included; a test keeps this empty.
    public var problems: [String] { fullParseProblems.value }

    public init(files: [(path: String, text: String)]) {
        var rules: [RuleMetadata] = []
        var headerProblems: [String] = []
        for file in files {
            do {
                rules.append(try RuleFileParser.parseLazily(text: file.text, path: file.path))
            } catch {
                headerProblems.append("\(file.path): \(error)")
            }
        }
        self.rules = rules.sorted { $0.id < $1.id }
        let headerProblemsFound = headerProblems
        fullParseProblems = OnDemand {
            var problems: [String] = []
            for file in files {
                do {
                    _ = try RuleFileParser.parse(text: file.text, path: file.path)
                } catch {
                    problems.append("\(file.path): \(error)")
                }
            }
            return problems + headerProblemsFound.filter { !problems.contains($0) }
        }
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
    /// The whole file, examples included.
    public static func parse(text: String, path: String) throws -> RuleMetadata {
        let root = try document(Array(text.utf8))
        let examples = try (root["examples"]?.items ?? []).map(example)
        var metadata = try header(root, path: path, loadExamples: { [] })
        metadata.examples = examples
        return metadata
    }

    /// Everything before the top-level `examples:` key now; the examples on first use.
    /// Examples that fail to parse then read as none (`RuleCatalog.problems` reports them).
    public static func parseLazily(text: String, path: String) throws -> RuleMetadata {
        let bytes = Array(text.utf8)
        let split = examplesStart(bytes) ?? bytes.count
        let root = try document(Array(bytes[..<split]))
        let rest = Array(bytes[split...])
        return try header(root, path: path, loadExamples: {
            guard !rest.isEmpty, let node = try? document(rest) else { return [] }
            return (try? (node["examples"]?.items ?? []).map(example)) ?? []
        })
    }

    /// Byte offset of the line that starts with the top-level key `examples:`.
    static func examplesStart(_ bytes: [UInt8]) -> Int? {
        let key = Array("examples:".utf8)
        var lineStart = 0
        while lineStart < bytes.count {
            if bytes.count - lineStart >= key.count, bytes[lineStart..<lineStart + key.count].elementsEqual(key) {
                let after = lineStart + key.count
                if after == bytes.count || [0x20, 0x0A, 0x0D, 0x09].contains(bytes[after]) { return lineStart }
            }
            guard let newline = bytes[lineStart...].firstIndex(of: 0x0A) else { return nil }
            lineStart = newline + 1
        }
        return nil
    }

    private static func document(_ bytes: [UInt8]) throws -> Node {
        let documents: [Node]
        do {
            documents = try YAML.parse(bytes)
        } catch {
            throw RuleFileError(description: "\(error)")
        }
        guard let root = documents.first else { throw RuleFileError(description: "empty rule file") }
        return root
    }

    private static func header(_ root: Node, path: String,
                               loadExamples: @escaping @Sendable () -> [RuleExample]) throws -> RuleMetadata {
        func field(_ key: String) throws -> String {
            guard let value = root[key]?.scalar, !value.isEmpty else {
                throw RuleFileError(description: "missing `\(key)`")
            }
            return trimmed(value)
        }
        guard let category = Category(rawValue: try field("category")) else {
            throw RuleFileError(description: "unknown category")
        }
        guard let severity = Severity(rawValue: try field("severity")) else {
            throw RuleFileError(description: "unknown severity")
        }
        let references = root["references"]?.items.compactMap(\.scalar) ?? []
        var metadata = RuleMetadata(id: try field("id"), slug: try field("slug"), title: try field("title"), category: category,
                                    severity: severity, rationale: try field("rationale"), remediation: try field("remediation"),
                                    references: references, sourcePath: path, loadExamples: loadExamples)
        metadata.controls = root["controls"]?.items.compactMap(\.scalar) ?? []
        if let check = root["check"] { metadata.checks = try CheckParser.checks(check) }
        return metadata
    }

    /// Without leading and trailing white space (Unicode White_Space, newlines included).
    /// (Foundation's `trimmingCharacters(in:)` goes through NSString: a quarter of a small check.)
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
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
