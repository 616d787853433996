import ArchlintModel

/// World-open ingress on the security groups that PS104 (workload groups) and PS105
/// (load-balancer groups) do not judge, sorted by what it exposes: PS108 all traffic,
/// PS109 administration and database ports, PS110 any other port. 80 and 443 are the
/// ports Security Hub (EC2.18) authorises by default and are never reported.
enum WorldOpenIngress {
    enum Exposure: Equatable {
        case everything
        case risky(Int)
        case other
    }

    /// Security Hub EC2.19's high-risk ports, plus the database, cache and cluster ports
    /// archlint treats the same way.
    static let riskyPorts: [Int] = [
        20, 21, 22, 23, 25, 110, 135, 143, 445, 1433, 1434, 1521, 2049, 2375, 2376, 3000, 3306, 3389,
        4333, 5000, 5432, 5439, 5500, 5601, 5984, 6379, 7000, 7001, 8020, 8080, 8088, 8888, 9042,
        9092, 9200, 9300, 11211, 27017, 27018,
    ]
    static let webPorts: Set<Int> = [80, 443]

    /// What a rule exposes to the internet; nil when it is not world-open, only on 80/443,
    /// ICMP, or not known offline.
    static func exposure(_ rule: IngressRule) -> Exposure? {
        guard rule.isOpenToWorld, !PrivateSubnetGroups.isICMP(rule), let proto = rule.ipProtocol.value?.lowercased() else { return nil }
        if proto == "-1" || proto == "all" { return .everything }
        guard let from = rule.fromPort.value, let to = rule.toPort.value else { return nil }
        if from == -1 || to == -1 || (from <= 1 && to == 65535) { return .everything }
        guard from <= to else { return nil }
        if let port = riskyPorts.first(where: { from <= $0 && $0 <= to }) { return .risky(port) }
        return to - from + 1 > webPorts.filter { from <= $0 && $0 <= to }.count ? .other : nil
    }

    /// Reports each world-open rule whose exposure `select` accepts, on groups attached to no
    /// workload and no load balancer.
    static func report(_ model: Architecture, _ context: inout RuleContext,
                       _ message: (SecurityGroup, IngressRule, Exposure) -> String?) {
        let workloads = PrivateSubnetGroups.workloads(in: model)
        var balanced: Set<ResourceInfo> = []
        for balancer in model.loadBalancers.all {
            for reference in balancer.securityGroups {
                if let group = model.securityGroups.resolve(reference) { balanced.insert(group.resource) }
            }
        }
        for group in model.securityGroups.all where workloads[group.resource] == nil && !balanced.contains(group.resource) {
            context.checked(group.resource)
            for rule in group.ingress {
                guard let exposure = exposure(rule), let site = rule.cidr.site,
                      let text = message(group, rule, exposure) else { continue }
                context.report(text, at: site, on: group.resource)
            }
        }
    }

    static func describe(_ group: SecurityGroup, _ rule: IngressRule) -> String {
        "security group \(PrivateSubnetGroups.label(group)) admits \(rule.cidr.value ?? "the internet") on \(PrivateSubnetGroups.ports(of: rule) ?? "some ports")"
    }
}
