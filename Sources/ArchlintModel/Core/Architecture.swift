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
    /// Every resource of every type, typed or not, as a located property tree.
    public var resources: [GenericResource] = []
    /// Each template's parameters, conditions and outputs.
    public var templates: [TemplateDeclarations] = []
    /// What each recognised document was (`CloudFormation`, `ECS services`, ...), in order.
    public var documentKinds: [String] = []
    /// Waivers written on CloudFormation resources (`Metadata.archlint.suppress`), for the gate.
    public var suppressions: [InlineSuppression] = []
    /// What is wrong with a file that was loaded all the same (a malformed resource of a
    /// template whose other resources are checked): reported as load errors.
    public var loadErrors: [LoadError] = []

    public init() {}

    var isEmpty: Bool {
        resourceCount == 0 && resources.isEmpty && templates.isEmpty && documentKinds.isEmpty && suppressions.isEmpty
            && loadErrors.isEmpty
    }

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
        resources += other.resources
        templates += other.templates
        documentKinds += other.documentKinds
        suppressions += other.suppressions
        loadErrors += other.loadErrors
    }
}

/// What the model holds one of per described resource.
public protocol ModelEntity: Sendable {
    var resource: ResourceInfo { get }
}

/// A CloudFormation resource as `Ref`/`GetAtt` name it: its template and logical ID. A pair of
/// strings, not one spliced together: that allocated a string per resource for each lookup.
private struct LogicalKey: Hashable {
    let file: String
    let id: String
}

/// Finds entities of one type by any of their keys, built once.
public struct ResourceIndex<Entity: Sendable>: Sendable {
    public let all: [Entity]
    private let byKey: [String: Int]
    private let byLogicalID: [LogicalKey: Int]

    public init(_ entities: [Entity], info: (Entity) -> ResourceInfo) {
        all = entities
        var byKey: [String: Int] = [:]
        var byLogicalID: [LogicalKey: Int] = [:]
        byKey.reserveCapacity(entities.count)
        // Through the buffer: `enumerated()` copied every entity, every field retained.
        entities.withUnsafeBufferPointer { buffer in
            for index in buffer.indices {
                let resource = info(buffer[index])
                if resource.origin == .cloudFormation {
                    byLogicalID[LogicalKey(file: resource.file, id: resource.name), default: index] = index
                }
                for key in resource.keys where !key.isEmpty {
                    byKey[key, default: index] = index
                }
            }
        }
        self.byKey = byKey
        self.byLogicalID = byLogicalID
    }

    /// The entity a reference points at, or nil when no scanned file describes it.
    public func resolve(_ reference: Reference) -> Entity? {
        position(of: reference).map { all[$0] }
    }

