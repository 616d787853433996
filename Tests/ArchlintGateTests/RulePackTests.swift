import ArchlintDriver
import ArchlintGate
import ArchlintModel
import ArchlintReporters
import Foundation
import Testing

/// Rule packs: loaded from `rule-packs:` and `--rules`, known everywhere built-in rules are,
/// and every mistake reported at the rule file's line and column.
@Suite struct RulePackTests {
    static let pack = Paths.samples + "/rule-pack"
    static let infra = Paths.samples + "/rule-pack-infra"
    static let now = "--now=2026-11-26"

    static func rule(id: String = "ACME001", slug: String = "no-t2", category: String = "cost", check: String? = nil) -> String {
        """
        id: \(id)
        slug: \(slug)
        title: No t2 instances
        category: \(category)
        severity: warning
        rationale: t2 is the previous generation.
        remediation: Use t3.
        references: [https://aws.amazon.com/ec2/instance-types/]
        check:
        \(check ?? "  resources: [AWS::EC2::Instance]\n  assert: {not: {property: InstanceType, matches: '^t2\\.'}}\n  message: instance type {value}")
        examples:
          - description: t2
            triggering: true
            files:
              t.yaml: |
                Resources:
                  I:
                    Type: AWS::EC2::Instance
                    Properties: {InstanceType: ⚠t2.micro}
            expect: [Resources/I/Properties/InstanceType]
          - description: t3
            triggering: false
            files:
              t.yaml: |
                Resources:
                  I:
                    Type: AWS::EC2::Instance
                    Properties: {InstanceType: t3.micro}

        """
    }

    static let template = """
        Resources:
          Bastion:
            Type: AWS::EC2::Instance
            Properties: {InstanceType: t2.micro, ImageId: ami-1}

        """

    func gate(_ directory: TemporaryDirectory, packs: [String] = [], selection: RuleSelection = RuleSelection()) throws(GateError) -> GateResult {
        var request = GateRequest(check: CheckOptions(paths: ["infra"], now: Paths.now, jobs: 1), cwd: directory.path)
        request.rulePacks = packs
        request.selection = selection
        return try GatedCheck.run(request)
    }

    func error(_ body: () throws -> Void) -> String {
        do {
            try body()
            return ""
        } catch {
            return "\(error)"
        }
    }

    @Test func packRulesRunBesideBuiltInOnesFromTheCommandLineAndTheConfiguration() throws {
        let directory = try TemporaryDirectory()
        try directory.write("infra/t.yaml", Self.template)
        try directory.write("policies/cost/ACME001-no-t2.yaml", Self.rule())
        let fromOption = try gate(directory, packs: ["policies"])
        let finding = try #require(fromOption.report.findings.first { $0.ruleId == "ACME001" })
        #expect(finding.category.rawValue == "cost" && finding.severity == .warning)
        #expect("\(finding.site)".hasSuffix("t.yaml:4:32") && finding.site.path == "Resources/Bastion/Properties/InstanceType")
        #expect(fromOption.report.runs.contains { $0.rule.id == "LP101" })

        try directory.write(".archlint.yml", """
            rule-packs: [policies]
            rules:
              ACME001: {severity: error}
            suppress:
              - {rule: no-t2, resource: Other, reason: accepted}

            """)
        let configured = try gate(directory)
        let run = try #require(configured.report.runs.first { $0.rule.id == "ACME001" })
        #expect(run.findings.map(\.severity) == [.error])
        #expect(run.rule.pack == "policies" && run.rule.sourcePath == "policies/cost/ACME001-no-t2.yaml")

        for format in ReportFormat.allCases {
            let text = String(decoding: Reporter.render(configured.report, format: format), as: UTF8.self)
            #expect(text.contains("ACME001"), "\(format)")
        }
        let sarif = String(decoding: Reporter.render(configured.report, format: .sarif), as: UTF8.self)
        #expect(sarif.contains("\"pack\""))

        let selected = try gate(directory, selection: RuleSelection(categories: ["cost"]))
        #expect(selected.report.runs.map(\.rule.id) == ["ACME001"])
        let skipped = try gate(directory, selection: RuleSelection(skip: ["ACME001"]))
        #expect(!skipped.report.runs.contains { $0.rule.id == "ACME001" })
        #expect(error { _ = try gate(directory, selection: RuleSelection(only: ["NOPE1"])) }.contains("unknown rule `NOPE1`"))
    }

