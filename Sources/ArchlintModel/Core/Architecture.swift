/// Everything one file contributed. Loaders produce fragments; `Architecture` merges them.
public struct ModelFragment: Sendable {
    public var roles: [Role] = []
    public var managedPolicies: [ManagedPolicy] = []
    /// Policy documents that belong to no role or managed policy (standalone policy files).
    public var policyDocuments: [PolicyDocument] = []
    public var taskDefinitions: [TaskDefinition] = []
    public var services: [Service] = []
    public var loadBalancers: [LoadBalancer] = []
    public var listeners: [Listener] = []
    public var targetGroups: [TargetGroup] = []
    public var subnets: [Subnet] = []
    public var routeTables: [RouteTable] = []
    public var securityGroups: [SecurityGroup] = []
    public var certificates: [Certificate] = []
    public var repositories: [Repository] = []
    public var logGroups: [LogGroup] = []
    public var buckets: [Bucket] = []
    public var bucketPolicies: [BucketPolicy] = []
    public var keys: [Key] = []
    public var secrets: [Secret] = []
    public var databases: [DatabaseInstance] = []
    public var pipelines: [Pipeline] = []
    public var buildProjects: [BuildProject] = []
    public var buildspecs: [Buildspec] = []
    /// What each recognised document was (`CloudFormation`, `ECS services`, ...), in order.
    public var documentKinds: [String] = []
    /// Waivers written on CloudFormation resources (`Metadata.archlint.suppress`), for the gate.
    public var suppressions: [InlineSuppression] = []

    public init() {}

    var isEmpty: Bool { resourceCount == 0 && documentKinds.isEmpty && suppressions.isEmpty }

    public var resourceCount: Int {
        roles.count + managedPolicies.count + policyDocuments.count + taskDefinitions.count + services.count
            + loadBalancers.count + listeners.count + targetGroups.count + subnets.count + routeTables.count
            + securityGroups.count + certificates.count + repositories.count + logGroups.count + buckets.count
            + bucketPolicies.count + keys.count + secrets.count + databases.count + pipelines.count
            + buildProjects.count + buildspecs.count
    }

    public mutating func append(_ other: ModelFragment) {
        // Into an empty fragment (a file's first document, a template's only chunk), take the
        // other's lists as they are: appending copied every value.
        if isEmpty {
            self = other
            return
        }
        roles += other.roles
        managedPolicies += other.managedPolicies
        policyDocuments += other.policyDocuments
        taskDefinitions += other.taskDefinitions
        services += other.services
        loadBalancers += other.loadBalancers
        listeners += other.listeners
        targetGroups += other.targetGroups
        subnets += other.subnets
        routeTables += other.routeTables
        securityGroups += other.securityGroups
        certificates += other.certificates
        repositories += other.repositories
        logGroups += other.logGroups
        buckets += other.buckets
        bucketPolicies += other.bucketPolicies
        keys += other.keys
        secrets += other.secrets
        databases += other.databases
        pipelines += other.pipelines
        buildProjects += other.buildProjects
        buildspecs += other.buildspecs
        documentKinds += other.documentKinds
        suppressions += other.suppressions
    }
}

/// Finds entities of one type by any of their keys, built once.
public struct ResourceIndex<Entity: Sendable>: Sendable {
    public let all: [Entity]
    private let byKey: [String: Int]

    public init(_ entities: [Entity], info: (Entity) -> ResourceInfo) {
        all = entities
        var byKey: [String: Int] = [:]
        byKey.reserveCapacity(entities.count * 2)
        // Through the buffer: `enumerated()` copied every entity, every field retained.
        entities.withUnsafeBufferPointer { buffer in
            for index in buffer.indices {
                let resource = info(buffer[index])
                if resource.origin == .cloudFormation {
                    byKey[Self.logicalKey(file: resource.file, id: resource.name), default: index] = index
                }
                for key in resource.keys where !key.isEmpty {
                    byKey[key, default: index] = index
                }
            }
        }
        self.byKey = byKey
    }

    static func logicalKey(file: String, id: String) -> String { "\u{1}\(file)\u{1}\(id)" }

    /// The entity a reference points at, or nil when no scanned file describes it.
    public func resolve(_ reference: Reference) -> Entity? {
        position(of: reference).map { all[$0] }
    }

    /// Where in `all` the entity a reference points at is: for indexes keyed by entity
    /// without copying it.
    public func position(of reference: Reference) -> Int? {
        switch reference {
        case .logical(let file, let id):
            return byKey[Self.logicalKey(file: file, id: id)]
        case .arn(let arn):
            if let hit = byKey[arn] { return hit }
            // Placeholder accounts and regions differ between exports: fall back to the
            // resource part of the ARN (`role/path/Name` → `Name`, `task-definition/f:3` → `f:3`, then `f`).
            for candidate in Self.nameCandidates(fromARN: arn) {
                if let hit = byKey[candidate] { return hit }
            }
            return nil
        case .name(let name):
            if let hit = byKey[name] { return hit }
            if let colon = name.lastIndex(of: ":"), name[name.index(after: colon)...].allSatisfy(\.isNumber) {
                return byKey[String(name[..<colon])]
            }
            return nil
        }
    }

