import ArchlintModel
import Foundation
import Testing
@testable import ArchlintReporters

/// The HTML report as text: self-contained, escaped, every finding in the data, the first
/// ones and everything else a reader needs in plain HTML. (The page in a browser and its
/// validity: scripts/browser-test.sh.)
@Suite struct HTMLReporterTests {
    static let context = HTMLContext(
        now: "2026-11-26T00:00:00Z", paths: ["infra", "a<b>"],
        diagrams: [HTMLDiagram(id: "d1", title: "infra/app.yaml", note: "collapsed", svg: "<svg id=\"g\"></svg>",
                               nodes: [HTMLNode(id: "n1", label: "IAM role ServiceRole",
                                                resources: [HTMLResource(file: Fixture.app, name: "ServiceRole")])])])

    static func html(_ report: ScanReport, _ context: HTMLContext = context) -> String {
        String(decoding: Reporter.render(report, format: .html, html: context), as: UTF8.self)
    }

    @Test func headerHasTheSummaryTimePathsVersionAndCounts() {
        let page = Self.html(GateFixture.report)
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(page.contains("<p class=\"summary\" id=\"summary\">\(Reporter.summaryLine(GateFixture.report))</p>"))
        #expect(page.contains("<dd>2026-11-26T00:00:00Z</dd>"))
        #expect(page.contains("<code>infra</code> <code>a&lt;b&gt;</code>"))
        #expect(page.contains("<dt>archlint</dt><dd>0.1.0</dd>"))
        let tally = GateFixture.report.tally
        #expect(page.contains("<dd id=\"count-error\">\(tally.errors)</dd>"))
        #expect(page.contains("<dd id=\"count-suppressed\">2</dd>"))
        #expect(page.contains("<dd id=\"count-baselined\">1</dd>"))
    }

    @Test func selfContainedNoRequestPossible() {
        let page = Self.html(Fixture.report)
        #expect(page.contains("Content-Security-Policy\" content=\"default-src 'none'"))
        for pattern in ["src=\"http", "href=\"http", "<link", "@import", "url(", "<script src"] {
            #expect(!page.contains(pattern), "\(pattern)")
        }
    }

    @Test func diagramsAreInlinedWithTheirTitleAndNote() {
        let page = Self.html(Fixture.report)
        #expect(page.contains("<figure class=\"diagram\" id=\"diagram-d1\">\n<figcaption>infra/app.yaml<br><span class=\"note\">collapsed</span></figcaption>\n<div class=\"canvas\"><svg id=\"g\"></svg></div>"))
        #expect(page.contains("<option value=\"n1\">IAM role ServiceRole</option>"))
    }

    @Test func everyFindingIsInTheDataAndTheNodeKnowsItsFindings() throws {
        let page = Self.html(Fixture.report)
        let start = try #require(page.range(of: "<script type=\"application/json\" id=\"report-data\">"))
        let end = try #require(page[start.upperBound...].range(of: "</script>"))
        let json = String(page[start.upperBound..<end.lowerBound])
        #expect(!json.contains("<"), "no `<` can end the script element early")
        let data = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let rows = try #require(data["f"] as? [[Any]])
        #expect(rows.count == Fixture.report.findings.count)
        let first = try #require(rows.first)
        #expect(first[0] as? String == "error" && first[1] as? String == "LP101" && first[3] as? Int == 12)
        let nodes = try #require(data["nodes"] as? [String: [Any]])
        // ServiceRole has the two LP101 errors of infra/app.yaml: the first two in report order.
        #expect(nodes["n1"]?[1] as? [Int] == [0, 1])
        let rules = try #require(data["rules"] as? [String: [String]])
        #expect(rules["LP101"]?[2] == Fixture.lp101.remediation)
    }

    @Test func rowsAreEscapedAndWaiversShown() {
        let page = Self.html(GateFixture.report)
        #expect(page.contains("<td>Statement allows &quot;*&quot; on &quot;*&quot; &amp; more</td><td>suppressed: break-glass, reviewed (until 2027-01-31)</td>"))
        #expect(page.contains("<td>baselined</td>"))
        #expect(!page.contains("\u{1B}"))
        #expect(page.contains("<dt id=\"rule-LP101\">LP101 Policy allows every action on every resource</dt>"))
        #expect(page.contains("scope them to &lt;its&gt; resources."))
    }

    @Test func loadErrorsSkippedFilesAndNoticesAreListed() {
        var report = GateFixture.report
        report.skippedFiles = [SkippedFile(file: "infra/docker-compose.yml", reason: "a Compose file")]
        let page = Self.html(report)
        #expect(page.contains("<li><code>infra/broken.yaml:4:1</code> mapping values are not allowed here</li>"))
        #expect(page.contains("bad &amp; &lt;bad&gt;"))
        #expect(page.contains("<li><code>infra/docker-compose.yml</code>: a Compose file</li>"))
        #expect(page.contains("<h2 id=\"notices-heading\">Notices</h2>"))
    }

    @Test func tenThousandFindingsStayQuick() throws {
        let rule = Fixture.lp101
        let findings = (0..<10_000).map { index in
            Fixture.finding(rule, index % 3 == 0 ? .warning : .error, "finding \(index)", "f\(index % 50).yaml",
                            index + 1, 3, "R\(index)", "AWS::IAM::Role", "Resources/R\(index)")
        }.sorted()
        let report = ScanReport(toolVersion: "0.1.0", files: 50, skipped: 0, resources: 10_000, errors: [],
                                runs: [RuleRun(rule: rule, checked: [], findings: findings)])
        let clock = ContinuousClock()
        let start = clock.now
        let page = Self.html(report, HTMLContext(now: "2026-11-26T00:00:00Z"))
        #expect(clock.now - start < .seconds(5))
        // Only the first rows are static HTML; the script renders the rest on demand.
        #expect(page.components(separatedBy: "<tr class=\"sev-").count - 1 == HTMLReporter.staticRows)
        #expect(page.contains("the first 1000 of 10000 findings are listed"))
        #expect(page.contains("<option value=\"warning\">warning (3334)</option>"))
    }

    @Test func diagramsOnlyHasNoTableAndNoScript() {
        var context = Self.context
        context.diagramsOnly = true
        let page = Self.html(Fixture.report, context)
        #expect(page.contains("<figure class=\"diagram\""))
        #expect(!page.contains("<table") && !page.contains("<script"))
        #expect(page.hasSuffix("</html>\n"))
    }
}
