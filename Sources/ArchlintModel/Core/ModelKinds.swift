/// Something done to each of the model's lists of typed values, as `ModelFragment.forEachKind`
/// walks them.
public protocol ModelKindVisitor {
    /// A list of entities the linked model indexes by name, ARN and logical ID
    /// (`Architecture.roles`, ...).
    mutating func visit<Entity: ModelEntity>(_ list: WritableKeyPath<ModelFragment, [Entity]>)
    /// A list the linked model reads only through other values (standalone policy documents,
    /// bucket policies).
    mutating func visit<Value>(unindexed list: WritableKeyPath<ModelFragment, [Value]>)
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
        visitor.visit(\.roles)
        visitor.visit(\.managedPolicies)
        visitor.visit(unindexed: \.policyDocuments)
        visitor.visit(\.taskDefinitions)
        visitor.visit(\.services)
        visitor.visit(\.loadBalancers)
        visitor.visit(\.listeners)
        visitor.visit(\.targetGroups)
        visitor.visit(\.subnets)
        visitor.visit(\.routeTables)
        visitor.visit(\.securityGroups)
        visitor.visit(\.certificates)
        visitor.visit(\.repositories)
        visitor.visit(\.logGroups)
        visitor.visit(\.buckets)
        visitor.visit(unindexed: \.bucketPolicies)
        visitor.visit(\.keys)
        visitor.visit(\.secrets)
        visitor.visit(\.databases)
        visitor.visit(\.pipelines)
        visitor.visit(\.buildProjects)
        visitor.visit(\.buildspecs)
    }

    /// Typed values of every kind.
    public var resourceCount: Int {
        struct Counter: ModelKindVisitor {
            let fragment: ModelFragment
            var total = 0
            mutating func visit<Entity: ModelEntity>(_ list: WritableKeyPath<ModelFragment, [Entity]>) {
                total += fragment[keyPath: list].count
            }
            mutating func visit<Value>(unindexed list: WritableKeyPath<ModelFragment, [Value]>) {
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
            mutating func visit<Entity: ModelEntity>(_ list: WritableKeyPath<ModelFragment, [Entity]>) {
                fragment[keyPath: list] += other[keyPath: list]
            }
            mutating func visit<Value>(unindexed list: WritableKeyPath<ModelFragment, [Value]>) {
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
    }
}
