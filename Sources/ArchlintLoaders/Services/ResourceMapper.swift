import ArchlintModel

/// How one AWS resource type is read into the model, whatever the input format. CloudFormation
/// properties and the objects the AWS API describes name the same fields (PascalCase or
/// camelCase, which `Cursor` matches alike), so one `map` reads both; `describe` names an
/// object the AWS API describes (its name and the ARNs and IDs other files use for it).
struct ResourceMapper: Sendable {
    let type: String
    /// Reads the properties into the typed entity (or the pieces joined later) in `model`.
    let map: @Sendable (Cursor, ResourceInfo, inout ModelBuilder) -> Void
    /// The identity of a described object; nil for types that no AWS CLI output describes.
    let describe: (@Sendable (Cursor) -> ResourceInfo)?

    init(_ type: String, describe: (@Sendable (Cursor) -> ResourceInfo)? = nil,
         map: @escaping @Sendable (Cursor, ResourceInfo, inout ModelBuilder) -> Void) {
        self.type = type
        self.map = map
        self.describe = describe
    }

    /// A type read into one entity appended to one of the model's lists.
    init<Entity>(_ type: String, into list: WritableKeyPath<ModelFragment, [Entity]> & Sendable,
                 describe: (@Sendable (Cursor) -> ResourceInfo)? = nil,
                 read: @escaping @Sendable (Cursor, ResourceInfo) -> Entity) {
        self.init(type, describe: describe) { body, info, model in
            model.fragment[keyPath: list].append(read(body, info))
        }
    }

    /// A type read into one entity, whose described objects are named by the field `nameKey`
    /// (else `fallback`, else the type) and also known by the values of `keyNames` (ARNs, IDs):
    /// after the name, or before it when `nameLast`.
    init<Entity>(_ type: String, into list: WritableKeyPath<ModelFragment, [Entity]> & Sendable,
                 named nameKey: String, fallback: String? = nil, keys keyNames: [String], nameLast: Bool = false,
                 read: @escaping @Sendable (Cursor, ResourceInfo) -> Entity) {
        self.init(type, into: list, describe: { body in
            let name = body.child(nameKey)?.string.value ?? fallback ?? type
            let others = keyNames.compactMap { body.child($0)?.string.value }
            return ResourceInfo(name: name, type: type, site: body.site, origin: .cli,
                                keys: nameLast ? others + [name] : [name] + others)
        }, read: read)
    }

    /// Maps one described object (AWS CLI output) and keeps it whole as a property tree under
    /// the same identity, so declarative checks read CLI exports as they read templates.
    func described(_ body: Cursor, into model: inout ModelBuilder) {
        let info = describe?(body) ?? ResourceInfo(name: type, type: type, site: body.site, origin: .cli)
        map(body, info, &model)
        model.fragment.keep(body, as: info)
    }
}

/// Every AWS service's mappers, by resource type: the one table each input format dispatches
/// through. A type missing here is still in the model as a property tree.
enum Services {
    static let mappers: [ResourceMapper] =
        ACM.mappers + CodeBuild.mappers + CodePipeline.mappers + EC2.mappers + ECR.mappers + ECS.mappers
        + EFS.mappers + ELB.mappers + IAM.mappers + KMS.mappers + Logs.mappers + RDS.mappers + S3.mappers
        + SecretsManager.mappers + SNS.mappers + SQS.mappers

    static let byType: [String: ResourceMapper] = Dictionary(uniqueKeysWithValues: mappers.map { ($0.type, $0) })
}

extension ModelFragment {
    /// Keeps a described object whole as a property tree under `info`.
    mutating func keep(_ body: Cursor, as info: ResourceInfo) {
        resources.append(GenericResource(resource: info, propertiesSite: body.site, properties: PropertyTrees.tree(body)))
    }
}
