import ArchlintModel

/// EC2 networking: subnets, route tables and their routes, security groups and their ingress.
/// CloudFormation declares routes, subnet associations and ingress rules as resources of their
/// own, joined to what they name when the template is complete (`ModelBuilder.finish`); the
/// `ec2 describe-*` output writes them inside the route table or security group.
enum EC2 {
    static let subnetType = "AWS::EC2::Subnet"
    static let routeTableType = "AWS::EC2::RouteTable"
    static let securityGroupType = "AWS::EC2::SecurityGroup"

    static let mappers = [
        ResourceMapper(subnetType, into: \.subnets, named: "SubnetId", keys: ["SubnetId", "SubnetArn"], nameLast: true,
                       read: subnet),
        ResourceMapper(routeTableType, into: \.routeTables, named: "RouteTableId", keys: ["RouteTableId"], nameLast: true,
                       read: routeTable),
        ResourceMapper(securityGroupType, into: \.securityGroups, named: "GroupId", keys: ["GroupId", "GroupName"],
                       nameLast: true, read: securityGroup),
        ResourceMapper("AWS::EC2::Route") { body, info, model in
            model.routes.append(route(body, info: info))
        },
        ResourceMapper("AWS::EC2::SubnetRouteTableAssociation") { body, _, model in
            model.associations.append((body.child("RouteTableId")?.reference ?? .absent,
                                       body.child("SubnetId")?.reference ?? .absent))
        },
        ResourceMapper("AWS::EC2::SecurityGroupIngress") { body, _, model in
            model.ingress.append((body.child("GroupId")?.reference ?? .absent, ingressRule(body)))
        },
    ]

    static func subnet(_ body: Cursor, resource: ResourceInfo) -> Subnet {
        var subnet = Subnet(resource: resource)
        subnet.subnetId = body.child("SubnetId")?.string.value
        subnet.vpc = body.child("VpcId")?.reference ?? .absent
        subnet.mapPublicIpOnLaunch = body.child("MapPublicIpOnLaunch")?.bool ?? .absent
        subnet.cidr = body.child("CidrBlock")?.string ?? .absent
        return subnet
    }

    /// A route table; described ones carry their routes and subnet associations.
    static func routeTable(_ body: Cursor, resource: ResourceInfo) -> RouteTable {
        var table = RouteTable(resource: resource)
        table.routeTableId = body.child("RouteTableId")?.string.value
        table.vpc = body.child("VpcId")?.reference ?? .absent
        for association in body.child("Associations")?.items ?? [] {
            if association.child("Main")?.bool.value == true { table.isMain = true }
            if let subnet = association.child("SubnetId") { table.subnets.append(subnet.reference) }
        }
        table.routes = (body.child("Routes")?.items ?? []).filter(\.isMapping).map(describedRoute)
        return table
    }

    /// An `AWS::EC2::Route` and the route table it names.
    static func route(_ properties: Cursor, info: ResourceInfo) -> (Fact<Reference>, Route) {
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
                switch value.template?.resourceType(of: intrinsic) {
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

    /// A route inside a described route table.
    static func describedRoute(_ body: Cursor) -> Route {
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

    /// A security group with its ingress rules: CloudFormation's `SecurityGroupIngress`, or the
    /// `IpPermissions` of a described group.
    static func securityGroup(_ body: Cursor, resource: ResourceInfo) -> SecurityGroup {
        var group = SecurityGroup(resource: resource)
        group.groupId = body.child("GroupId")?.string.value
        group.groupName = body.child("GroupName")?.string.value
        group.vpc = body.child("VpcId")?.reference ?? .absent
        group.ingress = (body.child("SecurityGroupIngress")?.items ?? []).filter(\.isMapping).map(ingressRule)
        for permission in body.child("IpPermissions")?.items ?? [] where permission.isMapping {
            group.ingress += ingressRules(permission)
        }
        return group
    }

    /// One CloudFormation ingress rule (inline or an `AWS::EC2::SecurityGroupIngress`).
    static func ingressRule(_ cursor: Cursor) -> IngressRule {
        let cidr = cursor.child("CidrIp")?.string ?? cursor.child("CidrIpv6")?.string ?? .absent
        return IngressRule(site: cursor.site, ipProtocol: cursor.child("IpProtocol")?.string ?? .absent,
                           fromPort: cursor.child("FromPort")?.int ?? .absent,
                           toPort: cursor.child("ToPort")?.int ?? .absent, cidr: cidr,
                           sourceGroup: cursor.child("SourceSecurityGroupId")?.reference ?? .absent)
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
}
