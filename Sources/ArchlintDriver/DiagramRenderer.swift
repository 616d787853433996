import ArchlintGraph
import ArchlintGraphviz
import ArchlintModel
import ArchlintReporters
import Foundation

/// Draws the diagrams of a run (graph model → DOT → Graphviz SVG) for the HTML report and
/// `archlint graph`.
public enum DiagramRenderer {
    /// At most this many diagrams are laid out in one HTML report (those with the most
    /// findings first); the rest are named in a note. Keeps the report of a thousand templates
    /// quick to write and to open.
    public static let maxDrawn = 40

    public static func diagrams(_ result: GateResult) -> [Diagram] {
        GraphBuilder.diagrams(result.model, findings: result.report.findings, now: result.now)
    }

    /// What the HTML report shows beside the findings.
    public static func htmlContext(_ result: GateResult, paths: [String]) -> HTMLContext {
        let all = diagrams(result)
        var context = HTMLContext(now: DateArgument.format(result.now), paths: paths)
        if case .failure(let error) = Graphviz.availability, !all.isEmpty {
            context.notes.append("No diagrams: \(error)")
            return context
        }
        let chosen: [Diagram]
        if all.count > maxDrawn {
            let ranked = all.indices.sorted { (-score(all[$0]), $0) < (-score(all[$1]), $1) }
            let keep = Set(ranked.prefix(maxDrawn))
            chosen = all.indices.filter(keep.contains).map { all[$0] }
            context.notes.append("\(all.count) architectures were found; the \(maxDrawn) with the most findings are drawn. "
                                 + "Run archlint graph on a narrower path to draw the others.")
        } else {
            chosen = all
        }
        for diagram in chosen {
            do {
                let svg = try Graphviz.svg(DOTWriter.dot(diagram))
                context.diagrams.append(HTMLDiagram(id: diagram.id, title: diagram.title, note: diagram.note, svg: svg,
                                                    nodes: diagram.nodes.map(htmlNode)))
            } catch {
                context.notes.append("\(diagram.title): \(error)")
            }
        }
        return context
    }

    private static func score(_ diagram: Diagram) -> Int {
        diagram.nodes.reduce(0) { $0 + $1.badges.errors * 10_000 + $1.badges.warnings * 100 + $1.badges.notes }
    }

    private static func htmlNode(_ node: GraphNode) -> HTMLNode {
        HTMLNode(id: node.id, label: node.title, resources: node.resources.map { HTMLResource(file: $0.file, name: $0.name) })
    }
}
