import ArchlintGraphviz
import Foundation
import Testing

/// Graphviz is opened at run time: tests that lay diagrams out skip without it.
let graphvizFound = (try? Graphviz.availability.get()) != nil
let noGraphviz = "Graphviz's libgvc is not installed (apt-get install libgvc6): diagrams are not laid out"

/// `archlint graph` and `check --format html` from the built binary.
@Suite struct GraphCommandTests {
    static let campuslearn = Paths.samples + "/campuslearn"
    static let now = "--now=2026-11-26"

    @Test(.enabled(if: graphvizFound, Comment(rawValue: noGraphviz))) func dotSVGAndHTML() throws {
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

    @Test(.enabled(if: graphvizFound, Comment(rawValue: noGraphviz))) func checkWritesTheHTMLReportBesideTheJSON() throws {
        let scratch = try TemporaryDirectory()
        let run = try archlint(["check", Self.campuslearn, Self.now, "--format", "html", "--output", "r.html",
                                "--format", "json", "--output", "r.json"], in: scratch.path)
        #expect(run.status == 1)
        let page = try String(contentsOfFile: scratch.path + "/r.html", encoding: .utf8)
        #expect(page.contains("<dd>2026-11-26T00:00:00Z</dd>"))
        #expect(page.components(separatedBy: "<figure class=\"diagram\"").count == 3)
        #expect(run.stderr.hasPrefix("16 files, "))
    }

    /// Without libgvc the findings are all there and the report says what to install; `graph`
    /// cannot draw and says so (DOT needs no Graphviz).
    @Test func withoutGraphvizTheHTMLReportSaysWhatToInstall() throws {
        let scratch = try TemporaryDirectory()
        let absent = ["ARCHLINT_LIBGVC": scratch.path + "/no-libgvc.so"]
        let check = try launch(Paths.executable, ["check", Self.campuslearn, Self.now, "-f", "html", "-o", "r.html",
                                                  "-f", "json", "-o", "r.json"], in: scratch.path, environment: absent)
        #expect(check.status == 1)
        #expect(check.stderr.hasPrefix("archlint: warning: the HTML report has no diagrams: the architecture diagrams need "
                                       + "Graphviz's libgvc, which was not found: install it (Debian/Ubuntu: apt-get install libgvc6;"),
                "\(check.stderr)")
        let page = try String(contentsOfFile: scratch.path + "/r.html", encoding: .utf8)
        #expect(page.contains("<p class=\"note\">No diagrams: the architecture diagrams need Graphviz's libgvc"))
        #expect(!page.contains("<figure class=\"diagram\""))
        #expect(page.contains("no-libgvc.so") && !page.contains("Nothing to draw"))
        let json = try String(contentsOfFile: scratch.path + "/r.json", encoding: .utf8)
        let plain = try archlint(["check", Self.campuslearn, Self.now, "-f", "json"], in: scratch.path)
        #expect(json == plain.stdout, "the findings do not depend on Graphviz")
        let svg = try launch(Paths.executable, ["graph", Self.campuslearn, Self.now], in: scratch.path, environment: absent)
        #expect(svg.status == 2 && svg.stdout.isEmpty)
        #expect(svg.stderr.hasPrefix("archlint: the architecture diagrams need Graphviz's libgvc"), "\(svg.stderr)")
        let dot = try launch(Paths.executable, ["graph", Self.campuslearn, Self.now, "--format", "dot"], in: scratch.path,
                             environment: absent)
        #expect(dot.status == 0 && dot.stdout.hasPrefix("digraph"))
    }
}
