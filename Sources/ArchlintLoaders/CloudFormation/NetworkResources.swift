import ArchlintModel

/// EC2 networking resources as CloudFormation declares them.
enum NetworkResources {
    static func subnet(_ properties: Cursor, info: ResourceInfo) -> Subnet {
        var subnet = Subnet(resource: info)
        subnet.vpc = properties.child("VpcId")?.reference ?? .absent
        subnet.mapPublicIpOnLaunch = properties.child("MapPublicIpOnLaunch")?.bool ?? .absent
        subnet.cidr = properties.child("CidrBlock")?.string ?? .absent
        return subnet
    }

    static func routeTable(_ properties: Cursor, info: ResourceInfo) -> RouteTable {
        var table = RouteTable(resource: info)
        table.vpc = properties.child("VpcId")?.reference ?? .absent
        return table
    }

    static func route(_ properties: Cursor, info: ResourceInfo, context: TemplateContext) -> (Fact<Reference>, Route) {
        let destination = properties.child("DestinationCidrBlock")?.string
            ?? properties.child("DestinationIpv6CidrBlock")?.string ?? .absent
        var target: Fact<RouteTargetKind> = .known(.other, info.site)
        var targetName = "other"
        let targets: [(String, RouteTargetKind, String)] = [
            ("GatewayId", .internetGateway, "igw-"), ("NatGatewayId", .natGateway, "nat-"),
            ("EgressOnlyInternetGatewayId", .other, "eigw-"), ("TransitGatewayId", .other, "tgw-"),
            ("VpcPeeringConnectionId", .other, "pcx-"), ("InstanceId", .other, "i-"),
            ("NetworkInterfaceId", .other, "eni-"), ("VpcEndpointId", .other, "vpce-"),
        ]
        for (key, kind, prefix) in targets {
            guard let value = properties.child(key) else { continue }
            targetName = key
            if let intrinsic = value.intrinsic {
                switch intrinsic {
                case .ref(let name), .getAtt(let name, _): targetName = name
                default: break
                }
                switch context.resourceType(of: intrinsic) {
                case "AWS::EC2::InternetGateway": target = .known(.internetGateway, value.site)
                case "AWS::EC2::NatGateway": target = .known(.natGateway, value.site)
                case "AWS::EC2::VPNGateway": target = .known(.other, value.site)
                case .some: target = .known(kind == .internetGateway ? .other : kind, value.site)
                case nil: target = .unknown(value.site)
                }
            } else if let text = value.string.value {
                target = .known(text.hasPrefix("igw-") ? .internetGateway : (text.hasPrefix(prefix) ? kind : .other), value.site)
                targetName = text
            }
            break
        }
        let route = Route(site: info.site, destination: destination, target: target, targetName: targetName)
        return (properties.child("RouteTableId")?.reference ?? .absent, route)
    }

    static func securityGroup(_ properties: Cursor, info: ResourceInfo) -> SecurityGroup {
        var group = SecurityGroup(resource: info)
        group.groupName = properties.child("GroupName")?.string.value
        group.vpc = properties.child("VpcId")?.reference ?? .absent
        group.ingress = (properties.child("SecurityGroupIngress")?.items ?? []).filter(\.isMapping).map(ingressRule)
        return group
    }

    static func ingressRule(_ cursor: Cursor) -> IngressRule {
        let cidr = cursor.child("CidrIp")?.string ?? cursor.child("CidrIpv6")?.string ?? .absent
        return IngressRule(site: cursor.site, ipProtocol: cursor.child("IpProtocol")?.string ?? .absent,
                           fromPort: cursor.child("FromPort")?.int ?? .absent,
                           toPort: cursor.child("ToPort")?.int ?? .absent, cidr: cidr,
                           sourceGroup: cursor.child("SourceSecurityGroupId")?.reference ?? .absent)
    }
}
