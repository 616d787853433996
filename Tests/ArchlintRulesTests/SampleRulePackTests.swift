import ArchlintDriver
import ArchlintModel
import ArchlintRules
import Foundation
import Testing

/// samples/rule-pack: every rule parses and its examples behave as written, through the same
/// runner as the built-in catalog's (relations, tags and custom categories included).
@Suite struct SampleRulePackTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("samples/rule-pack").path

    static let files: [String] = {
        (try? FileManager.default.subpathsOfDirectory(atPath: directory))?.filter { $0.hasSuffix(".yaml") }.sorted() ?? []
    }()

    @Test func thePackHasSevenRules() {
        #expect(Self.files.count == 7, "\(Self.files)")
    }

    @Test(arguments: files)
    func examplesBehaveAsWritten(file: String) throws {
        let text = try String(contentsOfFile: Self.directory + "/" + file, encoding: .utf8)
        let rule = try RuleFileParser.parse(text: text, path: "samples/rule-pack/" + file)
        #expect(!rule.checks.isEmpty)
        for failure in ExampleRunner.run(rule) {
            Issue.record("\(failure)")
        }
    }
}
