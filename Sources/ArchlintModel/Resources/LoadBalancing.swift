public struct LoadBalancer: ModelEntity, Hashable {
    public var resource: ResourceInfo
    public var arn: String?
    /// `internet-facing` (the default) or `internal`.
    public var scheme: Fact<String>
    /// `application` (the default), `network` or `gateway`.
    public var type: Fact<String>
    public var subnets: [Fact<Reference>]
    public var securityGroups: [Fact<Reference>]

    public init(resource: ResourceInfo) {
        self.resource = resource
        self.scheme = .absent
        self.type = .absent
        self.subnets = []
        self.securityGroups = []
    }
}

public struct ListenerAction: Sendable, Hashable {
    public var site: Site
    public var type: Fact<String>
    public var redirectProtocol: Fact<String>
    public var targetGroups: [Fact<Reference>]
    public init(site: Site, type: Fact<String>, redirectProtocol: Fact<String> = .absent, targetGroups: [Fact<Reference>] = []) {
        self.site = site
        self.type = type
        self.redirectProtocol = redirectProtocol
        self.targetGroups = targetGroups
    }
}

public struct Listener: ModelEntity, Hashable {
    public var resource: ResourceInfo
    public var arn: String?
    public var loadBalancer: Fact<Reference>
    public var port: Fact<Int>
    public var protocolName: Fact<String>
    public var sslPolicy: Fact<String>
    public var certificates: [Fact<Reference>]
    public var defaultActions: [ListenerAction]

    public init(resource: ResourceInfo) {
        self.resource = resource
        self.loadBalancer = .absent
        self.port = .absent
        self.protocolName = .absent
        self.sslPolicy = .absent
        self.certificates = []
        self.defaultActions = []
    }
}

public struct TargetGroup: ModelEntity, Hashable {
    public var resource: ResourceInfo
    public var arn: String?
    public var protocolName: Fact<String>
    public var port: Fact<Int>
    public var targetType: Fact<String>
    public var healthCheckEnabled: Fact<Bool>
    public var healthCheckPort: Fact<String>
    public var healthCheckProtocol: Fact<String>
    public var interval: Fact<Int>
    public var timeout: Fact<Int>
    public var healthyThreshold: Fact<Int>
    public var unhealthyThreshold: Fact<Int>
    /// `HttpCode` (or `GrpcCode`) of the matcher: "200", "200-299", "200,302".
    public var matcher: Fact<String>

    public init(resource: ResourceInfo) {
        self.resource = resource
        self.protocolName = .absent
        self.port = .absent
        self.targetType = .absent
        self.healthCheckEnabled = .absent
        self.healthCheckPort = .absent
        self.healthCheckProtocol = .absent
        self.interval = .absent
        self.timeout = .absent
        self.healthyThreshold = .absent
        self.unhealthyThreshold = .absent
        self.matcher = .absent
    }
}
