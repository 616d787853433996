import Foundation

/// Splits the drawing of a whole scan into one diagram per architecture: everything declared
/// in one template is one stack; other files (CLI exports, policy files) join the files of
/// their directory; and whatever an edge connects is drawn together.
enum Partition {
    typealias Drawn = (nodes: [GraphNode], edges: [GraphEdge], clusters: [String: GraphCluster],
                       internet: [(to: String, label: String)])

    static func split(_ drawn: Drawn, templates: Set<String>, maxNodes: Int) -> [Diagram] {
        let nodes = drawn.nodes
        var position: [String: Int] = [:]
        for (index, node) in nodes.enumerated() { position[node.id] = index }
        var sets = UnionFind(count: nodes.count)
        var seeds: [String: Int] = [:]
        for (index, node) in nodes.enumerated() {
            for key in node.resources {
                let seed = templates.contains(key.file) ? key.file : (key.file as NSString).deletingLastPathComponent + "/"
                if let first = seeds[seed] { sets.union(first, index) } else { seeds[seed] = index }
            }
        }
        for edge in drawn.edges {
            if let a = position[edge.from], let b = position[edge.to] { sets.union(a, b) }
        }
        var members: [Int: [Int]] = [:]
        var order: [Int] = []
        for index in nodes.indices {
            let root = sets.find(index)
            if members[root] == nil { order.append(root) }
            members[root, default: []].append(index)
        }
        var diagrams: [Diagram] = order.map { root in
            let chosen = members[root]!.map { nodes[$0] }
            let ids = Set(chosen.map(\.id))
            var diagramNodes = chosen
            var edges = drawn.edges.filter { ids.contains($0.from) }
            let internet = drawn.internet.filter { ids.contains($0.to) }
            if !internet.isEmpty {
                let id = "i" + chosen[0].id
                diagramNodes.insert(GraphNode(id: id, kind: .internet, title: "internet", lines: ["0.0.0.0/0"], tone: .danger), at: 0)
                edges = internet.map { GraphEdge(from: id, to: $0.to, label: $0.label, tone: .danger) } + edges
            }
            return Diagram(id: "", title: title(chosen, templates: templates), nodes: diagramNodes, edges: edges,
                           clusters: clusters(of: chosen, drawn.clusters))
        }
        diagrams.sort { $0.title < $1.title }
        for index in diagrams.indices {
            diagrams[index].id = "d\(index + 1)"
            if diagrams[index].nodes.count > maxNodes { diagrams[index] = Collapse.byKind(diagrams[index], maxNodes: maxNodes) }
        }
        return diagrams
    }

    /// The template (or templates), else the directory of the files drawn.
    private static func title(_ nodes: [GraphNode], templates: Set<String>) -> String {
        let files = Set(nodes.flatMap { $0.resources.map(\.file) }).sorted()
        let stacks = files.filter(templates.contains)
        if !stacks.isEmpty { return stacks.joined(separator: ", ") }
        let directories = Set(files.map { ($0 as NSString).deletingLastPathComponent }).sorted()
        guard let first = directories.first else { return "(no file)" }
        return directories.count == 1 ? "\(first)/ (\(files.count) file\(files.count == 1 ? "" : "s"))"
            : directories.joined(separator: ", ")
    }

    /// The clusters the nodes are drawn in, with their parents, in id order.
    private static func clusters(of nodes: [GraphNode], _ all: [String: GraphCluster]) -> [GraphCluster] {
        var used = Set<String>()
        for node in nodes {
            var next = node.cluster
            while let id = next, !used.contains(id), let cluster = all[id] {
                used.insert(id)
                next = cluster.parent
            }
        }
        return used.sorted().compactMap { all[$0] }
    }
}

/// Disjoint sets over 0..<count, with path halving.
struct UnionFind {
    private var parent: [Int]

    init(count: Int) { parent = Array(0..<count) }

    mutating func find(_ x: Int) -> Int {
        var x = x
        while parent[x] != x {
            parent[x] = parent[parent[x]]
            x = parent[x]
        }
        return x
    }

    mutating func union(_ a: Int, _ b: Int) {
        let (ra, rb) = (find(a), find(b))
        if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
    }
}
