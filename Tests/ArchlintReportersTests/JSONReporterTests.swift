import ArchlintModel
import Foundation
import Testing
@testable import ArchlintReporters

@Suite struct JSONReporterTests {
    func json(_ report: ScanReport) -> String {
        String(decoding: Reporter.render(report, format: .json), as: UTF8.self)
    }

    func parsed(_ report: ScanReport) throws -> [String: Any] {
        let data = Data(Reporter.render(report, format: .json))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func golden() {
        let expected = #"""
            {
              "version": 1,
              "tool": {
                "name": "archlint",
                "version": "0.1.0"
              },
              "findings": [
                {
                  "ruleId": "LP101",
                  "category": "least-privilege",
                  "severity": "error",
                  "message": "Statement allows \"*\" on \"*\" & more",
                  "file": "infra/app.yaml",
                  "line": 12,
                  "column": 9,
                  "resource": "ServiceRole",
                  "resourceType": "AWS::IAM::Role",
                  "path": "Resources/ServiceRole/Properties/Policies/0"
                },
                {
                  "ruleId": "LP101",
                  "category": "least-privilege",
                  "severity": "error",
                  "message": "Action \u001b[31mred\u001b[0m allowed",
                  "file": "infra/app.yaml",
                  "line": 20,
                  "column": 9,
                  "resource": "ServiceRole",
                  "resourceType": "AWS::IAM::Role",
                  "path": "Resources/ServiceRole/Properties/Policies/1"
                },
                {
                  "ruleId": "EN201",
                  "category": "encryption",
                  "severity": "warning",
                  "message": "Bucket has no default encryption",
                  "file": "infra/app.yaml",
                  "line": 30,
                  "column": 5,
                  "resource": "Bucket",
                  "resourceType": "AWS::S3::Bucket",
                  "path": "Resources/Bucket/Properties"
                },
                {
                  "ruleId": "LP101",
                  "category": "least-privilege",
                  "severity": "warning",
                  "message": "bad\u0001char \#u{FFFE} and 🔥 emoji\nsecond line",
                  "file": "infra/net.json",
                  "line": 3,
                  "column": 5,
                  "resource": "Role]]>&\"quoted\"",
                  "resourceType": "AWS::IAM::Role",
                  "path": "Roles/0/Policy]]>"
                },
                {
                  "ruleId": "EN201",
                  "category": "encryption",
                  "severity": "note",
                  "message": "line\u2028sep\u0085",
                  "file": "infra/net.json",
                  "line": 7,
                  "column": 3,
                  "resource": "Ghost",
                  "resourceType": "AWS::S3::Bucket",
                  "path": "Buckets/0"
                }
              ],
              "errors": [
                {
                  "file": "infra/broken.yaml",
                  "line": 4,
                  "column": 1,
                  "message": "mapping values are not allowed here"
                },
                {
                  "file": "infra/evil\u001b]0;title\u0007.yaml",
                  "line": 1,
                  "column": 1,
                  "message": "bad & <bad>"
                }
              ],
              "notices": [],
              "skipped": [],
              "summary": {
                "files": 5,
                "skipped": 1,
                "resources": 6,
                "findings": 5,
                "errors": 2,
                "suppressed": 0,
                "baselined": 0,
                "notices": 0,
                "bySeverity": {
                  "error": 2,
                  "warning": 2,
                  "note": 1
                }
              }
            }

            """#
        #expect(json(Fixture.report) == expected)
    }

    @Test func emptyArraysAndObjects() {
        let out = json(Fixture.empty)
        #expect(out.contains("\n  \"findings\": [],\n  \"errors\": [],\n  \"notices\": [],\n"))
        #expect(out.hasSuffix("}\n"))
    }

    @Test func parsesAndCountsAddUp() throws {
        let object = try parsed(Fixture.report)
        let findings = try #require(object["findings"] as? [[String: Any]])
        let errors = try #require(object["errors"] as? [[String: Any]])
        let summary = try #require(object["summary"] as? [String: Any])
        let bySeverity = try #require(summary["bySeverity"] as? [String: Int])
        #expect(object["version"] as? Int == 1)
        #expect(summary["findings"] as? Int == findings.count)
        #expect(summary["errors"] as? Int == errors.count)
        #expect(bySeverity.values.reduce(0, +) == findings.count)
        for severity in Severity.allCases {
            #expect(bySeverity[severity.rawValue] == findings.filter { $0["severity"] as? String == severity.rawValue }.count)
        }
        // Every string comes back exactly as it went in.
        #expect(findings.map { $0["message"] as? String } == Fixture.report.findings.map(\.message))
        #expect(findings.map { $0["resource"] as? String } == Fixture.report.findings.map(\.resource))
        #expect(errors.map { $0["file"] as? String } == Fixture.report.errors.map(\.file))
    }

    @Test(arguments: [
        ("a/b", #""a/b""#),
        ("😀 𝄞", #""😀 𝄞""#),
        ("\u{2028}\u{2029}", #""\u2028\u2029""#),
        ("\"\\\u{08}\u{0C}\t\r\n\u{1F}\u{7F}", #""\"\\\u0008\u000c\t\r\n\u001f\u007f""#),
    ])
    func quote(input: String, expected: String) throws {
        #expect(JSONValue.quote(input) == expected)
        let decoded = try JSONSerialization.jsonObject(with: Data(("[" + expected + "]").utf8)) as? [String]
        #expect(decoded == [input])
    }
}
