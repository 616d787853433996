import ArchlintModel
import ArchlintRules
import Foundation

/// VPCs, their subnets (public or private, and why), and the ECS services placed in them.
extension Drawing {
    mutating func drawNetwork() {
        for subnet in model.subnets.all { drawSubnet(subnet) }
    }

    func vpcCluster(_ vpc: Fact<Reference>) -> (id: String, label: String) {
        switch vpc.value {
        case .logical(let file, let id)?: return ("vpc:\(file)#\(id)", "VPC \(id)")
        case let reference?: return ("vpc:\(reference.description)", "VPC \(reference.description)")
        case nil: return ("vpc:?", "VPC (not known)")
        }
    }

    /// Why a subnet is public or private, in words, and how to draw it.
    func exposure(of subnet: Subnet) -> (isPublic: Bool?, reason: String) {
        let reference: Reference = subnet.resource.origin == .cloudFormation
            ? .logical(file: subnet.resource.file, id: subnet.resource.name)
            : .name(subnet.subnetId ?? subnet.resource.name)
        switch SubnetExposure.of(.known(reference, subnet.resource.site), in: model, tables: tables) {
        case .publicRoute(_, let table, let route):
            let target = route.targetName.isEmpty ? "an internet gateway" : route.targetName
            return (true, "public: \(route.destination.value ?? "default") → \(target) (\(table.routeTableId ?? table.resource.name))")
        case .mapsPublicIp:
            return (true, "public: MapPublicIpOnLaunch")
        case .privateSubnet:
            return (false, "private: no route to an internet gateway")
        case .undetermined, .notDescribed, .unknown:
            return (nil, "public or private: not known")
        }
    }

    @discardableResult
    mutating func drawSubnet(_ subnet: Subnet) -> (id: String, isPublic: Bool?) {
        let exposure = exposure(of: subnet)
        if let id = id(of: subnet.resource) { return (id, exposure.isPublic) }
        let vpc = vpcCluster(subnet.vpc)
        _ = cluster(vpc.id, vpc.label)
        let group: String
        switch exposure.isPublic {
        case true?: group = cluster(vpc.id + "/public", "public subnets", parent: vpc.id, tone: .danger)
        case false?: group = cluster(vpc.id + "/private", "private subnets", parent: vpc.id, tone: .safe)
        case nil: group = cluster(vpc.id + "/other", "subnets", parent: vpc.id, tone: .caution)
        }
        var lines = [String]()
        if let id = subnet.subnetId, id != subnet.resource.name { lines.append(id) }
        if let cidr = subnet.cidr.value { lines.append(cidr) }
        lines.append(exposure.reason)
        let id = node(subnet.resource, .subnet, title: subnet.resource.name, lines: lines, cluster: group,
                      tone: exposure.isPublic == true ? .danger : .plain)
        return (id, exposure.isPublic)
    }

    /// The subnets a resource is placed in, drawn, with the VPC cluster of the first one.
    mutating func placement(_ references: [Fact<Reference>]) -> (ids: [String], publicCount: Int, vpc: String?) {
        var ids: [String] = [], publicCount = 0, vpc: String?
        for reference in references {
            guard let subnet = model.subnets.resolve(reference) else { continue }
            let drawn = drawSubnet(subnet)
            ids.append(drawn.id)
            if drawn.isPublic == true { publicCount += 1 }
            if vpc == nil { vpc = vpcCluster(subnet.vpc).id }
        }
        return (ids, publicCount, vpc)
    }

    mutating func drawServices() {
        for service in model.services.all {
            let placed = placement(service.subnets)
            var lines = [String]()
            if let count = service.desiredCount.value { lines.append("desired count \(count)") }
            let publicIp = service.assignPublicIp.value == "ENABLED"
            if publicIp { lines.append("public IP: ENABLED") }
            if !placed.ids.isEmpty {
                lines.append("tasks in \(placed.ids.count) subnet\(placed.ids.count == 1 ? "" : "s"), \(placed.publicCount) public")
            }
            let exposed = publicIp || placed.publicCount > 0
            if exposed { lines.append("⚠ tasks are public") }
            let id = node(service.resource, .service, title: "ECS service " + (service.serviceName.value ?? service.resource.name),
                          lines: lines, cluster: placed.vpc, tone: exposed ? .danger : .plain)
            for subnet in placed.ids { edge(id, subnet, "runs in", dashed: true) }
            if let task = model.taskDefinitions.resolve(service.taskDefinition) {
                edge(id, drawTaskDefinition(task), "runs")
            }
        }
    }

    mutating func drawTaskDefinition(_ task: TaskDefinition) -> String {
        if let id = id(of: task.resource) { return id }
        let containers = task.containers.map { container in
            let ports = container.portMappings.compactMap(\.containerPort.value).map { ":\($0)" }.joined()
            return (container.name.value ?? "container") + ports
        }
        let id = node(task.resource, .taskDefinition, title: "task definition " + (task.family.value ?? task.resource.name),
                      lines: containers.isEmpty ? [] : ["containers: " + containers.joined(separator: ", ")])
        if let role = model.roles.resolve(task.taskRole) { edge(id, drawRole(role), "task role") }
        if let role = model.roles.resolve(task.executionRole) { edge(id, drawRole(role), "execution role") }
        return id
    }

    /// A role with the policies attached to it, labelled with its worst finding.
    mutating func drawRole(_ role: Role) -> String {
        if let id = id(of: role.resource) { return id }
        var badges = findings.badges[ResourceKey(role.resource)] ?? .init()
        var worst = worstLine(role.resource)
        let attached = policiesOfRole[ResourceKey(role.resource)] ?? []
        for policy in attached {
            badges.add(findings.badges[ResourceKey(policy)] ?? .init())
            if worst == nil { worst = worstLine(policy) }
        }
        let id = node(role.resource, .role, title: "IAM role " + (role.roleName.value ?? role.resource.name),
                      lines: worst.map { [$0] } ?? [], tone: badges.errors > 0 ? .danger : .plain)
        for policy in attached { attach(policy, to: id) }
        return id
    }
}
