import ArchlintModel
import ArchlintTestSupport
import Foundation
import Testing
@testable import ArchlintReporters

/// The fixture with the gate at work: one finding suppressed inline (with an end date), one
/// suppressed in the config, one baselined, and a stale waiver of each kind.
enum GateFixture {
    static let report: ScanReport = {
        var report = Fixture.report
        report.usesBaseline = true
        // EN201 run: the warning is baselined; LP101 run: first error inline-suppressed, second config-suppressed.
        report.runs[0].findings[0].waiver = Waiver(kind: .baseline, reason: "baselined",
                                                   site: Site(file: ".archlint-baseline.json", line: 5, column: 5, path: ""))
        report.runs[1].findings[0].waiver = Waiver(kind: .inline, reason: "break-glass, reviewed", until: "2027-01-31",
                                                   site: Site(file: Fixture.app, line: 8, column: 11, path: ""))
        report.runs[1].findings[1].waiver = Waiver(kind: .config, reason: "legacy, ticket SEC-12",
                                                   site: Site(file: ".archlint.yml", line: 14, column: 5, path: ""))
        report.notices = ([
            Notice(kind: .staleSuppression, ruleId: "LP101", message: "suppression of LP101 for path `old/**` matches no finding",
                   site: Site(file: ".archlint.yml", line: 20, column: 5, path: "")),
            Notice(kind: .staleBaseline, ruleId: "EN201", message: "baseline entry for EN201 matches no finding",
                   site: Site(file: ".archlint-baseline.json", line: 6, column: 5, path: "")),
        ] as [Notice]).sorted()
        return report
    }()
}

@Suite struct GateFormatsTests {
    func text(_ report: ScanReport, _ format: ReportFormat, paths: ArtifactPaths = .init()) -> String {
        String(decoding: Reporter.render(report, format: format, paths: paths), as: UTF8.self)
    }

    @Test func fnv1aKnownVectors() {
        #expect(Fingerprint.fnv1a64("") == "cbf29ce484222325")
        #expect(Fingerprint.fnv1a64("a") == "af63dc4c8601ec8c")
        #expect(Fingerprint.fnv1a64("foobar") == "85944171f73967e8")
    }

    @Test func fingerprintsIgnoreLinesAndStayUnique() {
        let a = Fixture.finding(Fixture.lp101, .error, "m", "f.yaml", 3, 1, "R", "T", "Resources/R")
        var moved = a
        moved.site.line = 40
        #expect(Fingerprint.key(a, .init()) == Fingerprint.key(moved, .init()))
        let prints = Fingerprint.unique([Fingerprint.key(a, .init()), Fingerprint.key(moved, .init())])
        #expect(prints[0] != prints[1])
    }

    // MARK: GitHub

    @Test func githubEscapesAsTheRunnerDocuments() {
        #expect(GitHubReporter.data("100% done\r\nnext: a,b") == "100%25 done%0D%0Anext: a,b")
        #expect(GitHubReporter.property("a:b,c%d\ne") == "a%3Ab%2Cc%25d%0Ae")
        // Other controls from the input are shown, not obeyed: no second command, no colour.
        #expect(GitHubReporter.data("x\u{1B}[31m::error::y") == "x\\u001b[31m::error::y")
    }

    @Test func githubGolden() {
        let expected = """
            ::error file=infra/broken.yaml,line=4,col=1,title=archlint%3A file not loaded::mapping values are not allowed here
            ::error file=infra/evil\\u001b]0;title\\u0007.yaml,line=1,col=1,title=archlint%3A file not loaded::bad & <bad>
            ::warning file=infra/net.json,line=3,col=5,title=[LP101] Policy allows every action on every resource::bad\\u0001char \u{FFFE} and 🔥 emoji%0Asecond line (Role]]>&"quoted")
            ::notice file=infra/net.json,line=7,col=3,title=[EN201] Bucket without default encryption::line\\u2028sep\\u0085 (Ghost)
            ::notice file=.archlint-baseline.json,line=6,col=5,title=[stale-baseline] Baseline entry matches no finding::baseline entry for EN201 matches no finding
            ::notice file=.archlint.yml,line=20,col=5,title=[stale-suppression] Suppression matches no finding::suppression of LP101 for path `old/**` matches no finding
            archlint: 5 files (1 skipped), 6 resources: 0 errors, 1 warning, 1 note; 2 load errors; 2 suppressed, 1 baselined, 2 notices

            """
        #expect(text(GateFixture.report, .github) == expected)
    }

