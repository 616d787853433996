import ArchlintModel
import ArchlintRules
import Foundation

/// Draws the architecture from the model, as values: which node stands for which resource,
/// what reaches what, and the findings on each. The one place that decides what a diagram
/// shows; rendering (DOT, Graphviz, HTML) only reads the result.
public enum GraphBuilder {
    /// Diagrams larger than this are collapsed into one node per kind of resource.
    public static let defaultMaxNodes = 300

    /// One diagram per architecture, sorted by title. `findings` pins badges on nodes (waived
    /// findings do not count); `now` decides which certificates are expired.
    public static func diagrams(_ model: Architecture, findings: [Finding], now: Date,
                                maxNodes: Int = defaultMaxNodes) -> [Diagram] {
        var drawing = Drawing(model: model, now: now, findings: FindingIndex(findings))
        drawing.drawNetwork()
        drawing.drawServices()
        drawing.drawLoadBalancers()
        drawing.drawExposure()
        drawing.drawPipelines()
        return Partition.split(drawing.finished(), templates: Set(model.templates.map(\.file)), maxNodes: maxNodes)
    }
}

/// The active findings of each resource: counts and the worst one.
struct FindingIndex {
    private(set) var badges: [ResourceKey: Badges] = [:]
    private(set) var worst: [ResourceKey: Finding] = [:]

    init(_ findings: [Finding]) {
        for finding in findings where finding.isActive {
            let key = ResourceKey(file: finding.site.file, name: finding.resource)
            switch finding.severity {
            case .error: badges[key, default: .init()].errors += 1
            case .warning: badges[key, default: .init()].warnings += 1
            case .note: badges[key, default: .init()].notes += 1
            }
            if let current = worst[key], current.severity >= finding.severity { continue }
            worst[key] = finding
        }
    }
}

/// The nodes, edges and groups drawn so far, over the whole scan (split into diagrams at the end).
struct Drawing {
    let model: Architecture
    let now: Date
    let findings: FindingIndex
    let tables: RouteTableLookup
    /// Managed and inline-attached policies of each role, found once.
    let policiesOfRole: [ResourceKey: [ResourceInfo]]
    var nodes: [GraphNode] = []
    var edges: [GraphEdge] = []
    private var edgeSet = Set<GraphEdge>()
    var clusters: [String: GraphCluster] = [:]
    /// The node drawn for each resource.
    var drawn: [ResourceKey: Int] = [:]
    /// Edges from the internet: added per diagram once the diagrams are known.
    var fromInternet: [(to: String, label: String)] = []

    init(model: Architecture, now: Date, findings: FindingIndex) {
        self.model = model
        self.now = now
        self.findings = findings
        self.tables = RouteTableLookup(model)
        var policies: [ResourceKey: [ResourceInfo]] = [:]
        for policy in model.managedPolicies.all {
            for reference in policy.roles {
                guard let role = model.roles.resolve(reference) else { continue }
                policies[ResourceKey(role.resource), default: []].append(policy.resource)
            }
        }
        policiesOfRole = policies
    }

    /// Where the node `id` (`n12`) is in `nodes`.
    func index(of id: String) -> Int? {
        guard id.first == "n", let number = Int(id.dropFirst()), nodes.indices.contains(number - 1) else { return nil }
        return number - 1
    }

    /// The node of a resource, drawn once: a second call returns the first node's id.
    @discardableResult
    mutating func node(_ info: ResourceInfo, _ kind: NodeKind, title: String, lines: [String] = [],
                       cluster: String? = nil, tone: Tone = .plain) -> String {
        let key = ResourceKey(info)
        if let index = drawn[key] { return nodes[index].id }
        let id = "n\(nodes.count + 1)"
        drawn[key] = nodes.count
        nodes.append(GraphNode(id: id, kind: kind, title: title, lines: lines, cluster: cluster, tone: tone, resources: [key]))
        return id
    }

    /// A node that stands for no one resource (a pipeline stage, a missing approval).
    mutating func node(_ kind: NodeKind, title: String, lines: [String] = [], cluster: String? = nil,
                       tone: Tone = .plain) -> String {
        let id = "n\(nodes.count + 1)"
        nodes.append(GraphNode(id: id, kind: kind, title: title, lines: lines, cluster: cluster, tone: tone))
        return id
    }

    func id(of info: ResourceInfo) -> String? {
        drawn[ResourceKey(info)].map { nodes[$0].id }
    }

    /// Also pins `info`'s findings on the node `id` (a policy on its role).
    mutating func attach(_ info: ResourceInfo, to id: String) {
        guard let index = index(of: id) else { return }
        let key = ResourceKey(info)
        if !nodes[index].resources.contains(key) { nodes[index].resources.append(key) }
    }

    mutating func edge(_ from: String, _ to: String, _ label: String? = nil, tone: Tone = .plain, dashed: Bool = false) {
        let edge = GraphEdge(from: from, to: to, label: label, tone: tone, dashed: dashed)
        if edgeSet.insert(edge).inserted { edges.append(edge) }
    }

    mutating func cluster(_ id: String, _ label: String, parent: String? = nil, tone: Tone = .plain) -> String {
        if clusters[id] == nil { clusters[id] = GraphCluster(id: id, label: label, parent: parent, tone: tone) }
        return id
    }

    /// The worst active finding on a resource, as one line of a label.
    func worstLine(_ info: ResourceInfo) -> String? {
        guard let finding = findings.worst[ResourceKey(info)] else { return nil }
        return "worst: \(finding.ruleId) \(finding.severity.rawValue): " + Self.shortened(finding.message, to: 60)
    }

    static func shortened(_ text: String, to length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }

    /// Badges summed from each node's resources, and the internet edges, in one value.
    func finished() -> (nodes: [GraphNode], edges: [GraphEdge], clusters: [String: GraphCluster],
                        internet: [(to: String, label: String)]) {
        var nodes = nodes
        for index in nodes.indices {
            for key in nodes[index].resources {
                if let badges = findings.badges[key] { nodes[index].badges.add(badges) }
            }
        }
        return (nodes, edges, clusters, fromInternet)
    }
}