    @Test func idsMustNotClashWithBuiltInRulesOrOtherPacks() throws {
        let directory = try TemporaryDirectory()
        try directory.write("infra/t.yaml", Self.template)
        try directory.write("a/LP101.yaml", Self.rule(id: "LP101"))
        let builtIn = error { _ = try gate(directory, packs: ["a"]) }
        #expect(builtIn.hasPrefix("a/LP101.yaml:1:5: rule ID LP101 is already used by the built-in rule LP101 (rules/least-privilege/"), "\(builtIn)")

        try directory.write("b/X.yaml", Self.rule(id: "ACME009", slug: "one"))
        try directory.write("c/Y.yaml", Self.rule(id: "acme009", slug: "two"))
        let twice = error { _ = try gate(directory, packs: ["b", "c"]) }
        #expect(twice == "c/Y.yaml:1:5: rule ID acme009 is already used by b/X.yaml: pack rules need IDs of their own", "\(twice)")
    }

    @Test(arguments: [
        ("  resources: [AWS::EC2::Instance]\n  assert: {property: A, equal: 1}\n  message: m", "11:25: unknown key `equal`"),
        ("  resources: [AWS::EC2::Instance]\n  assert: {property: A, matches: '(['}\n  message: m", "11:34: `matches` is not a valid regular expression"),
        ("  resources: [AWS::ECS::Service]\n  assert: {relation: 'subnet[*].public', equals: false}\n  message: m", "11:22: unknown relation `subnet` of AWS::ECS::Service"),
        ("  resources: [AWS::ECS::Service]\n  assert: {relation: 'subnets[*].colour', equals: red}\n  message: m", "11:22: a subnet has no attribute `colour`"),
        ("  resources: [AWS::S3::Bucket]\n  assert: {relation: 'subnets[*].public', equals: false}\n  message: m", "11:22: resources of type AWS::S3::Bucket have no relations"),
    ])
    func ruleFileMistakesAreReportedAtTheirLineAndColumn(check: String, expected: String) throws {
        let directory = try TemporaryDirectory()
        try directory.write("infra/t.yaml", Self.template)
        try directory.write("p/r.yaml", Self.rule(check: check))
        let message = error { _ = try gate(directory, packs: ["p"]) }
        #expect(message.hasPrefix("p/r.yaml:" + expected), "\(message)")
    }

    @Test func otherRuleFileMistakes() throws {
        let directory = try TemporaryDirectory()
        try directory.write("infra/t.yaml", Self.template)
        try directory.write("p/r.yaml", Self.rule(category: "Cost Control"))
        #expect(error { _ = try gate(directory, packs: ["p"]) }.hasPrefix("p/r.yaml:4:11: category `Cost Control`"))
        try directory.write("q/r.yaml", Self.rule().replacingOccurrences(of: "⚠", with: ""))
        #expect(error { _ = try gate(directory, packs: ["q"]) }.contains("a triggering example marks where each finding must appear"))
        try directory.write("s/r.yaml", Self.rule().replacingOccurrences(of: "severity: warning", with: "severity: warning\ncolour: red"))
        #expect(error { _ = try gate(directory, packs: ["s"]) }.hasPrefix("s/r.yaml:6:1: unknown key `colour` in a rule file"))
        #expect(error { _ = try gate(directory, packs: ["missing"]) } == "rule pack missing: no such file or directory")
    }

    @Test func rulesMustBeAMappingAndPacksAList() throws {
        let directory = try TemporaryDirectory()
        try directory.write("infra/t.yaml", Self.template)
        try directory.write(".archlint.yml", "rules: [policies]\n")
        #expect(error { _ = try gate(directory) }.hasPrefix(".archlint.yml:1:8: `rules` configures rules by ID"))
        try directory.write(".archlint.yml", "rule-packs: [nowhere]\n")
        #expect(error { _ = try gate(directory) } == ".archlint.yml:1:14: rule pack nowhere: no such file or directory")
    }

