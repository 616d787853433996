import ArchlintRules
import Foundation
import Testing

/// `docs/rules/` is generated from the rule files and committed; it must not go stale.
@Suite struct GeneratedDocsTests {
    @Test func docsMatchTheRuleFiles() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let directory = root.appendingPathComponent("docs/rules")
        let expected = CatalogText.documentationFiles(RuleCatalog.shared.rules)
        let onDisk = Set((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
        let hint = "regenerate: swift run archlint docs docs/rules (after python3 scripts/embed-rules.py)"
        #expect(onDisk == Set(expected.map(\.name)), "\(hint)")
        for (name, text) in expected {
            let current = try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            #expect(current == text, "docs/rules/\(name) is stale: \(hint)")
        }
    }
}
