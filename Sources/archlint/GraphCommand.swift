import ArgumentParser
import ArchlintDriver
import ArchlintGraph
import ArchlintGraphviz
import ArchlintReporters
import Foundation

enum GraphFormat: String, CaseIterable, ExpressibleByArgument {
    case dot, svg, html
}

struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Draw the architecture: VPCs and subnets, load balancers, services, roles and pipelines, with findings.",
        discussion: """
            One diagram per architecture (a template's stack, or a connected set of CLI exports); subnets marked public or private with the reason, the internet's reach labelled with ports, certificates with their expiry, a missing manual approval drawn as such, and each resource's count of errors, warnings and notes. Diagrams of more than \(GraphBuilder.defaultMaxNodes) resources are collapsed by kind.

            dot is Graphviz source; svg and html are laid out with Graphviz (html is the diagrams alone, for design documents; `archlint check --format html` adds the findings).

            Exit status: 0 the diagram was written, 2 usage error, a file that could not be loaded (listed on standard error; the diagram still shows every other file), or the diagram could not be written.
            """)

    @OptionGroup var scan: ScanOptions

    @Option(help: "dot, svg or html; default: svg.")
    var format: GraphFormat = .svg

    @Option(help: "Write to this file (atomically); default: standard output.")
    var output: String?

    func run() throws {
        let result = try runGate(scan.request())
        let diagrams = DiagramRenderer.diagrams(result)
        let text: String
        do {
            if format != .dot { try Graphviz.availability.get() }
            switch format {
            case .dot: text = DOTWriter.dot(diagrams)
            case .svg: text = Graphviz.document(stacking: try diagrams.map { try Graphviz.svg(DOTWriter.dot($0, titled: true)) })
            case .html:
                var context = DiagramRenderer.htmlContext(result, paths: scan.paths)
                context.diagramsOnly = true
                text = String(decoding: Reporter.render(result.report, format: .html, html: context), as: UTF8.self)
            }
        } catch {
            standardError("archlint: \(error)")
            throw ExitCode(2)
        }
        do {
            if let output, output != "-" {
                try ReportWriter.write(Array(text.utf8), to: output)
            } else {
                try ReportWriter.writeAll(Array(text.utf8), to: STDOUT_FILENO)
            }
        } catch {
            standardError("archlint: \(error)")
            throw ExitCode(2)
        }
        for error in result.report.errors { standardError("\(error.file):\(error.line):\(error.column): error: \(error.message)") }
        if !result.report.errors.isEmpty { throw ExitCode(2) }
    }
}