    /// The sample pack: its examples pass, and it reports beside the built-in rules.
    @Test func samplePackPassesItsExamplesAndReportsOnTheSamples() throws {
        let test = try archlint(["test", Self.pack], in: Paths.root)
        #expect(test.status == 0, "\(test.stdout)\(test.stderr)")
        #expect(test.stdout.contains("7 rules"), "\(test.stdout)")

        let infra = try archlint(["check", Self.infra, "--rules", Self.pack, Self.now, "--format", "json"], in: Paths.root)
        for id in ["ORG001", "ORG002", "ORG003", "ORG004", "ORG005"] {
            #expect(infra.stdout.contains("\"ruleId\" : \"\(id)\"") || infra.stdout.contains("\"ruleId\": \"\(id)\""), "\(id)")
        }
        let campuslearn = try archlint(["check", Paths.samples + "/campuslearn", "--rules", Self.pack, Self.now], in: Paths.root)
        #expect(campuslearn.stdout.contains("ORG001") && campuslearn.stdout.contains("CE101"), "\(campuslearn.stdout)")

        let scratch = try TemporaryDirectory()
        let baseline = scratch.path + "/baseline.json"
        #expect(try archlint(["baseline", Self.infra, "--rules", Self.pack, Self.now, "-o", baseline], in: Paths.root).status == 0)
        let baselined = try archlint(["check", Self.infra, "--rules", Self.pack, Self.now, "--baseline", baseline], in: Paths.root)
        #expect(baselined.status == 0 && baselined.stdout.contains("9 baselined"), "\(baselined.stdout)")

        let rules = try archlint(["rules", "--rules", Self.pack, "--category", "tagging"], in: Paths.root)
        #expect(rules.stdout.contains("ORG001") && !rules.stdout.contains("LP101"), "\(rules.stdout)")
        let explain = try archlint(["explain", "ORG004", "--rules", Self.pack], in: Paths.root)
        #expect(explain.status == 0 && explain.stdout.contains("From rule pack"), "\(explain.stdout)\(explain.stderr)")
    }

    /// A failing example names the rule file and the example's line, and exits 1.
    @Test func failingExamplesAreReportedAtTheirLine() throws {
        let directory = try TemporaryDirectory()
        try directory.write("p/r.yaml", Self.rule().replacingOccurrences(of: "t3.micro", with: "t2.nano"))
        let run = try archlint(["test", "p"], in: directory.path)
        #expect(run.status == 1)
        #expect(run.stdout.contains("p/r.yaml:23: ACME001 example 2 (t3): should report nothing, but reported: t.yaml:4:32"), "\(run.stdout)")
    }

    /// Every built-in rule file and the sample pack match docs/schemas/archlint-rule.schema.json.
    @Test func ruleFilesMatchTheSchema() throws {
        let probe = try launch("/usr/bin/env", ["python3", "-c", "import jsonschema, yaml"], in: Paths.root)
        guard probe.status == 0 else {
            print("SKIP: Python's jsonschema and PyYAML are not installed")
            return
        }
        let files = try FileManager.default.subpathsOfDirectory(atPath: Paths.root + "/rules").filter { $0.hasSuffix(".yaml") }.map { "rules/" + $0 }
            + FileManager.default.subpathsOfDirectory(atPath: Self.pack).filter { $0.hasSuffix(".yaml") }.map { "samples/rule-pack/" + $0 }
        #expect(files.count > 60)
        let run = try launch("/usr/bin/env", ["python3", "scripts/validate-schemas.py", "rule"] + files, in: Paths.root)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        let bad = try TemporaryDirectory()
        let file = try bad.write("r.yaml", Self.rule(category: "Bad Name"))
        #expect(try launch("/usr/bin/env", ["python3", "scripts/validate-schemas.py", "rule", file], in: Paths.root).status == 1)
        let starter = try bad.write(".archlint.yml", StarterConfig.text([]))
        let config = try launch("/usr/bin/env", ["python3", "scripts/validate-schemas.py", "config", starter], in: Paths.root)
        #expect(config.status == 0, "\(config.stdout)\(config.stderr)")
    }
}
