import ArchlintModel

/// An internet-facing load balancer whose subnets are all private: the internet cannot reach it.
struct PS106InternetFacingLBPrivateSubnets: Rule {
    static let id = "PS106"

    func check(_ model: Architecture, _ context: inout RuleContext) {
        for balancer in model.loadBalancers.all {
            context.checked(balancer.resource)
            // Gateway Load Balancers have no scheme; the default is internet-facing otherwise.
            guard let type = balancer.type.or(default: "application"), type.lowercased() != "gateway",
                  balancer.scheme.or(default: "internet-facing")?.lowercased() == "internet-facing",
                  !balancer.subnets.isEmpty else { continue }
            var names: [String] = []
            for reference in balancer.subnets {
                guard case .privateSubnet(let subnet) = SubnetExposure.of(reference, in: model),
                      Self.hasNoInboundPath(subnet, in: model) else { names = []; break }
                names.append(subnet.subnetId ?? subnet.resource.name)
            }
            guard !names.isEmpty else { continue }
            context.report("internet-facing load balancer is only in private subnets (\(names.joined(separator: ", "))), so the internet cannot reach it",
                           at: balancer.scheme.site ?? balancer.resource.site, on: balancer.resource)
        }
    }

    /// A private subnet whose default routes all lead to a NAT gateway, or that has none. A
    /// default route to a firewall or Gateway Load Balancer endpoint may be the inspected path
    /// to an internet gateway, so such subnets are not judged.
    static func hasNoInboundPath(_ subnet: Subnet, in model: Architecture) -> Bool {
        guard let table = SubnetExposure.routeTable(for: subnet, in: model) else { return false }
        return table.routes.filter(\.isDefaultRoute).allSatisfy { $0.target.value == .natGateway }
    }
}
