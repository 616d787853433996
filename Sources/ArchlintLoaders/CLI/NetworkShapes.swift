import ArchlintModel

/// `elbv2 describe-*`, `ec2 describe-subnets/route-tables/security-groups` and
/// `acm describe-certificate` output.
enum NetworkShapes {
    static func elb(_ top: Cursor, into fragment: inout ModelFragment) {
        for body in top.child("LoadBalancers")?.items ?? [] where body.isMapping {
            let info = resource(body, type: "AWS::ElasticLoadBalancingV2::LoadBalancer",
                                nameKey: "LoadBalancerName", keyNames: ["LoadBalancerArn", "DNSName"])
            fragment.loadBalancers.append(ELBMapper.loadBalancer(body, resource: info))
            fragment.keep(body, as: info)
        }
        for body in top.child("TargetGroups")?.items ?? [] where body.isMapping {
            let info = resource(body, type: "AWS::ElasticLoadBalancingV2::TargetGroup",
                                nameKey: "TargetGroupName", keyNames: ["TargetGroupArn"])
            fragment.targetGroups.append(ELBMapper.targetGroup(body, resource: info))
            fragment.keep(body, as: info)
        }
        for body in top.child("Listeners")?.items ?? [] where body.isMapping {
            // A listener has no name: its ARN is its natural name.
            let info = resource(body, type: "AWS::ElasticLoadBalancingV2::Listener",
                                nameKey: "ListenerArn", keyNames: ["ListenerArn"])
            fragment.listeners.append(ELBMapper.listener(body, resource: info))
            fragment.keep(body, as: info)
        }
    }

    static func ec2(_ top: Cursor, into fragment: inout ModelFragment) {
        for body in top.child("Subnets")?.items ?? [] where body.isMapping {
            let info = resource(body, type: "AWS::EC2::Subnet", nameKey: "SubnetId", keyNames: ["SubnetId", "SubnetArn"])
            var subnet = Subnet(resource: info)
            subnet.subnetId = body.child("SubnetId")?.string.value
            subnet.vpc = body.child("VpcId")?.reference ?? .absent
            subnet.mapPublicIpOnLaunch = body.child("MapPublicIpOnLaunch")?.bool ?? .absent
            subnet.cidr = body.child("CidrBlock")?.string ?? .absent
            fragment.subnets.append(subnet)
            fragment.keep(body, as: info)
        }
        for body in top.child("RouteTables")?.items ?? [] where body.isMapping {
            let info = resource(body, type: "AWS::EC2::RouteTable", nameKey: "RouteTableId", keyNames: ["RouteTableId"])
            var table = RouteTable(resource: info)
            table.routeTableId = body.child("RouteTableId")?.string.value
            table.vpc = body.child("VpcId")?.reference ?? .absent
            for association in body.child("Associations")?.items ?? [] {
                if association.child("Main")?.bool.value == true { table.isMain = true }
                if let subnet = association.child("SubnetId") { table.subnets.append(subnet.reference) }
            }
            table.routes = (body.child("Routes")?.items ?? []).filter(\.isMapping).map(route)
            fragment.routeTables.append(table)
            fragment.keep(body, as: info)
        }
        for body in top.child("SecurityGroups")?.items ?? [] where body.isMapping {
            let info = resource(body, type: "AWS::EC2::SecurityGroup", nameKey: "GroupId", keyNames: ["GroupId", "GroupName"])
            var group = SecurityGroup(resource: info)
            group.groupId = body.child("GroupId")?.string.value
            group.groupName = body.child("GroupName")?.string.value
            group.vpc = body.child("VpcId")?.reference ?? .absent
            for permission in body.child("IpPermissions")?.items ?? [] where permission.isMapping {
                group.ingress += ingressRules(permission)
            }
            fragment.securityGroups.append(group)
            fragment.keep(body, as: info)
        }
    }

    static func route(_ body: Cursor) -> Route {
        let destination = body.child("DestinationCidrBlock")?.string ?? body.child("DestinationIpv6CidrBlock")?.string ?? .absent
        if let gateway = body.child("GatewayId"), let id = gateway.string.value {
            let kind: RouteTargetKind = id == "local" ? .local : (id.hasPrefix("igw-") ? .internetGateway : .other)
            return Route(site: body.site, destination: destination, target: .known(kind, gateway.site), targetName: id)
        }
        if let nat = body.child("NatGatewayId"), let id = nat.string.value {
            return Route(site: body.site, destination: destination, target: .known(.natGateway, nat.site), targetName: id)
        }
        return Route(site: body.site, destination: destination, target: .known(.other, body.site), targetName: "other")
    }

    /// One `IpPermissions` entry becomes one rule per source (CIDR, IPv6 CIDR or group).
    static func ingressRules(_ permission: Cursor) -> [IngressRule] {
        let proto = permission.child("IpProtocol")?.string ?? .absent
        let from = permission.child("FromPort")?.int ?? .absent
        let to = permission.child("ToPort")?.int ?? .absent
        var rules: [IngressRule] = []
        for range in permission.child("IpRanges")?.items ?? [] {
            rules.append(IngressRule(site: range.site, ipProtocol: proto, fromPort: from, toPort: to,
                                     cidr: range.child("CidrIp")?.string ?? .absent))
        }
        for range in permission.child("Ipv6Ranges")?.items ?? [] {
            rules.append(IngressRule(site: range.site, ipProtocol: proto, fromPort: from, toPort: to,
                                     cidr: range.child("CidrIpv6")?.string ?? .absent))
        }
        for pair in permission.child("UserIdGroupPairs")?.items ?? [] {
            rules.append(IngressRule(site: pair.site, ipProtocol: proto, fromPort: from, toPort: to,
                                     cidr: .absent, sourceGroup: pair.child("GroupId")?.reference ?? .absent))
        }
        return rules
    }

    static func certificate(_ body: Cursor) -> Certificate {
        let domain = body.child("DomainName")?.string.value ?? "certificate"
        var keys: [String] = []
        if let arn = body.child("CertificateArn")?.string.value { keys.append(arn) }
        let info = ResourceInfo(name: domain, type: CertificateMapper.type, site: body.site, origin: .cli, keys: keys)
        return CertificateMapper.acm(body, resource: info)
    }

    static func resource(_ body: Cursor, type: String, nameKey: String, keyNames: [String]) -> ResourceInfo {
        let name = body.child(nameKey)?.string.value ?? type
        let keys = keyNames.compactMap { body.child($0)?.string.value } + [name]
        return ResourceInfo(name: name, type: type, site: body.site, origin: .cli, keys: keys)
    }
}
