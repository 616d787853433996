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
    public var dbSubnetGroups: [DBSubnetGroup] = []
    public var mountTargets: [MountTarget] = []
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
        let parts = FastText.fields(arn, separator: ":", maxSplits: 5)
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

/// The whole scanned architecture: every fragment merged, cross-references resolvable. Each
/// kind of entity (`ModelFragment.forEachKind`) is indexed: `model.roles` is the
/// `ResourceIndex<Role>` of the fragment's `roles`.
@dynamicMemberLookup
public struct Architecture: Sendable {
    /// Each kind's index, by entity type (each kind has its own type).
    private let indexes: [ObjectIdentifier: AnyIndex]
    /// Every policy document wherever it lives: role inline and trust policies, managed
    /// policies, bucket and key policies, standalone files. Least-privilege rules read this.
    public let policies: [PolicyDocument]
    /// Every resource of every type as a property tree, in load order.
    public let resources: [GenericResource]
    /// Positions in `resources` by resource type, built once for declarative checks.
    public let resourcesByType: [String: [Int]]
    public let templates: [TemplateDeclarations]
    /// Where typed values were read at a parameter's `Default`.
    public let defaultedValues: DefaultedValues
    public let resourceCount: Int

    public subscript<Entity: ModelEntity>(dynamicMember list: KeyPath<ModelFragment, [Entity]>) -> ResourceIndex<Entity> {
        unsafeDowncast(indexes[ObjectIdentifier(Entity.self)]!, to: Index<Entity>.self).index
    }

    /// Links the merged fragment: each index (and the list of every policy) is independent of
    /// the others, so they are built on up to `jobs` threads.
    public init(_ fragment: ModelFragment, jobs: Int = 1) {
        let buckets = Self.joinPolicies(fragment.buckets, fragment.bucketPolicies)
        var linked = fragment
        linked.buckets = buckets.buckets
        // The largest first, so that the threads finish together.
        let policies = Later<[PolicyDocument]>()
        var builder = IndexBuilder(fragment: linked, tasks: [{
            policies.value = Self.everyPolicy(fragment, buckets: buckets.buckets, orphans: buckets.orphans)
        }])
        ModelFragment.forEachKind(&builder)
        let resources = fragment.resources
        let byType = Later<[String: [Int]]>()
        builder.tasks.append {
            var table: [String: [Int]] = [:]
            for position in resources.indices { table[resources[position].resource.type, default: []].append(position) }
            byType.value = table
        }
        _ = ParallelMap.map(builder.tasks, jobs: jobs) { $0() }

        indexes = builder.slots.mapValues { $0.value! }
        self.policies = policies.value
        self.resources = resources
        self.resourcesByType = byType.value
        self.templates = fragment.templates
        defaultedValues = DefaultedValues(fragment.templates)
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

    /// `ModelFragment.holdsPolicies` names the same kinds: keep the two in step.
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

/// One kind's index, typed by the subscript that reads it.
private class AnyIndex: @unchecked Sendable {}

private final class Index<Entity: Sendable>: AnyIndex, @unchecked Sendable {
    let index: ResourceIndex<Entity>
    init(_ index: ResourceIndex<Entity>) { self.index = index }
}

/// A task per indexed kind, each filling its slot.
private struct IndexBuilder: ModelKindVisitor {
    let fragment: ModelFragment
    var tasks: [@Sendable () -> Void]
    var slots: [ObjectIdentifier: Later<AnyIndex>] = [:]

    mutating func visit<Entity: ModelEntity>(indexed list: WritableKeyPath<ModelFragment, [Entity]>) {
        let slot = Later<AnyIndex>()
        let previous = slots.updateValue(slot, forKey: ObjectIdentifier(Entity.self))
        precondition(previous == nil, "one list per entity type")
        let entities = fragment[keyPath: list]
        tasks.append { slot.value = Index(ResourceIndex(entities) { $0.resource }) }
    }

    mutating func visit<Value>(_ list: WritableKeyPath<ModelFragment, [Value]>) {}
}