    /// Where in `all` the entity a reference points at is: for indexes keyed by entity
    /// without copying it.
    public func position(of reference: Reference) -> Int? {
        switch reference {
        case .logical(let file, let id):
            return byLogicalID[LogicalKey(file: file, id: id)]
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
    /// Every resource of every type as a property tree, in load order.
    public let resources: [GenericResource]
    /// Positions in `resources` by resource type, built once for declarative checks.
    public let resourcesByType: [String: [Int]]
    public let templates: [TemplateDeclarations]
    public let resourceCount: Int

    /// Links the merged fragment: each index (and the list of every policy) is independent of
    /// the others, so they are built on up to `jobs` threads.
    public init(_ fragment: ModelFragment, jobs: Int = 1) {
        var tasks: [@Sendable () -> Void] = []
        func later<Value: Sendable>(_ make: @escaping @Sendable () -> Value) -> Later<Value> {
            let slot = Later<Value>()
            tasks.append { slot.value = make() }
            return slot
        }
        func index<E: ModelEntity>(_ entities: [E]) -> Later<ResourceIndex<E>> {
            later { ResourceIndex(entities) { $0.resource } }
        }
        let buckets = Self.joinPolicies(fragment.buckets, fragment.bucketPolicies)
        // The largest first, so that the threads finish together.
        let policies = later { Self.everyPolicy(fragment, buckets: buckets.buckets, orphans: buckets.orphans) }
        let roles = index(fragment.roles)
        let services = index(fragment.services)
        let taskDefinitions = index(fragment.taskDefinitions)
        let targetGroups = index(fragment.targetGroups)
        let listeners = index(fragment.listeners)
        let loadBalancers = index(fragment.loadBalancers)
        let securityGroups = index(fragment.securityGroups)
        let logGroups = index(fragment.logGroups)
        let managedPolicies = index(fragment.managedPolicies)
        let subnets = index(fragment.subnets)
        let routeTables = index(fragment.routeTables)
        let certificates = index(fragment.certificates)
        let repositories = index(fragment.repositories)
        let bucketIndex = index(buckets.buckets)
        let keys = index(fragment.keys)
        let secrets = index(fragment.secrets)
        let databases = index(fragment.databases)
        let pipelines = index(fragment.pipelines)
        let buildProjects = index(fragment.buildProjects)
        let buildspecs = index(fragment.buildspecs)
        let resources = fragment.resources
        let byType = later {
            var table: [String: [Int]] = [:]
            for position in resources.indices { table[resources[position].resource.type, default: []].append(position) }
            return table
        }
        _ = ParallelMap.map(tasks, jobs: jobs) { $0() }

        self.roles = roles.value
        self.managedPolicies = managedPolicies.value
        self.taskDefinitions = taskDefinitions.value
        self.services = services.value
        self.loadBalancers = loadBalancers.value
        self.listeners = listeners.value
        self.targetGroups = targetGroups.value
        self.subnets = subnets.value
        self.routeTables = routeTables.value
        self.securityGroups = securityGroups.value
        self.certificates = certificates.value
        self.repositories = repositories.value
        self.logGroups = logGroups.value
        self.buckets = bucketIndex.value
        self.keys = keys.value
        self.secrets = secrets.value
        self.databases = databases.value
        self.pipelines = pipelines.value
        self.buildProjects = buildProjects.value
        self.buildspecs = buildspecs.value
        self.policies = policies.value
        self.resources = resources
        self.resourcesByType = byType.value
        self.templates = fragment.templates
        resourceCount = fragment.resourceCount
    }

    /// Bucket policies join their bucket when it is described; otherwise they stand alone.
    private static func joinPolicies(_ described: [Bucket], _ bucketPolicies: [BucketPolicy])
        -> (buckets: [Bucket], orphans: [PolicyDocument]) {
        guard !bucketPolicies.isEmpty else { return (described, []) }
        var buckets = described
        let bucketIndex = ResourceIndex(buckets) { $0.resource }
        var orphans: [PolicyDocument] = []
        for policy in bucketPolicies {
            if let index = bucketIndex.position(of: policy.bucket) {
                buckets[index].policies.append(policy.document)
            } else {
                orphans.append(policy.document)
            }
        }
        return (buckets, orphans)
    }

    private static func everyPolicy(_ fragment: ModelFragment, buckets: [Bucket], orphans: [PolicyDocument]) -> [PolicyDocument] {
        var policies: [PolicyDocument] = []
        for role in fragment.roles {
            if let trust = role.trustPolicy { policies.append(trust) }
            policies += role.inlinePolicies
        }
        policies += fragment.managedPolicies.compactMap(\.document)
        policies += fragment.policyDocuments
        policies += buckets.flatMap(\.policies)
        policies += orphans
        policies += fragment.keys.compactMap(\.policy)
        return policies
    }
}

/// A value worked out on another thread, read once every task has ended.
private final class Later<Value: Sendable>: @unchecked Sendable {
    var value: Value!
}

extension Role: ModelEntity {}
extension ManagedPolicy: ModelEntity {}
extension TaskDefinition: ModelEntity {}
extension Service: ModelEntity {}
extension LoadBalancer: ModelEntity {}
extension Listener: ModelEntity {}
extension TargetGroup: ModelEntity {}
extension Subnet: ModelEntity {}
extension RouteTable: ModelEntity {}
extension SecurityGroup: ModelEntity {}
extension Certificate: ModelEntity {}
extension Repository: ModelEntity {}
extension LogGroup: ModelEntity {}
extension Bucket: ModelEntity {}
extension Key: ModelEntity {}
extension Secret: ModelEntity {}
extension DatabaseInstance: ModelEntity {}
extension Pipeline: ModelEntity {}
extension BuildProject: ModelEntity {}
extension Buildspec: ModelEntity {}
