import ArchlintModel

/// A security group attached to a workload (ECS service, RDS instance) that admits the whole
/// internet.
struct PS104OpenSecurityGroupWorkload: Rule {
    static let id = "PS104"

    func check(_ model: Architecture, _ context: inout RuleContext) {
        let workloads = PrivateSubnetGroups.workloads(in: model, context)
        for group in model.securityGroups.all {
            guard let users = workloads[group.resource] else { continue }
            context.checked(group.resource)
            let attached = users.count == 1 ? users[0] : "\(users[0]) and \(users.count - 1) other workload\(users.count == 2 ? "" : "s")"
            for rule in group.ingress where rule.isOpenToWorld {
                guard let cidr = rule.cidr.value, let site = rule.cidr.site else { continue }
                let ports = PrivateSubnetGroups.ports(of: rule) ?? "some ports"
                context.report("security group \(PrivateSubnetGroups.label(group)) of \(attached) admits \(AddressRange.label(cidr)) on \(ports)",
                               at: site, on: group.resource)
            }
        }
    }
}
