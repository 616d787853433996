import ArchlintDriver
import ArchlintGate
import ArchlintModel
import Foundation
import Testing

/// Rule parameters of `.archlint.yml`, end to end: each changes what its rule reports.
@Suite struct RuleParameterTests {
    /// Paths of the findings of `rule` when checking `files` with `config` (nil: none).
    func findings(_ rule: String, _ files: [String: String], config: String?, now: String = "2026-11-26") throws -> [String] {
        let directory = try TemporaryDirectory()
        for (name, text) in files { try directory.write("infra/" + name, text) }
        if let config { try directory.write(".archlint.yml", config) }
        let request = GateRequest(check: CheckOptions(paths: ["infra"], now: Paths.date(now), jobs: 2), cwd: directory.path)
        let report = try GatedCheck.run(request).report
        #expect(report.errors.isEmpty, "\(report.errors)")
        return report.findings.filter { $0.ruleId == rule && $0.isActive }.map(\.site.path)
    }

    @Test func windowDaysWidensTheCertificateWindow() throws {
        let certificate = """
            {"Certificate": {"CertificateArn": "arn:aws:acm:eu-west-1:111122223333:certificate/2",
              "DomainName": "api.example.com", "Status": "ISSUED", "Type": "IMPORTED", "NotAfter": "2027-01-05T12:00:00Z"}}
            """
        #expect(try findings("CE102", ["certificate.json": certificate], config: nil).isEmpty)  // 40 days left
        #expect(try findings("CE102", ["certificate.json": certificate], config: "rules:\n  CE102: {window-days: 45}\n")
                    == ["Certificate/NotAfter"])
        // CE104 reads the same window: an imported certificate close to expiry.
        #expect(try findings("CE104", ["certificate.json": certificate], config: nil).isEmpty)
        #expect(try findings("CE104", ["certificate.json": certificate], config: "rules:\n  CE104: {window-days: 45}\n")
                    == ["Certificate/Type"])
    }

    @Test func secretNamesAddWords() throws {
        let task = """
            {"family": "api", "containerDefinitions": [{"name": "api", "image": "nginx:1.27.2",
              "environment": [{"name": "DOOR_PIN", "value": "4711"}, {"name": "REGION", "value": "eu-west-1"}]}]}
            """
        #expect(try findings("EN101", ["task.json": task], config: nil).isEmpty)
        #expect(try findings("EN101", ["task.json": task], config: "rules:\n  EN101: {secret-names: [pin]}\n")
                    == ["containerDefinitions/0/environment/0/value"])
    }

    @Test func allowedPrincipalsAreTrusted() throws {
        let role = """
            {"RoleName": "vendor-audit", "Arn": "arn:aws:iam::111122223333:role/vendor-audit",
             "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [
               {"Effect": "Allow", "Principal": {"AWS": ["arn:aws:iam::444455556666:root", "777788889999"]}, "Action": "sts:AssumeRole"}]}}
            """
        let file = ["role.json": "{\"Role\": \(role)}"]
        #expect(try findings("LP112", file, config: nil).count == 2)
        #expect(try findings("LP112", file, config: "rules:\n  LP112: {allowed-principals: [\"444455556666\"]}\n").count == 1)
        #expect(try findings("LP112", file, config: "rules:\n  LP112:\n    allowed-principals: [\"arn:aws:iam::444455556666:root\", \"777788889999\"]\n")
                    .isEmpty)
    }

    @Test func starOnlyActionsAreNotAskedToNameResources() throws {
        let policy = """
            {"Version": "2012-10-17", "Statement": [
              {"Effect": "Allow", "Action": ["ecs:UpdateService", "s3:GetObject"], "Resource": "*"}]}
            """
        #expect(try findings("LP106", ["policy.json": policy], config: nil) == ["Statement/0/Action/0"])
        #expect(try findings("LP107", ["policy.json": policy], config: nil) == ["Statement/0/Action/1"])
        let config = """
            rules:
              LP106: {star-only-actions: ["ecs:UpdateService"]}
              LP107: {star-only-actions: ["s3:GetObject"]}
            """
        #expect(try findings("LP106", ["policy.json": policy], config: config).isEmpty)
        #expect(try findings("LP107", ["policy.json": policy], config: config).isEmpty)
    }
}
