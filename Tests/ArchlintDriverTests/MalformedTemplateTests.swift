import ArchlintDriver
import ArchlintModel
import Foundation
import Testing

/// CloudFormation rejects a template whose `Resources` or resources have the wrong shape:
/// each is a load error at its line and column, and the well-formed resources of the same
/// file are still checked.
@Suite struct MalformedTemplateTests {
    static let resources = """
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:
          Good:
            Type: AWS::ECS::Service
            Properties:
              NetworkConfiguration:
                AwsvpcConfiguration: {AssignPublicIp: ENABLED, Subnets: [subnet-1]}
          B: hello
          C:
            Type: 5
          D:
            Type: AWS::S3::Bucket
            Properties: [a, b]
          E:
            Type: AWS::S3::Bucket
            Properties:
          F:
            Type: [AWS::S3::Bucket]
          G:
            Type: AWS::SNS::Topic
            Properties: !If [Create, {TopicName: a}, !Ref AWS::NoValue]
          H:
          I:
            Type: AWS::SNS::Topic
            Properties: {TopicName: b}
          Fn::ForEach::Topics: [Name, [a, b], {"Topic${Name}": {Type: AWS::SNS::Topic}}]
          Module:
            Type: !Rain::Module ./bucket.yaml

        """

    func check(_ files: [String: String]) throws -> ScanReport {
        let directory = NSTemporaryDirectory() + "archlint-malformed-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for (name, text) in files {
            try Data(text.utf8).write(to: URL(fileURLWithPath: directory + "/" + name))
        }
        var report = Checker.run(CheckOptions(paths: [directory], now: Paths.now))
        for index in report.errors.indices { report.errors[index].file.removeFirst(directory.count + 1) }
        return report
    }

    func lines(_ errors: [LoadError]) -> [String] {
        errors.map { "\($0.file):\($0.line):\($0.column): \($0.message)" }
    }

    @Test func malformedResourcesAreErrorsAndTheRestIsChecked() throws {
        let report = try check(["t.yaml": Self.resources])
        #expect(lines(report.errors) == [
            "t.yaml:8:6: resource B must be a mapping, not a string",
            "t.yaml:10:11: Type of resource C must be a string, not a number",
            "t.yaml:13:5: Properties of resource D must be a mapping, not a list",
            "t.yaml:16:5: Properties of resource E must be a mapping, not null",
            "t.yaml:18:5: Type of resource F must be a string, not a list",
            "t.yaml:22:3: resource H must be a mapping, not null",
        ])
        #expect(report.findings.contains { $0.ruleId == "PS101" && $0.site.path.hasPrefix("Resources/Good/") },
                "the well-formed resource is still checked")
    }

    @Test func malformedResourcesSection() throws {
        let report = try check([
            "list.yaml": "AWSTemplateFormatVersion: \"2010-09-09\"\nResources:\n  - Type: AWS::S3::Bucket\n",
            "string.yaml": "AWSTemplateFormatVersion: \"2010-09-09\"\nResources: hello\n",
            "null.yaml": "AWSTemplateFormatVersion: \"2010-09-09\"\nResources:\nOutputs: {}\n",
            "number.json": "{\"AWSTemplateFormatVersion\": \"2010-09-09\",\n \"Resources\": {\"A\": {\"Type\": 5}}}",
            // A macro defines its own shape; Rain's modules are replaced before deployment.
            "macro.yaml": "Transform: ShortHand\nResources:\n  - S3::Bucket\n",
            "rain.json": "{\"Resources\": {\"A\": {\"Type\": {\"Rain::Module\": \"./b.yaml\"}}}}",
        ])
        #expect(lines(report.errors) == [
            "list.yaml:2:1: Resources must be a mapping, not a list",
            "null.yaml:2:1: Resources must be a mapping, not null",
            "number.json:2:30: Type of resource A must be a string, not a number",
            "string.yaml:2:12: Resources must be a mapping, not a string",
        ])
    }
}
