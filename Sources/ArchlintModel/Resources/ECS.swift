public struct EnvironmentVariable: Sendable, Hashable {
    public var site: Site
    public var name: Fact<String>
    public var value: Fact<String>
    /// `PLAINTEXT` for ECS environment and buildspec variables; CodeBuild's type otherwise.
    public var type: Fact<String>

    public init(site: Site, name: Fact<String>, value: Fact<String>, type: Fact<String> = .absent) {
        self.site = site
        self.name = name
        self.value = value
        self.type = type
    }

    public var isPlaintext: Bool {
        guard let type = type.or(default: "PLAINTEXT") else { return false }
        return type == "PLAINTEXT"
    }
}

public struct ContainerHealthCheck: Sendable, Hashable {
    public var site: Site
    public var command: [Fact<String>]
    public init(site: Site, command: [Fact<String>]) {
        self.site = site
        self.command = command
    }
}

public struct PortMapping: Sendable, Hashable {
    public var site: Site
    public var containerPort: Fact<Int>
    public init(site: Site, containerPort: Fact<Int>) {
        self.site = site
        self.containerPort = containerPort
    }
}

public struct ContainerDefinition: Sendable, Hashable {
    public var site: Site
    public var name: Fact<String>
    public var image: Fact<String>
    public var essential: Fact<Bool>
    public var environment: [EnvironmentVariable]
    public var secretNames: [Fact<String>]
    public var portMappings: [PortMapping]
    public var healthCheck: ContainerHealthCheck?

    public init(site: Site) {
        self.site = site
        self.name = .absent
        self.image = .absent
        self.essential = .absent
        self.environment = []
        self.secretNames = []
        self.portMappings = []
    }

    /// ECS treats a container without `essential` as essential.
    public var isEssential: Bool? { essential.or(default: true) }
}

public struct EFSVolume: Sendable, Hashable {
    public var site: Site
    public var name: Fact<String>
    public var transitEncryption: Fact<String>
    public init(site: Site, name: Fact<String>, transitEncryption: Fact<String>) {
        self.site = site
        self.name = name
        self.transitEncryption = transitEncryption
    }
}

public struct TaskDefinition: ModelEntity, Hashable {
    public var resource: ResourceInfo
    public var family: Fact<String>
    public var arn: String?
    public var networkMode: Fact<String>
    public var taskRole: Fact<Reference>
    public var executionRole: Fact<Reference>
    public var containers: [ContainerDefinition]
    public var efsVolumes: [EFSVolume]

    public init(resource: ResourceInfo) {
        self.resource = resource
        self.family = .absent
        self.networkMode = .absent
        self.taskRole = .absent
        self.executionRole = .absent
        self.containers = []
        self.efsVolumes = []
    }
}

public struct ServiceLoadBalancer: Sendable, Hashable {
    public var site: Site
    public var targetGroup: Fact<Reference>
    public var containerName: Fact<String>
    public var containerPort: Fact<Int>
    public init(site: Site, targetGroup: Fact<Reference>, containerName: Fact<String>, containerPort: Fact<Int>) {
        self.site = site
        self.targetGroup = targetGroup
        self.containerName = containerName
        self.containerPort = containerPort
    }
}

public struct Service: ModelEntity, Hashable {
    public var resource: ResourceInfo
    public var serviceName: Fact<String>
    public var taskDefinition: Fact<Reference>
    public var desiredCount: Fact<Int>
    public var assignPublicIp: Fact<String>
    /// Site of the `AwsvpcConfiguration`; nil when the service has no awsvpc network configuration.
    public var networkSite: Site?
    public var subnets: [Fact<Reference>]
    public var securityGroups: [Fact<Reference>]
    public var loadBalancers: [ServiceLoadBalancer]
    /// Site of the deployment configuration (or nil when absent).
    public var deploymentSite: Site?
    public var circuitBreakerEnabled: Fact<Bool>
    public var circuitBreakerRollback: Fact<Bool>
    public var minimumHealthyPercent: Fact<Int>
    public var healthCheckGracePeriod: Fact<Int>
    /// `ECS` (default), `CODE_DEPLOY` or `EXTERNAL`: the circuit breaker only applies to ECS.
    public var deploymentController: Fact<String>
    /// `REPLICA` (the default) or `DAEMON`.
    public var schedulingStrategy: Fact<String> = .absent

    public init(resource: ResourceInfo) {
        self.resource = resource
        self.serviceName = .absent
        self.taskDefinition = .absent
        self.desiredCount = .absent
        self.assignPublicIp = .absent
        self.subnets = []
        self.securityGroups = []
        self.loadBalancers = []
        self.circuitBreakerEnabled = .absent
        self.circuitBreakerRollback = .absent
        self.minimumHealthyPercent = .absent
        self.healthCheckGracePeriod = .absent
        self.deploymentController = .absent
    }
}
