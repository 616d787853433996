import ArchlintDriver
import ArchlintModel
import ArchlintReporters
import ArchlintTestSupport
import Foundation
import Testing

/// The CampusLearn stack as it describes itself, and the same stack done right.
@Suite struct SampleTests {
    static func check(_ sample: String) -> ScanReport {
        Checker.run(CheckOptions(paths: [Paths.samples + "/" + sample], now: Paths.now))
    }

    @Test func campusLearnBreaksPoliciesInEverySixCategories() {
        let report = Self.check("campuslearn")
        #expect(report.errors.isEmpty)
        let categories = Set(report.findings.map(\.category))
        #expect(categories == Set(Category.allCases), "categories with findings: \(categories)")
        #expect(report.count(atLeast: .error) > 0)
    }

    @Test func campusLearnFixedHasNoErrorOrWarning() {
        let report = Self.check("campuslearn-fixed")
        #expect(report.errors.isEmpty)
        let serious = report.findings.filter { $0.severity >= .warning }
        #expect(serious.isEmpty, "\(serious.map { "\($0.site): [\($0.ruleId)] \($0.message)" })")
    }

    @Test(.enabled(if: junitSchemaAvailable, "../shared/schemas/junit-10.xsd is not present (a clone on its own)"), arguments: ["campuslearn", "campuslearn-fixed"])
    func junitReportsValidateAgainstTheSchema(sample: String) {
        let bytes = Reporter.render(Self.check(sample), format: .junit)
        let problems = validateJUnit(bytes)
        #expect(problems.isEmpty, "\(problems)")
    }

    /// The weaknesses the CampusLearn write-up hides, each caught where it lives.
    @Test func campusLearnWeaknessesAreEachReported() {
        let findings = Self.check("campuslearn").findings
        func has(_ rule: String, _ fileSuffix: String, _ path: String) -> Bool {
            findings.contains { $0.ruleId == rule && $0.site.file.hasSuffix(fileSuffix) && $0.site.path == path }
        }
        #expect(has("PS101", "cli/ecs-describe-services.json", "services/0/networkConfiguration/awsvpcConfiguration/assignPublicIp"))
        #expect(has("PS102", "cli/ecs-describe-services.json", "services/0/networkConfiguration/awsvpcConfiguration/subnets/0"))
        #expect(has("HC109", "cli/ecs-describe-services.json", "services/0/desiredCount"))
        #expect(has("EN101", "cli/ecs-describe-task-definition.json", "taskDefinition/containerDefinitions/0/environment/2/value"))
        #expect(has("CE101", "cli/acm-describe-certificate.json", "Certificate/NotAfter"))
        #expect(has("PL101", "cli/codepipeline-get-pipeline.json", "pipeline/stages/2/actions/0"))
        #expect(findings.contains { $0.ruleId == "LP104" && $0.site.file.hasSuffix("iam-get-account-authorization-details.json") })
        #expect(findings.contains { $0.ruleId == "LP104" && $0.site.file.hasSuffix("campuslearn.yaml") })
    }
}
