import ArchlintTestSupport
import ArchlintModel
import Testing
@testable import ArchlintReporters

@Suite struct JUnitReporterTests {
    func junit(_ report: ScanReport) -> [UInt8] {
        Reporter.render(report, format: .junit)
    }

    /// The rendered report read back with libxml2 (a failure shows `nil`, not the bytes).
    func tree(_ report: ScanReport) throws -> XMLElementTree {
        let parsed = parseXMLTree(junit(report))
        return try #require(parsed, "the JUnit report is not well-formed")
    }

    @Test func golden() {
        let expected = #"""
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="archlint" tests="9" failures="5" errors="2" time="0">
              <testsuite name="EN201 bucket-encryption: Bucket without default encryption" tests="3" failures="2" errors="0" skipped="0" time="0">
                <properties>
                  <property name="archlint.version" value="0.1.0"/>
                </properties>
                <testcase name="infra/app.yaml: Bucket at Resources/Bucket/Properties" classname="encryption.EN201" time="0">
                  <failure type="warning" message="infra/app.yaml:30:5 Bucket has no default encryption">Set BucketEncryption with SSE-KMS.
            Path: Resources/Bucket/Properties</failure>
                </testcase>
                <testcase name="infra/app.yaml: Logs" classname="encryption.EN201" time="0"/>
                <testcase name="infra/net.json: Ghost at Buckets/0" classname="encryption.EN201" time="0">
                  <failure type="note" message="infra/net.json:7:3 line\u2028sep\u0085">Set BucketEncryption with SSE-KMS.
            Path: Buckets/0</failure>
                </testcase>
              </testsuite>
              <testsuite name="LP101 wildcard-admin: Policy allows every action on every resource" tests="4" failures="3" errors="0" skipped="0" time="0">
                <testcase name="infra/app.yaml: ServiceRole at Resources/ServiceRole/Properties/Policies/0" classname="least-privilege.LP101" time="0">
                  <failure type="error" message="infra/app.yaml:12:9 Statement allows &quot;*&quot; on &quot;*&quot; &amp; more">List the actions the role needs &amp; scope them to &lt;its&gt; resources.
            Path: Resources/ServiceRole/Properties/Policies/0</failure>
                </testcase>
                <testcase name="infra/app.yaml: ServiceRole at Resources/ServiceRole/Properties/Policies/1" classname="least-privilege.LP101" time="0">
                  <failure type="error" message="infra/app.yaml:20:9 Action \u001b[31mred\u001b[0m allowed">List the actions the role needs &amp; scope them to &lt;its&gt; resources.
            Path: Resources/ServiceRole/Properties/Policies/1</failure>
                </testcase>
                <testcase name="infra/app.yaml: TaskRole" classname="least-privilege.LP101" time="0"/>
                <testcase name="infra/net.json: Role]]&gt;&amp;&quot;quoted&quot; at Roles/0/Policy]]&gt;" classname="least-privilege.LP101" time="0">
                  <failure type="warning" message="infra/net.json:3:5 bad\u0001char \ufffe and 🔥 emoji&#10;second line">List the actions the role needs &amp; scope them to &lt;its&gt; resources.
            Path: Roles/0/Policy]]&gt;</failure>
                </testcase>
              </testsuite>
              <testsuite name="load errors" tests="2" failures="0" errors="2" skipped="0" time="0">
                <testcase name="infra/broken.yaml" classname="load" time="0">
                  <error type="load" message="infra/broken.yaml:4:1 mapping values are not allowed here"/>
                </testcase>
                <testcase name="infra/evil\u001b]0;title\u0007.yaml" classname="load" time="0">
                  <error type="load" message="infra/evil\u001b]0;title\u0007.yaml:1:1 bad &amp; &lt;bad&gt;"/>
                </testcase>
              </testsuite>
            </testsuites>

            """#
        #expect(String(decoding: junit(Fixture.report), as: UTF8.self) == expected)
    }

    @Test func emptyReport() {
        let expected = """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="archlint" tests="0" failures="0" errors="0" time="0"/>

            """
        #expect(String(decoding: junit(Fixture.empty), as: UTF8.self) == expected)
    }

    @Test(.enabled(if: junitSchemaAvailable, "../shared/schemas/junit-10.xsd is not present (a clone on its own)"),
          arguments: ["fixture", "empty", "load errors only", "checked only"])
    func validAgainstTheJUnitSchema(name: String) {
        let report: ScanReport
        switch name {
        case "fixture": report = Fixture.report
        case "empty": report = Fixture.empty
        case "load errors only":
            report = ScanReport(toolVersion: "x", files: 1, skipped: 0, resources: 0, errors: Fixture.report.errors, runs: [])
        default:
            report = ScanReport(toolVersion: "x", files: 1, skipped: 0, resources: 1, errors: [],
                                runs: [RuleRun(rule: Fixture.lp101,
                                               checked: [CheckedResource(name: "R", type: "T", file: "f")],
                                               findings: [])])
        }
        #expect(validateJUnit(junit(report)) == [])
    }

    @Test(.enabled(if: junitSchemaAvailable, "../shared/schemas/junit-10.xsd is not present (a clone on its own)"))
    func theValidatorRejectsWhatTheSchemaForbids() {
        let skippedOnRoot = #"<?xml version="1.0"?><testsuites skipped="0"/>"#
        #expect(!validateJUnit(Array(skippedOnRoot.utf8)).isEmpty)
        let noTests = #"<?xml version="1.0"?><testsuites><testsuite name="x" failures="0" errors="0"/></testsuites>"#
        #expect(!validateJUnit(Array(noTests.utf8)).isEmpty)
        let illFormed = "<?xml version=\"1.0\"?><testsuites name=\"\u{01}\"/>"
        #expect(!validateJUnit(Array(illFormed.utf8)).isEmpty)
    }

    @Test func countsAddUp() throws {
        let root = try tree(Fixture.report)
        #expect(root.name == "testsuites")
        let suites = root.elements("testsuite")
        for suite in suites {
            let cases = suite.elements("testcase")
            #expect(suite.int("tests") == cases.count)
            #expect(suite.int("failures") == cases.filter { !$0.elements("failure").isEmpty }.count)
            #expect(suite.int("errors") == cases.filter { !$0.elements("error").isEmpty }.count)
            #expect(suite.int("skipped") == cases.filter { !$0.elements("skipped").isEmpty }.count)
        }
        for attribute in ["tests", "failures", "errors"] {
            #expect(root.int(attribute) == suites.reduce(0) { $0 + ($1.int(attribute) ?? -1000) })
        }
        #expect([root.int("tests"), root.int("failures"), root.int("errors")] == [9, 5, 2])
        // Every finding is a <failure> in a test case of its own, every load error an <error>.
        #expect(suites.flatMap { $0.elements("testcase") }.allSatisfy { $0.elements("failure").count <= 1 })
        let failures = suites.flatMap { $0.elements("testcase") }.flatMap { $0.elements("failure") }
        #expect(failures.count == Fixture.report.findings.count)
        let errors = suites.flatMap { $0.elements("testcase") }.flatMap { $0.elements("error") }
        #expect(errors.count == Fixture.report.errors.count)
    }

    @Test func layout() throws {
        let root = try tree(Fixture.report)
        #expect(root.attributes == ["name": "archlint", "tests": "9", "failures": "5", "errors": "2", "time": "0"])
        let suites = root.elements("testsuite")
        #expect(suites.map { $0.attributes["name"] } == [
            "EN201 bucket-encryption: Bucket without default encryption",
            "LP101 wildcard-admin: Policy allows every action on every resource",
            "load errors",
        ])
        let en201 = suites[0].elements("testcase")
        #expect(en201.map { $0.attributes["name"] } == [
            "infra/app.yaml: Bucket at Resources/Bucket/Properties", "infra/app.yaml: Logs",
            "infra/net.json: Ghost at Buckets/0",
        ])
        #expect(en201.allSatisfy { $0.attributes["classname"] == "encryption.EN201" && $0.attributes["time"] == "0" })
        #expect(en201.map { $0.elements("failure").count } == [1, 0, 1])

        let lp101 = suites[1].elements("testcase")
        #expect(lp101.map { $0.attributes["name"] } == [
            "infra/app.yaml: ServiceRole at Resources/ServiceRole/Properties/Policies/0",
            "infra/app.yaml: ServiceRole at Resources/ServiceRole/Properties/Policies/1",
            "infra/app.yaml: TaskRole", "infra/net.json: " + Fixture.nastyRole + " at Roles/0/Policy]]>",
        ])
        #expect(lp101.map { $0.elements("failure").count } == [1, 1, 0, 1])
        let serviceRole = lp101[0...1].flatMap { $0.elements("failure") }
        #expect(serviceRole.map { $0.attributes["type"] } == ["error", "error"])
        #expect(serviceRole[0].attributes["message"] == #"infra/app.yaml:12:9 Statement allows "*" on "*" & more"#)
        #expect(serviceRole[0].text == "List the actions the role needs & scope them to <its> resources.\n"
                + "Path: Resources/ServiceRole/Properties/Policies/0")
        // Forbidden characters are visible escapes; everything else, `]]>` and newlines included, round-trips.
        let nasty = try #require(lp101[3].elements("failure").first)
        #expect(nasty.attributes["type"] == "warning")
        #expect(nasty.attributes["message"] == #"infra/net.json:3:5 bad\u0001char \ufffe and 🔥 emoji"# + "\nsecond line")
        #expect(nasty.text.hasSuffix("\nPath: Roles/0/Policy]]>"))

        let load = suites[2].elements("testcase")
        #expect(load.map { $0.attributes["name"] } == ["infra/broken.yaml", #"infra/evil\u001b]0;title\u0007.yaml"#])
        let loadErrors = load.flatMap { $0.elements("error") }
        #expect(loadErrors.map { $0.attributes["type"] } == ["load", "load"])
        #expect(loadErrors.map { $0.attributes["message"] } == [
            "infra/broken.yaml:4:1 mapping values are not allowed here",
            #"infra/evil\u001b]0;title\u0007.yaml:1:1 bad & <bad>"#,
        ])
    }

    /// Skipped files are skipped test cases of their own suite, with the reason.
    @Test func skippedFilesAreNamed() throws {
        var report = Fixture.report
        report.skippedFiles = [SkippedFile(file: "infra/docker-compose.yml", reason: "no top-level Resources key"),
                               SkippedFile(file: "package.json", reason: "not a kind of file archlint reads")]
        let root = try #require(parseXMLTree(junit(report)))
        #expect(root.int("tests") == 11)
        let suite = try #require(root.elements("testsuite").first { $0.attributes["name"] == "skipped files" })
        #expect(suite.int("tests") == 2 && suite.int("skipped") == 2 && suite.int("failures") == 0)
        let cases = suite.elements("testcase")
        #expect(cases.map { $0.attributes["name"] } == ["infra/docker-compose.yml", "package.json"])
        #expect(cases.map { $0.elements("skipped").first?.attributes["message"] }
                == ["not checked: no top-level Resources key", "not checked: not a kind of file archlint reads"])
        if junitSchemaAvailable { #expect(validateJUnit(junit(report)) == []) }
    }

    /// Findings take the place of the checked resource with the same file, name and type, else
    /// the same file and name, one test case each; anything else gets test cases of its own, so
    /// no finding is lost. Names are unique within a suite.
    @Test func findingsMatchCheckedResources() {
        let checked = [
            CheckedResource(name: "R", type: "AWS::IAM::Policy", file: "a.yaml"),
            CheckedResource(name: "R", type: "AWS::IAM::Role", file: "a.yaml"),
        ]
        let findings = [
            Fixture.finding(Fixture.lp101, .error, "m1", "a.yaml", 1, 1, "R", "AWS::IAM::Role", "p1"),
            Fixture.finding(Fixture.lp101, .error, "m2", "a.yaml", 2, 1, "R", "AWS::IAM::User", "p2"),
            Fixture.finding(Fixture.lp101, .error, "m3", "b.yaml", 3, 1, "R", "AWS::IAM::Role", "p3"),
            Fixture.finding(Fixture.lp101, .error, "m4", "b.yaml", 4, 1, "R", "AWS::IAM::Role", "p4"),
        ]
        let suite = JUnitReporter.suite(RuleRun(rule: Fixture.lp101, checked: checked, findings: findings))
        #expect(suite.cases.map { "\($0.file) \($0.type)" }
                == ["a.yaml AWS::IAM::Policy", "a.yaml AWS::IAM::Role", "b.yaml AWS::IAM::Role", "b.yaml AWS::IAM::Role"])
        #expect(suite.cases.map { $0.finding?.message } == ["m2", "m1", "m3", "m4"])
        #expect(suite.cases.map(\.name) == ["a.yaml: R at p2", "a.yaml: R at p1", "b.yaml: R at p3", "b.yaml: R at p4"])
        #expect(suite.failures == 4)
        let twice = JUnitReporter.suite(RuleRun(rule: Fixture.lp101, checked: [], findings: [findings[0], findings[0]]))
        #expect(twice.cases.map(\.name) == ["a.yaml: R at p1", "a.yaml: R at p1 (2)"])
        let report = ScanReport(toolVersion: "x", files: 2, skipped: 0, resources: 2, errors: [],
                                runs: [RuleRun(rule: Fixture.lp101, checked: checked, findings: findings)])
        if junitSchemaAvailable { #expect(validateJUnit(junit(report)) == []) }
    }
}
