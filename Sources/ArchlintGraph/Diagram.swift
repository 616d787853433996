import ArchlintModel

/// A resource as findings name it: the file it is declared in and its name there.
public struct ResourceKey: Sendable, Hashable, Comparable {
    public var file: String
    public var name: String

    public init(file: String, name: String) {
        self.file = file
        self.name = name
    }

    public init(_ info: ResourceInfo) {
        self.init(file: info.file, name: info.name)
    }

    public static func < (a: ResourceKey, b: ResourceKey) -> Bool { (a.file, a.name) < (b.file, b.name) }
}

/// Counts of the active (not waived) findings on a node, by severity.
public struct Badges: Sendable, Hashable {
    public var errors = 0, warnings = 0, notes = 0

    public init(errors: Int = 0, warnings: Int = 0, notes: Int = 0) {
        self.errors = errors
        self.warnings = warnings
        self.notes = notes
    }

    public var total: Int { errors + warnings + notes }

    public mutating func add(_ other: Badges) {
        errors += other.errors
        warnings += other.warnings
        notes += other.notes
    }
}

/// How a node, edge or group is drawn: plain, or marked as exposed or broken.
public enum Tone: String, Sendable, Hashable {
    case plain
    /// Reachable from the internet, public, expired, missing: what a reviewer must see.
    case danger
    /// Expiring soon, undetermined.
    case caution
    /// Private, or an approval in place.
    case safe
}

public enum NodeKind: String, Sendable, Hashable, CaseIterable {
    case internet, loadBalancer, listener, certificate, targetGroup, service, taskDefinition, role
    case securityGroup, subnet, pipeline, stage, missingApproval, buildProject
    /// Several nodes of one kind drawn as one (a collapsed diagram).
    case group

    /// What a collapsed group of this kind is called: "roles", "subnets".
    public var plural: String {
        switch self {
        case .internet: return "internet"
        case .loadBalancer: return "load balancers"
        case .listener: return "listeners"
        case .certificate: return "certificates"
        case .targetGroup: return "target groups"
        case .service: return "ECS services"
        case .taskDefinition: return "task definitions"
        case .role: return "IAM roles"
        case .securityGroup: return "security groups"
        case .subnet: return "subnets"
        case .pipeline: return "pipelines"
        case .stage: return "pipeline stages"
        case .missingApproval: return "missing approvals"
        case .buildProject: return "build projects"
        case .group: return "groups"
        }
    }
}

public struct GraphNode: Sendable, Hashable {
    /// Unique in the whole scan, usable as an HTML id: `n12`.
    public var id: String
    public var kind: NodeKind
    public var title: String
    /// Further lines of the label: ports, policies, why a subnet is public, the worst finding.
    public var lines: [String]
    /// The innermost group the node is drawn in (a VPC, its public or private subnets, a pipeline).
    public var cluster: String?
    public var tone: Tone
    public var badges: Badges
    /// The resources whose findings belong to this node.
    public var resources: [ResourceKey]

    public init(id: String, kind: NodeKind, title: String, lines: [String] = [], cluster: String? = nil,
                tone: Tone = .plain, badges: Badges = .init(), resources: [ResourceKey] = []) {
        self.id = id
        self.kind = kind
        self.title = title
        self.lines = lines
        self.cluster = cluster
        self.tone = tone
        self.badges = badges
        self.resources = resources
    }
}

public struct GraphEdge: Sendable, Hashable {
    public var from: String
    public var to: String
    public var label: String?
    public var tone: Tone
    /// Drawn dashed: placement ("runs in") or something missing, not a flow of traffic.
    public var dashed: Bool

    public init(from: String, to: String, label: String? = nil, tone: Tone = .plain, dashed: Bool = false) {
        self.from = from
        self.to = to
        self.label = label
        self.tone = tone
        self.dashed = dashed
    }
}

public struct GraphCluster: Sendable, Hashable {
    public var id: String
    public var label: String
    public var parent: String?
    public var tone: Tone

    public init(id: String, label: String, parent: String? = nil, tone: Tone = .plain) {
        self.id = id
        self.label = label
        self.parent = parent
        self.tone = tone
    }
}

/// One architecture: a template's stack, or a connected set of CLI exports and other files.
public struct Diagram: Sendable, Hashable {
    public var id: String
    public var title: String
    public var nodes: [GraphNode]
    public var edges: [GraphEdge]
    public var clusters: [GraphCluster]
    /// Said under the diagram when it was simplified (collapsed groups).
    public var note: String?

    public init(id: String, title: String, nodes: [GraphNode], edges: [GraphEdge], clusters: [GraphCluster], note: String? = nil) {
        self.id = id
        self.title = title
        self.nodes = nodes
        self.edges = edges
        self.clusters = clusters
        self.note = note
    }

    public func node(_ id: String) -> GraphNode? { nodes.first { $0.id == id } }
}
