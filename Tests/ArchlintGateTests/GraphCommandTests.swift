import Foundation
import Testing

/// `archlint graph` and `check --format html` from the built binary.
@Suite struct GraphCommandTests {
    static let campuslearn = Paths.samples + "/campuslearn"
    static let now = "--now=2026-11-26"

    @Test func dotSVGAndHTML() throws {
        let scratch = try TemporaryDirectory()
        let dot = try archlint(["graph", Self.campuslearn, Self.now, "--format", "dot"], in: scratch.path)
        #expect(dot.status == 0, "\(dot.stderr)")
        #expect(dot.stdout.hasPrefix("digraph \"d1\" {"))
        #expect(dot.stdout.contains("⚠ EXPIRED 2026-11-14 (12 days ago)"))
        let svg = try archlint(["graph", Self.campuslearn, Self.now, "--output", "g.svg"], in: scratch.path)
        #expect(svg.status == 0 && svg.stdout.isEmpty)
        let file = try String(contentsOfFile: scratch.path + "/g.svg", encoding: .utf8)
        #expect(file.hasPrefix("<?xml") && file.contains("tasks are public"))
        let html = try archlint(["graph", Self.campuslearn, Self.now, "--format", "html"], in: scratch.path)
        #expect(html.status == 0 && html.stdout.contains("<figure class=\"diagram\"") && !html.stdout.contains("<table"))
    }

    @Test func aLoadErrorIsListedAndExitsTwoAfterTheDiagram() throws {
        let scratch = try TemporaryDirectory()
        try "Resources: [unclosed\n".write(toFile: scratch.path + "/bad.yaml", atomically: true, encoding: .utf8)
        let run = try archlint(["graph", ".", Self.now, "--format", "dot"], in: scratch.path)
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("./bad.yaml:2:1: error: "), "\(run.stderr)")
    }

    @Test func checkWritesTheHTMLReportBesideTheJSON() throws {
        let scratch = try TemporaryDirectory()
        let run = try archlint(["check", Self.campuslearn, Self.now, "--format", "html", "--output", "r.html",
                                "--format", "json", "--output", "r.json"], in: scratch.path)
        #expect(run.status == 1)
        let page = try String(contentsOfFile: scratch.path + "/r.html", encoding: .utf8)
        #expect(page.contains("<dd>2026-11-26T00:00:00Z</dd>"))
        #expect(page.components(separatedBy: "<figure class=\"diagram\"").count == 3)
        #expect(run.stderr.hasPrefix("16 files, "))
    }
}
