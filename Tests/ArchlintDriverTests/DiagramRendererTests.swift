import ArchlintDriver
import ArchlintGraph
@testable import ArchlintGraphviz
import ArchlintReporters
import Foundation
import Testing

/// The diagrams laid out by Graphviz, in-process: what the HTML report and `archlint graph` get.
/// Graphviz's libgvc is opened at run time; without it these skip, saying so.
@Suite(.enabled(if: (try? Graphviz.availability.get()) != nil,
                "Graphviz's libgvc is not installed (apt-get install libgvc6): diagrams are not laid out"))
struct DiagramRendererTests {
    static let result: GateResult = {
        let request = GateRequest(check: CheckOptions(paths: ["campuslearn"], now: Paths.now, jobs: 2), cwd: Paths.samples)
        return try! GatedCheck.run(request)
    }()

    @Test func eachArchitectureIsLaidOutWithTheNodeIDsTheReportSelects() throws {
        let context = DiagramRenderer.htmlContext(Self.result, paths: ["samples/campuslearn"])
        #expect(context.now == "2026-11-26T00:00:00Z")
        #expect(context.notes.isEmpty)
        #expect(context.diagrams.count == 2)
        for diagram in context.diagrams {
            #expect(diagram.svg.hasPrefix("<svg width=\""))
            #expect(!diagram.svg.contains("<!--") && !diagram.svg.contains("<?xml"))
            for node in diagram.nodes { #expect(diagram.svg.contains("<g id=\"\(node.id)\" class=\"node\">")) }
            #expect(diagram.svg.contains(">tcp 5000</text>"))
        }
        let certificate = try #require(context.diagrams.flatMap(\.nodes).first { $0.label.hasPrefix("certificate campuslearn-api") })
        #expect(certificate.resources.first?.file.hasSuffix("acm-describe-certificate.json") == true)
    }

    @Test func stackedSVGHoldsEveryDiagramBelowTheOther() throws {
        let svgs = try DiagramRenderer.diagrams(Self.result).map { try Graphviz.svg(DOTWriter.dot($0, titled: true)) }
        let document = Graphviz.document(stacking: svgs)
        #expect(document.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n<svg width=\""))
        #expect(document.components(separatedBy: "<svg ").count == 1 + 3)  // the document's and the two diagrams'
        #expect(document.contains("<svg x=\"0\" y=\"0.0\" width=\""))
        #expect(document.hasSuffix("</svg>\n</svg>\n"))
    }
}

/// What a machine without Graphviz gets: one error naming what was tried and what to install.
@Suite struct MissingGraphvizTests {
    @Test func theErrorSaysWhatToInstallAndWhatWasTried() throws {
        guard case .failure(let error) = LibGVC.open(["/nonexistent/libgvc.so.6", "libnot-gvc.so"]) else {
            Issue.record("opened a library that does not exist")
            return
        }
        #expect(error.description.hasPrefix("the architecture diagrams need Graphviz's libgvc, which was not found: "
                                            + "install it (Debian/Ubuntu: apt-get install libgvc6; "))
        #expect(error.description.contains("or set ARCHLINT_LIBGVC to its path ("))
        #expect(error.description.contains("/nonexistent/libgvc.so.6"))
        #expect(error.description.contains("libnot-gvc.so"))
    }

    @Test func aLibraryWithoutGraphvizsFunctionsIsNotTaken() throws {
        #if os(Linux)
        guard case .failure(let error) = LibGVC.open(["libc.so.6"]) else {
            Issue.record("took libc for libgvc")
            return
        }
        #expect(error.description.hasSuffix("(libc.so.6 lacks Graphviz's gvRenderData or agmemread)"))
        #endif
    }
}
