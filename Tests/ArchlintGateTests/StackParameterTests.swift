import ArchlintDriver
import ArchlintGate
import ArchlintModel
import Foundation
import Testing

/// `stacks:` in `.archlint.yml`: a template is judged with the parameter values it deploys
/// with, read from a parameter file in either of CloudFormation's two formats.
@Suite struct StackParameterTests {
    static let template = """
        Parameters:
          Encrypt: {Type: String, Default: 'true', AllowedValues: ['true', 'false']}
          PublicIp: {Type: String, Default: DISABLED}
        Resources:
          Database:
            Type: AWS::RDS::DBInstance
            Properties: {Engine: postgres, DBInstanceClass: db.t4g.micro, StorageEncrypted: !Ref Encrypt}
          Service:
            Type: AWS::ECS::Service
            Properties:
              NetworkConfiguration:
                AwsvpcConfiguration: {AssignPublicIp: !Ref PublicIp, Subnets: [subnet-1]}
        """

    static let config = """
        stacks:
          - template: infra/stack.yaml
            parameters: params/prod.json
        """

    func check(parameters: String, config: String = config) throws -> ScanReport {
        let directory = try TemporaryDirectory()
        try directory.write("infra/stack.yaml", Self.template)
        try directory.write("params/prod.json", parameters)
        try directory.write(".archlint.yml", config)
        let request = GateRequest(check: CheckOptions(paths: ["infra"], now: Paths.now, jobs: 2), cwd: directory.path)
        return try GatedCheck.run(request).report
    }

    func messages(_ report: ScanReport, _ rule: String) -> [String] {
        report.findings.filter { $0.ruleId == rule }.map { "\($0.site.line):\($0.site.column) \($0.message)" }
    }

    @Test func withoutAParameterFileTheDefaultsAreJudged() throws {
        let directory = try TemporaryDirectory()
        try directory.write("infra/stack.yaml", Self.template)
        let request = GateRequest(check: CheckOptions(paths: ["infra"], now: Paths.now, jobs: 2), cwd: directory.path)
        let report = try GatedCheck.run(request).report
        #expect(messages(report, "EN108").isEmpty)
        #expect(messages(report, "PS101").isEmpty)
    }

    @Test func theCreateStackListFormatGivesTheDeployedValues() throws {
        let report = try check(parameters: """
            [{"ParameterKey": "Encrypt", "ParameterValue": "false"},
             {"ParameterKey": "PublicIp", "ParameterValue": "ENABLED"}]
            """)
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(messages(report, "EN108") == ["7:85 database instance storage is not encrypted (StorageEncrypted false) (parameter Encrypt in params/prod.json)"])
        // Rules written in Swift read the deployed value too.
        #expect(report.findings.filter { $0.ruleId == "PS101" }.map(\.site.path)
                    == ["Resources/Service/Properties/NetworkConfiguration/AwsvpcConfiguration/AssignPublicIp"])
    }

    @Test func thePipelineTemplateConfigurationFormatGivesTheDeployedValues() throws {
        let report = try check(parameters: """
            {"Parameters": {"Encrypt": "false"}, "Tags": {"team": "web"}}
            """)
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(messages(report, "EN108").count == 1)
        #expect(messages(report, "PS101").isEmpty)
    }

    @Test func aParameterTheTemplateDoesNotDeclareIsAnErrorAtItsLine() throws {
        let report = try check(parameters: """
            [{"ParameterKey": "Encrypt", "ParameterValue": "true"},
             {"ParameterKey": "Encryption", "ParameterValue": "false"}]
            """)
        let errors = report.errors.map { "\($0.file):\($0.line):\($0.column): \($0.message)" }
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("params/prod.json:2:19: parameter `Encryption` is not declared in ") == true)
        #expect(errors.first?.hasSuffix("infra/stack.yaml") == true)
    }

    @Test func aBrokenParameterFileOrStackIsAUsageErrorAtItsLine() throws {
        #expect(throws: GateError.self) { try check(parameters: "{\"Parameters\": [1, 2]}") }
        do {
            _ = try check(parameters: "[{\"ParameterValue\": \"x\"}]")
        } catch {
            #expect("\(error)" == "params/prod.json:1:2: a parameter entry needs `ParameterKey` and `ParameterValue`")
        }
        do {
            _ = try check(parameters: "[]", config: "stacks:\n  - template: infra/missing.yaml\n    parameters: params/prod.json\n")
            Issue.record("a missing template is an error")
        } catch {
            #expect("\(error)".hasPrefix(".archlint.yml:2:15: stack template"))
        }
        do {
            _ = try check(parameters: "[]", config: "stacks:\n  - template: infra/stack.yaml\n")
            Issue.record("a stack without parameters is an error")
        } catch {
            #expect("\(error)" == ".archlint.yml:2:5: a stack needs `parameters` (a parameter file)")
        }
    }
}
