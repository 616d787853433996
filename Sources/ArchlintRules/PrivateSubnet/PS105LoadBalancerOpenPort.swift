import ArchlintModel

/// A load balancer's security group open to the internet on ports other than 80 and 443.
struct PS105LoadBalancerOpenPort: Rule {
    static let id = "PS105"
    static let webPorts: Set<Int> = [80, 443]

    func check(_ model: Architecture, _ context: inout RuleContext) {
        // Groups also attached to a workload are PS104's.
        let workloads = PrivateSubnetGroups.workloads(in: model, context)
        var seen: Set<ResourceInfo> = []
        for balancer in model.loadBalancers.all {
            for reference in balancer.securityGroups {
                guard let group = model.securityGroups.resolve(reference), workloads[group.resource] == nil,
                      seen.insert(group.resource).inserted else { continue }
                context.checked(group.resource)
                for rule in group.ingress where rule.isOpenToWorld && !PrivateSubnetGroups.isICMP(rule) {
                    guard let cidr = rule.cidr.value, let site = rule.cidr.site, Self.opensOtherPorts(rule) == true else { continue }
                    let ports = PrivateSubnetGroups.ports(of: rule) ?? "some ports"
                    context.report("security group \(PrivateSubnetGroups.label(group)) of load balancer \(balancer.resource.name) admits \(AddressRange.label(cidr)) on \(ports); only 80 and 443 belong open to the internet",
                                   at: site, on: group.resource)
                }
            }
        }
    }

    /// True when the rule admits a port other than 80 and 443; nil when its ports are not known.
    static func opensOtherPorts(_ rule: IngressRule) -> Bool? {
        if let proto = rule.ipProtocol.value, proto == "-1" || proto.lowercased() == "all" { return true }
        guard let from = rule.fromPort.value, let to = rule.toPort.value else { return nil }
        if from == -1 || to == -1 { return true }
        guard from <= to else { return nil }
        return to - from + 1 > webPorts.filter { from <= $0 && $0 <= to }.count
    }
}
