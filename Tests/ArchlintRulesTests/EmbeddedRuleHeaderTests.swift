import ArchlintModel
import Foundation
import Testing
@testable import ArchlintRules

/// The compiled-in headers of the built-in rules (`EmbeddedRuleHeaders.swift`) are what the
/// parser reads from the files, and the catalog built from them is the parsed catalog.
/// `ARCHLINT_UPDATE_EMBEDDED=1 swift test --filter EmbeddedRuleHeaderTests` rewrites the file
/// after `python3 scripts/embed-rules.py`.
@Suite struct EmbeddedRuleHeaderTests {
    static let generatedFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/ArchlintRules/Engine/EmbeddedRuleHeaders.swift")

    /// The file's text, from the embedded rule files read as `parseLazily` reads them.
    static func generated() throws -> String {
        var out = "// GENERATED from rules/ by `ARCHLINT_UPDATE_EMBEDDED=1 swift test --filter EmbeddedRuleHeaderTests` — DO NOT EDIT.\n\n"
        out += "let embeddedRuleHeaders: [EmbeddedRuleHeader] = [\n"
        for file in embeddedRuleFiles {
            let rule = try RuleFileParser.parseLazily(text: file.text, path: file.path)
            let types = rule.checkTypes.isEmpty ? "nil" : list(rule.checkTypes)
            out += "    EmbeddedRuleHeader(\n"
            out += "        path: \(literal(file.path)), id: \(literal(rule.id)), slug: \(literal(rule.slug)),\n"
            out += "        title: \(literal(rule.title)),\n"
            out += "        category: \(literal(rule.category.rawValue)), severity: .\(rule.severity.rawValue), optIn: \(rule.optIn),\n"
            out += "        controls: \(list(rule.controls)), checkTypes: \(types)),\n"
        }
        return out + "]\n"
    }

    static func list(_ items: [String]) -> String { "[" + items.map(literal).joined(separator: ", ") + "]" }

    /// A Swift string literal for `text` (`CatalogText.quote` writes JSON's, whose `\u0009` Swift rejects).
    static func literal(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    @Test func headersAreFresh() throws {
        let text = try Self.generated()
        if ProcessInfo.processInfo.environment["ARCHLINT_UPDATE_EMBEDDED"] == "1" {
            try text.write(to: Self.generatedFile, atomically: true, encoding: .utf8)
            return
        }
        let onDisk = try String(contentsOf: Self.generatedFile, encoding: .utf8)
        #expect(onDisk == text,
                "EmbeddedRuleHeaders.swift is stale: run python3 scripts/embed-rules.py, then ARCHLINT_UPDATE_EMBEDDED=1 swift test --filter EmbeddedRuleHeaderTests")
    }

    @Test func catalogFromHeadersIsTheParsedCatalog() throws {
        #expect(embeddedRuleHeaders.map(\.path) == embeddedRuleFiles.map(\.path))
        for (header, file) in zip(embeddedRuleHeaders, embeddedRuleFiles) {
            let parsed = try RuleFileParser.parseLazily(text: file.text, path: file.path)
            let compiled = RuleFileParser.metadata(header, text: file.text)
            #expect(compiled.checkTypes == parsed.checkTypes, "\(file.path)")
            // Docs, parsed checks and examples (with their lines) included.
            #expect(compiled == parsed, "\(file.path)")
            #expect(compiled.examples.map(\.line) == parsed.examples.map(\.line), "\(file.path)")
        }
    }

    @Test func startUpParsesNoRuleFile() {
        let catalog = RuleCatalog(files: embeddedRuleFiles, headers: embeddedRuleHeaders)
        #expect(catalog.rules.count == embeddedRuleFiles.count)
        for rule in catalog.rules {
            // A rule without checks has its (empty) checks from the start.
            #expect(!rule.docsLoaded && !rule.examplesLoaded && (!rule.hasChecks || !rule.checksLoaded), "\(rule.id)")
        }
    }

    @Test func headersThatAreNotTheFilesAreNotUsed() throws {
        let files = Array(embeddedRuleFiles.prefix(3))
        let catalog = RuleCatalog(files: files, headers: Array(embeddedRuleHeaders.dropFirst().prefix(3)))
        let parsed = try files.map { try RuleFileParser.parseLazily(text: $0.text, path: $0.path) }.sorted { $0.id < $1.id }
        #expect(catalog.rules == parsed)
    }
}
