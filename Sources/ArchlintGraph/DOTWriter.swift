/// Writes diagrams as Graphviz DOT text: clusters for VPCs, their public and private subnets
/// and pipelines; each node a small HTML-like table with its title, its lines and its badges.
/// Pure text, so what is drawn is testable without Graphviz.
public enum DOTWriter {
    /// One diagram as one graph.
    public static func dot(_ diagram: Diagram) -> String {
        var out = "digraph \(quote(diagram.id)) {\n" + header + "  id=\(quote(diagram.id));\n"
        body(diagram, into: &out, indent: "  ")
        return out + "}\n"
    }

    /// Several diagrams in one graph, each in a titled frame (for one SVG of a whole scan).
    public static func dot(_ diagrams: [Diagram]) -> String {
        if diagrams.count == 1 { return dot(diagrams[0]) }
        var out = "digraph \"archlint\" {\n" + header + "  id=\"archlint\";\n"
        for diagram in diagrams {
            out += "  subgraph \(quote("cluster_" + diagram.id)) {\n    id=\(quote(diagram.id));\n"
            out += "    label=<<B>\(escape(diagram.title))</B>\(diagram.note.map { "<BR/>" + escape($0) } ?? "")>; "
            out += "style=\"rounded\"; color=\"#8c959f\"; fontsize=13;\n"
            body(diagram, into: &out, indent: "    ")
            out += "  }\n"
        }
        return out + "}\n"
    }

    private static let header = """
          graph [rankdir=TB, fontname="Helvetica", fontsize=12, newrank=true, nodesep=0.25, ranksep=0.55, bgcolor="white"];
          node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=11, margin="0.08,0.04", penwidth=1.3];
          edge [fontname="Helvetica", fontsize=10, color="#57606a", fontcolor="#24292f"];

        """

    private static func body(_ diagram: Diagram, into out: inout String, indent: String) {
        var children: [String?: [GraphCluster]] = [:]
        for cluster in diagram.clusters { children[cluster.parent, default: []].append(cluster) }
        var nodesIn: [String?: [GraphNode]] = [:]
        let known = Set(diagram.clusters.map(\.id))
        for node in diagram.nodes { nodesIn[node.cluster.flatMap { known.contains($0) ? $0 : nil }, default: []].append(node) }
        var counter = 0
        func write(_ cluster: String?, _ indent: String) {
            for node in nodesIn[cluster] ?? [] { out += indent + nodeStatement(node) + "\n" }
            for child in children[cluster] ?? [] {
                counter += 1
                let colors = palette(child.tone)
                out += indent + "subgraph \(quote("cluster_\(diagram.id)_\(counter)")) {\n"
                out += indent + "  id=\(quote("\(diagram.id)-c\(counter)"));\n"
                out += indent + "  label=\(quote(child.label)); style=\"rounded,filled\"; fillcolor=\"\(colors.cluster)\"; "
                out += "color=\"\(colors.line)\"; fontcolor=\"\(colors.line)\";\n"
                write(child.id, indent + "  ")
                out += indent + "}\n"
            }
        }
        write(nil, indent)
        for (index, edge) in diagram.edges.enumerated() {
            var attributes = ["id=\(quote("\(diagram.id)-e\(index + 1)"))"]
            if let label = edge.label, !label.isEmpty { attributes.append("label=\(quote(label))") }
            if edge.tone != .plain {
                let color = palette(edge.tone).line
                attributes += ["color=\"\(color)\"", "fontcolor=\"\(color)\"", "penwidth=2"]
            }
            if edge.dashed { attributes.append("style=dashed") }
            out += indent + "\(quote(edge.from)) -> \(quote(edge.to))"
            out += " [\(attributes.joined(separator: ", "))];\n"
        }
    }

    static func nodeStatement(_ node: GraphNode) -> String {
        let colors = palette(node.tone)
        var label = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\">"
        label += "<TR><TD ALIGN=\"LEFT\"><B>\(escape(node.title))</B></TD></TR>"
        for line in node.lines {
            label += "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"9\">\(escape(line))</FONT></TD></TR>"
        }
        let badges = [(node.badges.errors, "error", "#cf222e", "white"), (node.badges.warnings, "warning", "#d4a72c", "black"),
                      (node.badges.notes, "note", "#0969da", "white")].filter { $0.0 > 0 }
        if !badges.isEmpty {
            label += "<TR><TD ALIGN=\"LEFT\"><TABLE BORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\"><TR>"
            for (count, name, background, text) in badges {
                label += "<TD BGCOLOR=\"\(background)\"><FONT COLOR=\"\(text)\" POINT-SIZE=\"9\">\(count) \(name)\(count == 1 ? "" : "s")</FONT></TD>"
            }
            label += "</TR></TABLE></TD></TR>"
        }
        label += "</TABLE>"
        var attributes = ["id=\(quote(node.id))", "label=<\(label)>", "fillcolor=\"\(colors.fill)\"", "color=\"\(colors.line)\""]
        if node.kind == .internet { attributes.append("shape=ellipse") }
        if node.kind == .missingApproval { attributes.append("style=\"rounded,dashed,filled\"") }
        return "\(quote(node.id)) [\(attributes.joined(separator: ", "))];"
    }

    static func palette(_ tone: Tone) -> (fill: String, line: String, cluster: String) {
        switch tone {
        case .plain: return ("#ffffff", "#57606a", "#f6f8fa")
        case .danger: return ("#ffebe9", "#cf222e", "#fff5f4")
        case .caution: return ("#fff8c5", "#9a6700", "#fffbe6")
        case .safe: return ("#dafbe1", "#1a7f37", "#f0fff4")
        }
    }

    /// A DOT double-quoted ID: `"` and `\` escaped, line breaks as `\n`.
    static func quote(_ text: String) -> String {
        var out = "\""
        for character in text {
            switch character {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n", "\r\n", "\r": out += "\\n"
            default: out.append(character)
            }
        }
        return out + "\""
    }

    /// Text inside an HTML-like label.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n", "\r\n", "\r": out += " "
            default: out.append(character)
            }
        }
        return out
    }
}
