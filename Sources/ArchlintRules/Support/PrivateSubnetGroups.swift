import ArchlintModel

/// Security groups as the private-subnet rules see them: who they are attached to, and which
/// ingress rules admit the whole internet.
enum PrivateSubnetGroups {
    /// `workloads(in:)`, worked out once per run and shared by the rules that read it.
    static func workloads(in model: Architecture, _ context: RuleContext) -> [ResourceInfo: [String]] {
        context.lookups.value(Workloads.self) { Workloads(attached: workloads(in: model)) }.attached
    }

    private struct Workloads: Sendable {
        let attached: [ResourceInfo: [String]]
    }

    /// Names of the workloads (ECS services, RDS instances) each security group is attached to.
    static func workloads(in model: Architecture) -> [ResourceInfo: [String]] {
        var attached: [ResourceInfo: [String]] = [:]
        func attach(_ references: [Fact<Reference>], _ name: String) {
            for reference in references {
                guard let group = model.securityGroups.resolve(reference) else { continue }
                if !(attached[group.resource]?.contains(name) ?? false) { attached[group.resource, default: []].append(name) }
            }
        }
        for service in model.services.all { attach(service.securityGroups, "service \(service.resource.name)") }
        for database in model.databases.all { attach(database.securityGroups, "database \(database.resource.name)") }
        return attached
    }

    /// A group's name for messages: its name, else its ID or logical ID.
    static func label(_ group: SecurityGroup) -> String {
        group.groupName ?? group.groupId ?? group.resource.name
    }

    /// `all traffic`, `tcp port 22`, `tcp ports 0-65535`, or nil when not known.
    static func ports(of rule: IngressRule) -> String? {
        guard let proto = rule.ipProtocol.value?.lowercased() else { return nil }
        if proto == "-1" || proto == "all" { return "all traffic" }
        let name = ["6": "tcp", "17": "udp", "1": "icmp", "58": "icmpv6"][proto] ?? proto
        guard let from = rule.fromPort.value, let to = rule.toPort.value else { return nil }
        if from == -1 || to == -1 { return "all \(name)" }
        return from == to ? "\(name) port \(from)" : "\(name) ports \(from)-\(to)"
    }

    static func isICMP(_ rule: IngressRule) -> Bool {
        guard let proto = rule.ipProtocol.value?.lowercased() else { return false }
        return ["icmp", "icmpv6", "1", "58"].contains(proto)
    }
}
