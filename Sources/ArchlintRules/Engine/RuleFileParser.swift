import ArchlintModel
import ArchlintYAML

/// A mistake in a rule file, at its line and column (0 when the file has no position for it).
public struct RuleFileError: Error, CustomStringConvertible, Sendable {
    public var line: Int
    public var column: Int
    public var message: String

    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    public init(_ message: String, at node: Node) {
        self.init(line: node.mark.line, column: node.mark.column, message: message)
    }

    /// `line:column: message`.
    public var description: String { line > 0 ? "\(line):\(column): \(message)" : message }
}

/// Reads one rule file: `rules/<category>/<ID>-<slug>.yaml`, or a rule pack's file.
public enum RuleFileParser {
    static let topKeys = ["id", "slug", "title", "category", "severity", "opt-in", "controls", "rationale",
                          "remediation", "references", "check", "examples"]
    static let exampleKeys = ["description", "triggering", "now", "files", "expect"]

    /// The whole file, examples included.
    public static func parse(text: String, path: String) throws -> RuleMetadata {
        let root = try document(Array(text.utf8))
        let examples = try (root["examples"].map { try exampleList($0) } ?? [])
        var metadata = try header(root, path: path, loadExamples: { [] })
        if let check = root["check"] { try CheckParser.validatePatterns(in: check) }
        metadata.examples = examples
        return metadata
    }

    /// Everything before the top-level `examples:` key now, except the rationale, remediation
    /// and references, and the parse of the checks (their resource types are read now); those
    /// and the examples on first use. Docs, checks or examples that fail to parse then read as
    /// empty (`RuleCatalog.problems` reports them).
    public static func parseLazily(text: String, path: String) throws -> RuleMetadata {
        let parts = Parts(text)
        let root = try document(withoutDocs(parts.head))
        return try header(root, path: path, loadDocs: { parts.docs }, lazyChecks: true, loadExamples: { parts.examples })
    }

    /// A built-in rule from what `header` reads of its file, compiled in (`EmbeddedRuleHeaders.swift`):
    /// nothing of the file is parsed now. The docs, checks and examples are parsed on first use,
    /// exactly as `parseLazily` parses them.
    static func metadata(_ header: EmbeddedRuleHeader, text: String) -> RuleMetadata {
        // The text is split on first use too: a closure's first call, not start-up.
        let parts = OnDemand { Parts(text) }
        var metadata = RuleMetadata(id: header.id, slug: header.slug, title: header.title,
                                    category: Category(rawValue: header.category), severity: header.severity,
                                    sourcePath: header.path, loadDocs: { parts.value.docs },
                                    loadExamples: { parts.value.examples })
        metadata.controls = header.controls
        metadata.optIn = header.optIn
        if let types = header.checkTypes { metadata.loadChecks(selecting: types) { parts.value.checks } }
        return metadata
    }

    /// A rule file cut where its top-level `examples:` key starts, and the parts read lazily.
    private struct Parts: Sendable {
        let head: [UInt8]
        let rest: [UInt8]
        let linesBefore: Int

        init(_ text: String) {
            let bytes = Array(text.utf8)
            let split = RuleFileParser.examplesStart(bytes) ?? bytes.count
            head = Array(bytes[..<split])
            rest = Array(bytes[split...])
            linesBefore = head.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        }

        var docs: RuleDocs {
            guard let node = try? RuleFileParser.document(head) else { return RuleDocs(rationale: "", remediation: "", references: []) }
            return RuleFileParser.docs(node)
        }

        /// The `check:` entry's checks (what `header` parses of it when they are not lazy).
        var checks: [CheckSpec] {
            guard let root = try? RuleFileParser.document(RuleFileParser.withoutDocs(head)), let check = root["check"] else { return [] }
            return (try? CheckParser.checks(check)) ?? []
        }

        var examples: [RuleExample] {
            guard !rest.isEmpty, let node = try? RuleFileParser.document(rest) else { return [] }
            var examples = (try? (node["examples"].map { try RuleFileParser.exampleList($0) } ?? [])) ?? []
            for index in examples.indices { examples[index].line += linesBefore }
            return examples
        }
    }

    static let docKeys = ["rationale", "remediation", "references"]

