/// A diagram too large to read, redrawn as one node per kind of resource (all subnets as one,
/// all roles as one, ...) with the badges summed and the edges between kinds kept.
enum Collapse {
    static func byKind(_ diagram: Diagram, maxNodes: Int) -> Diagram {
        var groups: [NodeKind: GraphNode] = [:]
        var groupOf: [String: String] = [:]
        var counts: [NodeKind: Int] = [:]
        for node in diagram.nodes {
            let id = "\(diagram.id)-\(node.kind.rawValue)"
            groupOf[node.id] = id
            counts[node.kind, default: 0] += 1
            var group = groups[node.kind] ?? GraphNode(id: id, kind: node.kind, title: "", tone: .plain)
            group.badges.add(node.badges)
            group.resources += node.resources
            if node.tone == .danger { group.tone = .danger }
            groups[node.kind] = group
        }
        var nodes: [GraphNode] = []
        for kind in NodeKind.allCases {
            guard var group = groups[kind], let count = counts[kind] else { continue }
            group.title = count == 1 ? kind.plural : "\(count) \(kind.plural)"
            nodes.append(group)
        }
        var edges: [GraphEdge] = []
        for edge in diagram.edges {
            guard let from = groupOf[edge.from], let to = groupOf[edge.to], from != to else { continue }
            let collapsed = GraphEdge(from: from, to: to, tone: edge.tone, dashed: edge.dashed)
            if !edges.contains(where: { $0.from == from && $0.to == to }) { edges.append(collapsed) }
        }
        let note = "\(diagram.nodes.count) resources (more than \(maxNodes)) collapsed into one node per kind; "
            + "run archlint graph on a narrower path to see each resource"
        return Diagram(id: diagram.id, title: diagram.title, nodes: nodes, edges: edges, clusters: [], note: note)
    }
}
