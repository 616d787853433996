/// Something done to each of the model's lists of typed values, as `ModelFragment.forEachKind`
/// walks them.
public protocol ModelKindVisitor {
    /// Any list (the only call for lists the linked model reads only through other values:
    /// standalone policy documents, bucket policies).
    mutating func visit<Value>(_ list: WritableKeyPath<ModelFragment, [Value]>)
    /// A list of entities the linked model indexes by name, ARN and logical ID
    /// (`Architecture.roles`, ...); by default, as any list.
    mutating func visit<Entity: ModelEntity>(indexed list: WritableKeyPath<ModelFragment, [Entity]>)
}

extension ModelKindVisitor {
    public mutating func visit<Entity: ModelEntity>(indexed list: WritableKeyPath<ModelFragment, [Entity]>) {
        visit(list)
    }
}

/// What the model holds one of per described resource.
public protocol ModelEntity: Sendable {
    var resource: ResourceInfo { get }
}

extension ModelFragment {
    /// The model's kinds of typed value, written out once: appending and counting fragments
    /// and indexing the linked model walk this list. A new kind is a list in `ModelFragment`
    /// and a line here.
    public static func forEachKind<Visitor: ModelKindVisitor>(_ visitor: inout Visitor) {
        visitor.visit(indexed: \.roles)
        visitor.visit(indexed: \.managedPolicies)
        visitor.visit(\.policyDocuments)
        visitor.visit(indexed: \.taskDefinitions)
        visitor.visit(indexed: \.services)
        visitor.visit(indexed: \.loadBalancers)
        visitor.visit(indexed: \.listeners)
        visitor.visit(indexed: \.targetGroups)
        visitor.visit(indexed: \.subnets)
        visitor.visit(indexed: \.routeTables)
        visitor.visit(indexed: \.securityGroups)
        visitor.visit(indexed: \.certificates)
        visitor.visit(indexed: \.repositories)
        visitor.visit(indexed: \.logGroups)
        visitor.visit(indexed: \.buckets)
        visitor.visit(\.bucketPolicies)
        visitor.visit(indexed: \.keys)
        visitor.visit(indexed: \.secrets)
        visitor.visit(indexed: \.databases)
        visitor.visit(indexed: \.dbSubnetGroups)
        visitor.visit(indexed: \.mountTargets)
        visitor.visit(indexed: \.pipelines)
        visitor.visit(indexed: \.buildProjects)
        visitor.visit(indexed: \.buildspecs)
    }

    /// True when a typed value may hold an IAM policy (the kinds `Architecture.policies`
    /// gathers them from): what the least-privilege rules read.
    public var holdsPolicies: Bool {
        !roles.isEmpty || !managedPolicies.isEmpty || !policyDocuments.isEmpty || !bucketPolicies.isEmpty
            || !buckets.isEmpty || !keys.isEmpty
    }

    /// Typed values of every kind.
    public var resourceCount: Int {
        struct Counter: ModelKindVisitor {
            let fragment: ModelFragment
            var total = 0
            mutating func visit<Value>(_ list: WritableKeyPath<ModelFragment, [Value]>) {
                total += fragment[keyPath: list].count
            }
        }
        var counter = Counter(fragment: self)
        Self.forEachKind(&counter)
        return counter.total
    }

    public mutating func append(_ other: ModelFragment) {
        // Into an empty fragment (a file's first document, a template's only chunk), take the
        // other's lists as they are: appending copied every value.
        if isEmpty {
            self = other
            return
        }
        struct Appender: ModelKindVisitor {
            var fragment: ModelFragment
            let other: ModelFragment
            mutating func visit<Value>(_ list: WritableKeyPath<ModelFragment, [Value]>) {
                fragment[keyPath: list] += other[keyPath: list]
            }
        }
        var appender = Appender(fragment: ModelFragment(), other: other)
        swap(&appender.fragment, &self)
        Self.forEachKind(&appender)
        swap(&appender.fragment, &self)
        resources += other.resources
        templates += other.templates
        documentKinds += other.documentKinds
        suppressions += other.suppressions
        loadErrors += other.loadErrors
    }
}