    public func position(of fact: Fact<Reference>) -> Int? {
        fact.value.flatMap(position)
    }

    public func resolve(_ fact: Fact<Reference>) -> Entity? {
        fact.value.flatMap(resolve)
    }

    static func nameCandidates(fromARN arn: String) -> [String] {
        let parts = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard parts.count == 6 else { return [] }
        let resource = String(parts[5])
        var candidates: [String] = [resource]
        if let slash = resource.lastIndex(of: "/") {
            let tail = String(resource[resource.index(after: slash)...])
            candidates.append(tail)
            // target groups and load balancers: `targetgroup/name/id`
            let pieces = resource.split(separator: "/")
            if pieces.count >= 2 { candidates.append(String(pieces[1])) }
        }
        for candidate in candidates where candidate.contains(":") {
            if let colon = candidate.lastIndex(of: ":") { candidates.append(String(candidate[..<colon])) }
        }
        return candidates
    }
}

/// The whole scanned architecture: every fragment merged, cross-references resolvable.
public struct Architecture: Sendable {
    public let roles: ResourceIndex<Role>
    public let managedPolicies: ResourceIndex<ManagedPolicy>
    public let taskDefinitions: ResourceIndex<TaskDefinition>
    public let services: ResourceIndex<Service>
    public let loadBalancers: ResourceIndex<LoadBalancer>
    public let listeners: ResourceIndex<Listener>
    public let targetGroups: ResourceIndex<TargetGroup>
    public let subnets: ResourceIndex<Subnet>
    public let routeTables: ResourceIndex<RouteTable>
    public let securityGroups: ResourceIndex<SecurityGroup>
    public let certificates: ResourceIndex<Certificate>
    public let repositories: ResourceIndex<Repository>
    public let logGroups: ResourceIndex<LogGroup>
    public let buckets: ResourceIndex<Bucket>
    public let keys: ResourceIndex<Key>
    public let secrets: ResourceIndex<Secret>
    public let databases: ResourceIndex<DatabaseInstance>
    public let pipelines: ResourceIndex<Pipeline>
    public let buildProjects: ResourceIndex<BuildProject>
    public let buildspecs: ResourceIndex<Buildspec>
    /// Every policy document wherever it lives: role inline and trust policies, managed
    /// policies, bucket and key policies, standalone files. Least-privilege rules read this.
    public let policies: [PolicyDocument]
    public let resourceCount: Int

    public init(_ fragment: ModelFragment) {
        roles = ResourceIndex(fragment.roles) { $0.resource }
        managedPolicies = ResourceIndex(fragment.managedPolicies) { $0.resource }
        taskDefinitions = ResourceIndex(fragment.taskDefinitions) { $0.resource }
        services = ResourceIndex(fragment.services) { $0.resource }
        loadBalancers = ResourceIndex(fragment.loadBalancers) { $0.resource }
        listeners = ResourceIndex(fragment.listeners) { $0.resource }
        targetGroups = ResourceIndex(fragment.targetGroups) { $0.resource }
        subnets = ResourceIndex(fragment.subnets) { $0.resource }
        routeTables = ResourceIndex(fragment.routeTables) { $0.resource }
        securityGroups = ResourceIndex(fragment.securityGroups) { $0.resource }
        certificates = ResourceIndex(fragment.certificates) { $0.resource }
        repositories = ResourceIndex(fragment.repositories) { $0.resource }
        logGroups = ResourceIndex(fragment.logGroups) { $0.resource }
        keys = ResourceIndex(fragment.keys) { $0.resource }
        secrets = ResourceIndex(fragment.secrets) { $0.resource }
        databases = ResourceIndex(fragment.databases) { $0.resource }
        pipelines = ResourceIndex(fragment.pipelines) { $0.resource }
        buildProjects = ResourceIndex(fragment.buildProjects) { $0.resource }
        buildspecs = ResourceIndex(fragment.buildspecs) { $0.resource }

        // Bucket policies join their bucket when it is described; otherwise they stand alone.
        var buckets = fragment.buckets
        let bucketIndex = ResourceIndex(buckets) { $0.resource }
        var positions: [String: Int] = [:]
        for (index, bucket) in buckets.enumerated() { positions[bucket.resource.site.description + bucket.resource.name] = index }
        var orphanPolicies: [PolicyDocument] = []
        for policy in fragment.bucketPolicies {
            if let bucket = bucketIndex.resolve(policy.bucket),
               let index = positions[bucket.resource.site.description + bucket.resource.name] {
                buckets[index].policies.append(policy.document)
            } else {
                orphanPolicies.append(policy.document)
            }
        }
        self.buckets = ResourceIndex(buckets) { $0.resource }

        var policies: [PolicyDocument] = []
        for role in fragment.roles {
            if let trust = role.trustPolicy { policies.append(trust) }
            policies += role.inlinePolicies
        }
        policies += fragment.managedPolicies.compactMap(\.document)
        policies += fragment.policyDocuments
        policies += buckets.flatMap(\.policies)
        policies += orphanPolicies
        policies += fragment.keys.compactMap(\.policy)
        self.policies = policies
        resourceCount = fragment.resourceCount
    }
}