    /// A report of 15 errors, 12 warnings and 3 notes, in an order that mixes them.
    static let many: ScanReport = {
        var findings: [Finding] = []
        var k = 0  // counts errors and warnings: even or past 23 an error (15), else a warning (12)
        for i in 0..<30 {
            let severity: Severity
            if i % 10 == 9 {
                severity = .note
            } else {
                severity = k % 2 == 0 || k >= 24 ? .error : .warning
                k += 1
            }
            findings.append(Fixture.finding(Fixture.lp101, severity, "m\(i) a|b *c*", "infra/app.yaml", i + 1, 1,
                                            "R\(i)", "AWS::IAM::Role", "Resources/R\(i)"))
        }
        return ScanReport(toolVersion: "x", files: 1, skipped: 0, resources: 30, errors: [],
                          runs: [RuleRun(rule: Fixture.lp101, checked: [], findings: findings)])
    }()

    /// GitHub keeps 10 error and 10 warning annotations a step: the most severe come first, and
    /// the last line says how many will not be shown.
    @Test func githubPutsTheMostSevereFirstAndCountsWhatGitHubHides() {
        let tally = Self.many.tally
        #expect(tally.errors == 15 && tally.warnings == 12 && tally.notes == 3)
        let lines = text(Self.many, .github).split(separator: "\n")
        #expect(lines.count == 31)
        let commands = lines.dropLast().map { $0.prefix { $0 != " " } }
        #expect(commands == Array(repeating: "::error", count: 15) + Array(repeating: "::warning", count: 12)
                + Array(repeating: "::notice", count: 3))
        #expect(lines.last.map(String.init) == "archlint: 1 file, 30 resources: 15 errors, 12 warnings, 3 notes; GitHub will not show 7 of"
                + " the 30 annotations (10 errors and 10 warnings a step, 50 a job): the job summary lists every finding")
    }

    @Test func githubJobSummaryListsEveryFindingWithLinks() {
        let markdown = GitHubSummary.markdown(Self.many, blobURL: "https://github.com/o/r/blob/abc/")
        #expect(markdown.hasPrefix("## archlint\n\n**30 findings to read**: 1 file, 30 resources: 15 errors, 12 warnings, 3 notes.\n"))
        #expect(markdown.contains("7 of the 30 annotations are not shown"))
        let rows = markdown.split(separator: "\n").filter { $0.hasPrefix("| error |") || $0.hasPrefix("| warning |") || $0.hasPrefix("| note |") }
        #expect(rows.count == 30)
        #expect(rows.first == "| error | [`infra/app.yaml:1`](https://github.com/o/r/blob/abc/infra/app.yaml#L1) | LP101 | m0 a\\|b \\*c\\* (R0) |")
        let plain = GitHubSummary.markdown(GateFixture.report)
        #expect(plain.contains("| error | `infra/broken.yaml:4` | load error | mapping values are not allowed here |"))
        #expect(plain.contains("| note | `.archlint.yml:20` | stale-suppression |"), "\(plain)")
        #expect(!plain.contains("not shown"))
        #expect(GitHubSummary.markdown(Fixture.empty).contains("**No finding fails the run**"))
    }

    // MARK: GitLab

    @Test func gitlabIssuesMapSeveritiesAndLeaveWaivedFindingsOut() throws {
        let data = Data(Reporter.render(GateFixture.report, format: .gitlab, paths: ArtifactPaths(["infra/net.json": "repo/infra/net.json"])))
        let issues = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(issues.count == 2 + 2 + 2)  // load errors, active findings, notices
        let checks = issues.map { $0["check_name"] as? String }
        #expect(checks == ["load-error", "load-error", "LP101", "EN201", "stale-baseline", "stale-suppression"])
        #expect(issues.map { $0["severity"] as? String } == ["critical", "critical", "minor", "info", "info", "info"])
        let fingerprints = issues.compactMap { $0["fingerprint"] as? String }
        #expect(Set(fingerprints).count == issues.count)
        let location = try #require(issues[2]["location"] as? [String: Any])
        #expect(location["path"] as? String == "repo/infra/net.json")
        #expect((location["lines"] as? [String: Int])?["begin"] == 3)
        for issue in issues {
            #expect(Set(issue.keys) == ["description", "check_name", "fingerprint", "severity", "location"])
        }
        #expect(text(Fixture.empty, .gitlab) == "[]\n")
    }

    @Test func gitlabSeverityMapping() {
        #expect(GitLabReporter.severity(.note) == "info")
        #expect(GitLabReporter.severity(.warning) == "minor")
        #expect(GitLabReporter.severity(.error) == "major")
    }

    // MARK: SARIF

    func sarif(_ report: ScanReport, paths: ArtifactPaths = .init()) throws -> [String: Any] {
        let data = Data(Reporter.render(report, format: .sarif, paths: paths))
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return try #require(object)
    }

    @Test func sarifSuppressionsAndBaselineStates() throws {
        let log = try sarif(GateFixture.report)
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 5 + 2)
        func suppression(_ result: [String: Any]) -> [String: Any]? { (result["suppressions"] as? [[String: Any]])?.first }
        let byMessage = { (text: String) in results.first { (($0["message"] as? [String: Any])?["text"] as? String)?.hasPrefix(text) ?? false } }
        let inline = try #require(byMessage("Statement allows"))
        #expect(suppression(inline)?["kind"] as? String == "inSource")
        #expect(suppression(inline)?["justification"] as? String == "break-glass, reviewed (until 2027-01-31)")
        #expect(inline["baselineState"] as? String == "new")
        let config = try #require(byMessage("Action"))
        #expect(suppression(config)?["kind"] as? String == "external")
        let baselined = try #require(byMessage("Bucket has no default"))
        #expect(baselined["baselineState"] as? String == "unchanged")
        #expect(suppression(baselined)?["justification"] as? String == "in the baseline .archlint-baseline.json")
        let stale = try #require(results.first { $0["ruleId"] as? String == "stale-baseline" })
        #expect(stale["baselineState"] as? String == "absent")
        #expect(stale["level"] as? String == "note")
        // Every result's ruleIndex points at its rule.
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
        }
    }

    @Test func sarifRulesHaveSecuritySeverityAndTags() throws {
        var report = Fixture.report
        report.runs[1].rule.controls = ["IAM.1", "IAM.21"]
        let log = try sarif(report)
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let rules = try #require((run["tool"] as? [String: Any]).flatMap { $0["driver"] as? [String: Any] }?["rules"] as? [[String: Any]])
        let properties = rules.compactMap { $0["properties"] as? [String: Any] }
        #expect(properties.map { $0["security-severity"] as? String } == ["5.0", "8.0"])  // EN201 warning, LP101 error
        #expect(properties.map { $0["tags"] as? [String] } == [["security", "encryption"],
                                                                ["security", "least-privilege", "IAM.1", "IAM.21"]])
        #expect(run["properties"] == nil, "nothing left out")
    }

    /// Past GitHub's limits the most severe results and rules are kept, and the run says how
    /// many were left out.
    @Test func sarifKeepsTheMostSevereWithinGitHubsLimits() throws {
        let limits = SARIFReporter.Limits(results: 20, rules: 1)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(SARIFReporter.render(Self.many, paths: .init(), limits: limits).utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.compactMap { $0["level"] as? String }.sorted() == Array(repeating: "error", count: 15) + Array(repeating: "warning", count: 5))
        let lines = results.compactMap { (($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]).flatMap { ($0["region"] as? [String: Int])?["startLine"] } }
        #expect(lines == lines.sorted(), "kept results stay in report order")
        let properties = try #require(run["properties"] as? [String: Any])
        #expect(properties["omittedResults"] as? Int == 10)
        #expect(properties["omittedRules"] as? Int == 0)
        #expect(SARIFReporter.omissions(Self.many, limits: limits) == .init(results: 10, rules: 0))
        // Two rules, one allowed: the one with errors stays, the notes-only one goes with its results.
        var twoRules = Fixture.report
        twoRules.errors = []
        let fewer = try #require(try JSONSerialization.jsonObject(with: Data(SARIFReporter.render(twoRules, paths: .init(), limits: limits).utf8)) as? [String: Any])
        let kept = try #require((fewer["runs"] as? [[String: Any]])?.first)
        #expect((kept["results"] as? [[String: Any]])?.compactMap { $0["ruleId"] as? String } == ["LP101", "LP101", "LP101"])
        #expect((kept["properties"] as? [String: Any])?["omittedRules"] as? Int == 1)
        #expect(Reporter.sarifOmissions(Fixture.report) == nil)
    }

    @Test func sarifWithoutBaselineHasNoBaselineState() throws {
        let data = String(decoding: Reporter.render(Fixture.report, format: .sarif), as: UTF8.self)
        #expect(!data.contains("baselineState"))
        #expect(!data.contains("suppressions"))
    }

    @Test func sarifLocationsAreRelativeURIsWithLinesAndColumnsFromOne() throws {
        var report = Fixture.report
        report.runs[0].findings[0].site = Site(file: "infra/a b#c.yaml", line: 0, column: 0, path: "x")
        report.runs[0].findings[1].site = Site(file: "/elsewhere/ü.json", line: 2, column: 3, path: "y")
        let log = try sarif(report)
        let results = try #require(((log["runs"] as? [[String: Any]])?.first?["results"]) as? [[String: Any]])
        let locations = results.compactMap { ($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any] }
        let artifacts = locations.compactMap { $0["artifactLocation"] as? [String: String] }
        #expect(artifacts.contains(["uri": "infra/a%20b%23c.yaml", "uriBaseId": "%SRCROOT%"]))
        #expect(artifacts.contains(["uri": "file:///elsewhere/%C3%BC.json"]))
        for location in locations {
            let region = try #require(location["region"] as? [String: Int])
            #expect(region["startLine"]! >= 1 && region["startColumn"]! >= 1)
        }
    }

    // MARK: JUnit, text and JSON

    @Test func junitShowsWaivedFindingsAsSkippedAndStaysValid() throws {
        let bytes = Reporter.render(GateFixture.report, format: .junit)
        if junitSchemaAvailable { #expect(validateJUnit(bytes).isEmpty, "\(validateJUnit(bytes))") }
        let root = try #require(parseXMLTree(bytes))
        let suites = root.elements("testsuite")
        let en201 = try #require(suites.first { $0.attributes["name"]?.hasPrefix("EN201") ?? false })
        #expect(en201.int("skipped") == 1)
        #expect(en201.int("failures") == 1)
        let skipped = en201.elements("testcase").flatMap { $0.elements("skipped") }
        #expect(skipped.map { $0.attributes["message"] } == ["baselined"])
        #expect(skipped.map { $0.attributes["type"] } == ["baselined"])
        let lp101 = try #require(suites.first { $0.attributes["name"]?.hasPrefix("LP101") ?? false })
        let messages = lp101.elements("testcase").flatMap { $0.elements("skipped") }.compactMap { $0.attributes["message"] }
        #expect(messages == ["break-glass, reviewed", "legacy, ticket SEC-12"])
        // ServiceRole's two findings are waived: two skipped test cases; the net.json role still fails.
        #expect(lp101.int("skipped") == 2)
        #expect(lp101.int("failures") == 1)
        let gate = try #require(suites.last)
        #expect(gate.attributes["name"] == "archlint gate")
        #expect(gate.elements("testcase").count == 2)
        #expect(root.int("failures") == 2 + 2)
    }

    @Test func textMarksSuppressedFindingsAndCountsBaselinedOnes() {
        let out = text(GateFixture.report, .text)
        #expect(out.contains("infra/app.yaml:12:9: error: [LP101] Statement allows \"*\" on \"*\" & more (ServiceRole) [suppressed until 2027-01-31: break-glass, reviewed]"))
        #expect(out.contains("[suppressed: legacy, ticket SEC-12]"))
        #expect(!out.contains("Bucket has no default encryption"))
        #expect(out.contains(".archlint.yml:20:5: note: [stale-suppression] suppression of LP101 for path `old/**` matches no finding"))
        #expect(out.hasSuffix("5 files (1 skipped), 6 resources: 0 errors, 1 warning, 1 note; 2 load errors; 2 suppressed, 1 baselined, 2 notices\n"))
    }

    @Test func jsonListsWaiversAndNotices() throws {
        let data = Data(Reporter.render(GateFixture.report, format: .json))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.count == 5)
        let suppressed = findings.compactMap { $0["suppressed"] as? [String: Any] }
        #expect(suppressed.count == 2)
        #expect(suppressed[0]["kind"] as? String == "inline")
        #expect(suppressed[0]["until"] as? String == "2027-01-31")
        #expect(suppressed[1]["until"] == nil)
        #expect(findings.filter { $0["baselined"] as? Bool == true }.count == 1)
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["findings"] as? Int == 2)
        #expect(summary["suppressed"] as? Int == 2)
        #expect(summary["baselined"] as? Int == 1)
        #expect(summary["notices"] as? Int == 2)
        #expect((object["notices"] as? [[String: Any]])?.map { $0["kind"] as? String } == ["stale-baseline", "stale-suppression"])
    }

    @Test func waivedFindingsNeverCount() {
        #expect(GateFixture.report.count(atLeast: .error) == 0)
        #expect(GateFixture.report.count(atLeast: .warning) == 1)
        #expect(GateFixture.report.count(atLeast: .note) == 2 + 2)
    }
}
