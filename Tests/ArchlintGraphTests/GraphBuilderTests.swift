import ArchlintDriver
import ArchlintGraph
import ArchlintModel
import Foundation
import Testing

/// The diagram of the CampusLearn samples, as values: no Graphviz involved.
@Suite struct GraphBuilderTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let now = ISO8601DateFormatter().date(from: "2026-11-26T00:00:00Z")!

    static func diagrams(_ sample: String, maxNodes: Int = GraphBuilder.defaultMaxNodes) -> [Diagram] {
        var options = CheckOptions(paths: [root + "/samples/" + sample], now: now, jobs: 2)
        options.recordsCheckedResources = false
        let scan = Checker.check(options)
        return GraphBuilder.diagrams(scan.model, findings: scan.report.findings, now: now, maxNodes: maxNodes)
    }

    static let campuslearn = diagrams("campuslearn")
    /// The CLI exports' diagram (its title, the directory, sorts first) and the template's.
    static var cli: Diagram { campuslearn[0] }
    static var template: Diagram { campuslearn[1] }

    @Test func oneDiagramForTheTemplateAndOneForTheCLIExports() {
        #expect(Self.campuslearn.count == 2)
        #expect(Self.template.title.hasSuffix("samples/campuslearn/cloudformation/campuslearn.yaml"))
        #expect(Self.cli.title.hasSuffix("samples/campuslearn/cli/ (10 files)"))
        #expect(Self.campuslearn.map(\.id) == ["d1", "d2"])
    }

    @Test(arguments: [0, 1]) func twoPublicSubnetsWithTheirReason(index: Int) throws {
        let diagram = Self.campuslearn[index]
        let publicGroup = try #require(diagram.clusters.first { $0.label == "public subnets" })
        #expect(publicGroup.tone == .danger)
        let subnets = diagram.nodes.filter { $0.kind == .subnet && $0.cluster == publicGroup.id }
        #expect(subnets.count >= 2)
        for subnet in subnets { #expect(subnet.lines.contains { $0.hasPrefix("public: 0.0.0.0/0 → ") }) }
    }

    @Test(arguments: [0, 1]) func theInternetReachesTheServiceOnPort5000(index: Int) throws {
        let diagram = Self.campuslearn[index]
        let internet = try #require(diagram.nodes.first { $0.kind == .internet })
        let service = try #require(diagram.nodes.first { $0.kind == .service })
        let edge = try #require(diagram.edges.first { $0.from == internet.id && $0.to == service.id })
        #expect(edge.label?.contains("tcp 5000") == true)
        #expect(edge.tone == .danger)
        #expect(service.tone == .danger)
        #expect(service.lines.contains("⚠ tasks are public"))
        #expect(service.badges.errors > 0)
    }

    @Test func theExpiredCertificateIsMarked() throws {
        let cli = Self.cli
        let certificate = try #require(cli.nodes.first { $0.kind == .certificate })
        #expect(certificate.tone == .danger)
        #expect(certificate.lines.first == "⚠ EXPIRED 2026-11-14 (12 days ago)")
        let listener = try #require(cli.nodes.first { $0.kind == .listener && $0.title.contains("HTTPS") })
        #expect(cli.edges.contains { $0.from == listener.id && $0.to == certificate.id && $0.label == "serves" })
    }

    @Test(arguments: [0, 1]) func theMissingApprovalIsDrawnBeforeTheDeployStage(index: Int) throws {
        let diagram = Self.campuslearn[index]
        let missing = try #require(diagram.nodes.first { $0.kind == .missingApproval })
        #expect(missing.tone == .danger)
        let next = try #require(diagram.edges.first { $0.from == missing.id })
        #expect(diagram.node(next.to)?.lines.contains { $0.contains("(Deploy)") } == true)
    }

    @Test func rolesCarryTheirWorstFinding() throws {
        let roles = Self.cli.nodes.filter { $0.kind == .role }
        #expect(roles.count >= 3)
        #expect(roles.contains { $0.lines.contains { $0.hasPrefix("worst: LP") } && $0.tone == .danger })
        let edges = Self.cli.edges.map(\.label)
        #expect(edges.contains("task role") && edges.contains("execution role") && edges.contains("pipeline role")
                && edges.contains("build role"))
    }

    @Test func theFixedSampleHasNoPublicSubnetAndNoMissingApproval() {
        let fixed = Self.diagrams("campuslearn-fixed")
        #expect(!fixed.isEmpty)
        for diagram in fixed {
            #expect(!diagram.nodes.contains { $0.kind == .missingApproval })
            let publicGroups = Set(diagram.clusters.filter { $0.label == "public subnets" }.map(\.id))
            #expect(!diagram.nodes.contains { $0.kind == .service && publicGroups.contains($0.cluster ?? "") })
            #expect(diagram.nodes.filter { $0.kind == .service }.allSatisfy { $0.tone != .danger })
        }
    }

    @Test func aLargeDiagramIsCollapsedByKindAndSaysSo() throws {
        let collapsed = Self.diagrams("campuslearn", maxNodes: 5)
        let diagram = try #require(collapsed.first)
        #expect(diagram.note?.contains("collapsed into one node per kind") == true)
        #expect(diagram.clusters.isEmpty)
        #expect(Set(diagram.nodes.map(\.kind)).count == diagram.nodes.count)
        let full = Self.campuslearn[0]
        #expect(diagram.nodes.reduce(0) { $0 + $1.badges.total } == full.nodes.reduce(0) { $0 + $1.badges.total })
    }

    @Test func dotHasClustersIDsAndBadges() throws {
        let dot = DOTWriter.dot(Self.cli)
        #expect(dot.hasPrefix("digraph \"d1\" {"))
        #expect(dot.contains("label=\"public subnets\""))
        #expect(dot.contains("id=\"n1\""))
        #expect(dot.contains("error"))
        #expect(dot.contains("label=\"tcp 5000\""))
        #expect(DOTWriter.dot(Self.campuslearn).contains("subgraph \"cluster_d1\""))
    }

    @Test func dotQuotingAndLabelEscaping() {
        let node = GraphNode(id: "n1", kind: .role, title: "a<b> & \"c\"", lines: ["x\ny"])
        let statement = DOTWriter.dot(Diagram(id: "d\"1", title: "t", nodes: [node], edges: [], clusters: []))
        #expect(statement.contains("digraph \"d\\\"1\""))
        #expect(statement.contains("a&lt;b&gt; &amp; &quot;c&quot;"))
        #expect(statement.contains("x y"))
    }
}
