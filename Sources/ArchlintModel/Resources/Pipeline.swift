public struct PipelineAction: Sendable, Hashable {
    public var site: Site
    public var name: Fact<String>
    /// `Source`, `Build`, `Test`, `Deploy`, `Approval`, `Invoke`.
    public var category: Fact<String>
    public var owner: Fact<String>
    public var provider: Fact<String>
    public var version: Fact<String>
    /// Configuration keys as written, each value with its site.
    public var configuration: [String: Fact<String>]

    public init(site: Site) {
        self.site = site
        self.name = .absent
        self.category = .absent
        self.owner = .absent
        self.provider = .absent
        self.version = .absent
        self.configuration = [:]
    }
}

public struct Stage: Sendable, Hashable {
    public var site: Site
    public var name: Fact<String>
    public var actions: [PipelineAction]
    public init(site: Site, name: Fact<String>, actions: [PipelineAction]) {
        self.site = site
        self.name = name
        self.actions = actions
    }
}

public struct ArtifactStore: Sendable, Hashable {
    public var site: Site
    public var location: Fact<String>
    public var encryptionKey: Fact<String>
    public init(site: Site, location: Fact<String>, encryptionKey: Fact<String>) {
        self.site = site
        self.location = location
        self.encryptionKey = encryptionKey
    }
}

public struct Pipeline: ModelEntity, Hashable {
    public var resource: ResourceInfo
    public var pipelineName: Fact<String>
    public var role: Fact<Reference>
    public var artifactStores: [ArtifactStore]
    public var stages: [Stage]

    public init(resource: ResourceInfo) {
        self.resource = resource
        self.pipelineName = .absent
        self.role = .absent
        self.artifactStores = []
        self.stages = []
    }
}

/// A buildspec: a file, or inline in a CodeBuild project.
public struct Buildspec: ModelEntity, Hashable {
    public var resource: ResourceInfo
    public var variables: [EnvironmentVariable]
    /// Every command of every phase, each at its site.
    public var commands: [Fact<String>]
    public init(resource: ResourceInfo, variables: [EnvironmentVariable] = [], commands: [Fact<String>] = []) {
        self.resource = resource
        self.variables = variables
        self.commands = commands
    }
}

public struct BuildProject: ModelEntity, Hashable {
    public var resource: ResourceInfo
    public var projectName: Fact<String>
    public var serviceRole: Fact<Reference>
    public var environmentVariables: [EnvironmentVariable]
    /// KMS key for the build output artifacts; absent means the AWS managed key `aws/s3`.
    public var encryptionKey: Fact<String> = .absent

    public init(resource: ResourceInfo) {
        self.resource = resource
        self.projectName = .absent
        self.serviceRole = .absent
        self.environmentVariables = []
    }
}