    /// The text with the top-level `rationale`, `remediation` and `references` entries emptied,
    /// their newlines kept (every other line and column stays where it was). A top-level entry
    /// runs from a line that starts with its key to the next line that starts in column 1.
    static func withoutDocs(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var inDocs = false
        var lineStart = 0
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            if lineEnd > lineStart, ![0x20, 0x09, 0x0D].contains(bytes[lineStart]) {
                inDocs = docKeys.contains { key in
                    let end = lineStart + key.utf8.count
                    return end < lineEnd && bytes[lineStart..<end].elementsEqual(key.utf8) && bytes[end] == UInt8(ascii: ":")
                }
            }
            if !inDocs { out += bytes[lineStart..<lineEnd] }
            if lineEnd < bytes.count { out.append(0x0A) }
            lineStart = lineEnd + 1
        }
        return out
    }

    /// The rationale, remediation and references of a parsed rule file.
    static func docs(_ root: Node) -> RuleDocs {
        RuleDocs(rationale: trimmed(root["rationale"]?.scalar ?? ""), remediation: trimmed(root["remediation"]?.scalar ?? ""),
                 references: references(root))
    }

    static func references(_ root: Node) -> [String] { root["references"]?.items.compactMap(\.scalar) ?? [] }

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
            // `YAML.parse` throws only `YAMLError`.
            throw RuleFileError(line: error.mark.line, column: error.mark.column, message: error.message)
        }
        guard let root = documents.first else { throw RuleFileError(line: 1, column: 1, message: "empty rule file") }
        guard root.isMapping else { throw RuleFileError("a rule file is a mapping (id, title, category, ...)", at: root) }
        return root
    }

    /// `loadDocs`: nil when the docs are in `root` and checked there; otherwise they are left
    /// out of `root` and read by it on first use.
    private static func header(_ root: Node, path: String, loadDocs: (@Sendable () -> RuleDocs)? = nil,
                               lazyChecks: Bool = false,
                               loadExamples: @escaping @Sendable () -> [RuleExample]) throws -> RuleMetadata {
        for pair in root.pairs {
            guard let key = pair.key.scalar, topKeys.contains(key) else {
                throw RuleFileError("unknown key `\(pair.key.scalar ?? "?")` in a rule file (expected one of: \(topKeys.joined(separator: ", ")))",
                                    at: pair.key)
            }
        }
        func field(_ key: String) throws -> String {
            guard let value = root[key]?.scalar, !value.isEmpty else {
                throw RuleFileError("missing `\(key)`", at: root[key] ?? root)
            }
            return trimmed(value)
        }
        let categoryName = try field("category")
        guard Category.isValidName(categoryName) else {
            throw RuleFileError("category `\(categoryName)` is not a lower-case kebab-case name (least-privilege, encryption, health-check, private-subnet, certificate, pipeline, or your own such as tagging)",
                                at: root["category"]!)
        }
        let severityName = try field("severity")
        guard let severity = Severity(rawValue: severityName) else {
            throw RuleFileError("unknown severity `\(severityName)` (error, warning or note)", at: root["severity"]!)
        }
        let id = try field("id")
        guard id.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") }),
              id.first?.isLetter == true else {
            throw RuleFileError("rule ID `\(id)` must start with a letter and hold only letters, digits, - and _", at: root["id"]!)
        }
        var metadata: RuleMetadata
        if let loadDocs {
            metadata = RuleMetadata(id: id, slug: try field("slug"), title: try field("title"),
                                    category: Category(rawValue: categoryName), severity: severity,
                                    sourcePath: path, loadDocs: loadDocs, loadExamples: loadExamples)
        } else {
            metadata = RuleMetadata(id: id, slug: try field("slug"), title: try field("title"),
                                    category: Category(rawValue: categoryName), severity: severity,
                                    rationale: try field("rationale"), remediation: try field("remediation"),
                                    references: references(root), sourcePath: path, loadExamples: loadExamples)
        }
        metadata.controls = root["controls"]?.items.compactMap(\.scalar) ?? []
        if let optIn = root["opt-in"] {
            guard optIn.isPlainScalar, optIn.scalar == "true" || optIn.scalar == "false" else {
                throw RuleFileError("`opt-in` must be true or false", at: optIn)
            }
            metadata.optIn = optIn.scalar == "true"
        }
        if let check = root["check"] {
            // `lazyChecks`: parsed when a run first needs them. A check that does not name its
            // types plainly is parsed now (it fails to).
            if lazyChecks, let types = CheckParser.resourceTypes(check) {
                metadata.loadChecks(selecting: types) { (try? CheckParser.checks(check)) ?? [] }
            } else {
                metadata.checks = try CheckParser.checks(check)
            }
        }
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

    static func exampleList(_ node: Node) throws -> [RuleExample] {
        guard node.isSequence else { throw RuleFileError("`examples` must be a list", at: node) }
        return try node.items.map(example)
    }

    static func example(_ node: Node) throws -> RuleExample {
        guard node.isMapping else { throw RuleFileError("an example must be a mapping", at: node) }
        for pair in node.pairs {
            guard let key = pair.key.scalar, exampleKeys.contains(key) else {
                throw RuleFileError("unknown key `\(pair.key.scalar ?? "?")` in an example (expected one of: \(exampleKeys.joined(separator: ", ")))",
                                    at: pair.key)
            }
        }
        guard let files = node["files"], case .mapping(let pairs) = files.kind, !pairs.isEmpty else {
            throw RuleFileError("example without files", at: node["files"] ?? node)
        }
        let triggering = node["triggering"]?.scalar == "true"
        if triggering, !pairs.contains(where: { $0.value.scalar?.unicodeScalars.contains(MarkedText.marker) ?? false }) {
            throw RuleFileError("a triggering example marks where each finding must appear with ⚠ (none found)", at: files)
        }
        var example = RuleExample(
            triggering: triggering,
            description: node["description"]?.scalar ?? "",
            files: pairs.map { RuleExample.File(name: $0.key.scalar ?? "file", content: $0.value.scalar ?? "") },
            expectedPaths: node["expect"]?.items.compactMap(\.scalar) ?? [],
            now: node["now"]?.scalar)
        example.line = node.mark.line
        return example
    }
}
