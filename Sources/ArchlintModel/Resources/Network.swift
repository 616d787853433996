public struct Subnet: ModelEntity, Hashable {
    public var resource: ResourceInfo
    public var subnetId: String?
    public var vpc: Fact<Reference>
    public var mapPublicIpOnLaunch: Fact<Bool>
    public var cidr: Fact<String>

    public init(resource: ResourceInfo) {
        self.resource = resource
        self.vpc = .absent
        self.mapPublicIpOnLaunch = .absent
        self.cidr = .absent
    }
}

/// What a route sends traffic to.
public enum RouteTargetKind: String, Sendable, Hashable {
    case internetGateway, natGateway, local, other
}

public struct Route: Sendable, Hashable {
    public var site: Site
    public var destination: Fact<String>
    /// `.unknown` when the target is an unresolved intrinsic.
    public var target: Fact<RouteTargetKind>
    public var targetName: String
    public init(site: Site, destination: Fact<String>, target: Fact<RouteTargetKind>, targetName: String) {
        self.site = site
        self.destination = destination
        self.target = target
        self.targetName = targetName
    }

    public var isDefaultRoute: Bool {
        destination.value == "0.0.0.0/0" || destination.value == "::/0"
    }
}

public struct RouteTable: ModelEntity, Hashable {
    public var resource: ResourceInfo
    public var routeTableId: String?
    public var vpc: Fact<Reference>
    public var isMain: Bool
    public var subnets: [Fact<Reference>]
    public var routes: [Route]

    public init(resource: ResourceInfo) {
        self.resource = resource
        self.vpc = .absent
        self.isMain = false
        self.subnets = []
        self.routes = []
    }
}

public struct IngressRule: Sendable, Hashable {
    public var site: Site
    /// `tcp`, `udp`, `icmp`, or `-1` for all.
    public var ipProtocol: Fact<String>
    public var fromPort: Fact<Int>
    public var toPort: Fact<Int>
    /// `0.0.0.0/0`-style IPv4 or IPv6 CIDR; absent for a source security group.
    public var cidr: Fact<String>
    public var sourceGroup: Fact<Reference>

    public init(site: Site, ipProtocol: Fact<String>, fromPort: Fact<Int>, toPort: Fact<Int>,
                cidr: Fact<String>, sourceGroup: Fact<Reference> = .absent) {
        self.site = site
        self.ipProtocol = ipProtocol
        self.fromPort = fromPort
        self.toPort = toPort
        self.cidr = cidr
        self.sourceGroup = sourceGroup
    }

    /// Admits the internet: any `/0`, or a public range as wide (`AddressRange.isInternetWide`).
    public var isOpenToWorld: Bool { cidr.value.flatMap(AddressRange.init)?.isInternetWide ?? false }

    /// True when the rule admits every port of every protocol or covers `port`.
    public func covers(port: Int) -> Bool? {
        if let proto = ipProtocol.value, proto == "-1" || proto.lowercased() == "all" { return true }
        guard let from = fromPort.value, let to = toPort.value else { return nil }
        if from == -1 && to == -1 { return true }
        return from <= port && port <= to
    }
}

public struct SecurityGroup: ModelEntity, Hashable {
    public var resource: ResourceInfo
    public var groupId: String?
    public var groupName: String?
    public var vpc: Fact<Reference>
    public var ingress: [IngressRule]

    public init(resource: ResourceInfo) {
        self.resource = resource
        self.vpc = .absent
        self.ingress = []
    }
}
