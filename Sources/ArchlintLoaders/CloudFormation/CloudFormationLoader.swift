import ArchlintModel
import ArchlintYAML

/// Maps a CloudFormation (or SAM) template into the model. Each resource type the rules care
/// about has a mapper; every other resource still counts, but carries nothing to check.
enum CloudFormationLoader {
    /// A template: a `Resources` mapping whose entries have `Type` (or `Fn::ForEach` loops, or
    /// none yet), or any document that declares `AWSTemplateFormatVersion`, or a macro template
    /// (`Transform` beside `Resources`).
    static func isTemplate(_ root: Node) -> Bool {
        guard case .mapping = root.kind else { return false }
        if root["AWSTemplateFormatVersion"] != nil { return true }
        guard let resources = root["Resources"] else { return false }
        if root["Transform"] != nil { return true }
        guard case .mapping(let pairs) = resources.kind else { return false }
        return pairs.isEmpty || pairs.contains { pair in
            pair.value["Type"] != nil || (pair.key.scalar?.hasPrefix("Fn::ForEach::") ?? false)
        }
    }

    /// The template inside a CloudFormation macro's event (`{"fragment": {...}}`), if any.
    static func macroFragment(_ root: Node) -> Node? {
        guard root["requestId"] != nil || root["transformId"] != nil, let fragment = root["fragment"],
              isTemplate(fragment) else { return nil }
        return fragment
    }

    /// Templates with at least this many resources are mapped on several threads, in chunks.
    static let parallelResourceThreshold = 2_000

    static func load(_ root: Node, file: String, path: String = "", jobs: Int = 1,
                     deployed: StackParameters? = nil) -> (ModelFragment, resourceCount: Int) {
        // What the template declares, read from the bare nodes (no sites needed here).
        var types: [String: String] = [:]
        for pair in Cursor.childNode(root, "Resources")?.pairs ?? [] {
            guard let id = pair.key.scalar, let type = Cursor.childNode(pair.value, "Type"), !type.isNull,
                  let name = type.scalar else { continue }
            types[id] = name
        }
        let parameters = Set((Cursor.childNode(root, "Parameters")?.pairs ?? []).compactMap { $0.key.scalar })
        let context = TemplateContext(file: file, resourceTypes: types, parameters: parameters,
                                      parameterValues: TemplateSections.parameterValues(root, deployed: deployed))
        let template = Cursor(node: root, site: Site(file: file, line: root.mark.line, column: root.mark.column, path: path),
                              template: context)

        let resources = template.child("Resources")?.pairs ?? []
        // Resources map independently; a very large template is cut into ordered chunks so
        // that one huge file uses every core too (the chunks join in order: same model).
        let chunkCount = jobs > 1 && resources.count >= parallelResourceThreshold ? jobs * 4 : 1
        let chunkSize = (resources.count + chunkCount - 1) / max(1, chunkCount)
        let chunks = stride(from: 0, to: resources.count, by: max(1, chunkSize)).map { $0..<min($0 + chunkSize, resources.count) }
        let builders = ParallelMap.map(chunks, jobs: jobs) { range in
            var builder = TemplateBuilder(file: file, context: context)
            for (id, body) in resources[range] {
                guard body.isMapping, let type = body.child("Type")?.string.value else { continue }
                builder.count += 1
                let info = ResourceInfo(name: id, type: type, site: body.site, origin: .cloudFormation)
                let properties = body.child("Properties")
                    ?? Cursor(node: Node.emptyMapping, site: body.site.appending("Properties"), template: context)
                builder.add(type: type, id: id, info: info, properties: properties)
                builder.fragment.resources.append(GenericResource(
                    resource: info, propertiesSite: properties.site, properties: PropertyTrees.tree(properties),
                    condition: body.child("Condition")?.string.value))
                builder.fragment.suppressions += InlineSuppressions.read(body, resource: id)
            }
            return builder
        }
        var builder = TemplateBuilder(file: file, context: context)
        for chunk in builders { builder.join(chunk) }
        builder.fragment.templates = [TemplateSections.read(template)]
        return (builder.finish(), builder.count)
    }
}

/// Collects a template's resources, then folds the ones CloudFormation declares apart (routes,
/// subnet associations, security group ingress, policies) into what they belong to.
struct TemplateBuilder {
    let file: String
    let context: TemplateContext
    var fragment = ModelFragment()
    var routes: [(table: Fact<Reference>, route: Route)] = []
    var associations: [(table: Fact<Reference>, subnet: Fact<Reference>)] = []
    var ingress: [(group: Fact<Reference>, rule: IngressRule)] = []
    /// Resources added (those with a type).
    var count = 0

    init(file: String, context: TemplateContext) {
        self.file = file
        self.context = context
    }

    mutating func add(type: String, id: String, info: ResourceInfo, properties: Cursor) {
        switch type {
        case "AWS::IAM::Role":
            fragment.roles.append(IAMResources.role(properties, info: info))
        case "AWS::IAM::User", "AWS::IAM::Group":
            fragment.policyDocuments += IAMResources.principalPolicies(properties, info: info)
        case "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy":
            fragment.managedPolicies.append(IAMResources.policy(properties, info: info))
        case "AWS::S3::BucketPolicy", "AWS::SQS::QueuePolicy", "AWS::SNS::TopicPolicy":
            StorageResources.resourcePolicy(properties, info: info, type: type, into: &fragment)
        case ECSMapper.taskDefinitionType:
            fragment.taskDefinitions.append(ECSMapper.taskDefinition(properties, resource: info))
        case ECSMapper.serviceType:
            fragment.services.append(ECSMapper.service(properties, resource: info))
        case "AWS::ElasticLoadBalancingV2::LoadBalancer":
            fragment.loadBalancers.append(ELBMapper.loadBalancer(properties, resource: info))
        case "AWS::ElasticLoadBalancingV2::Listener":
            fragment.listeners.append(ELBMapper.listener(properties, resource: info))
        case "AWS::ElasticLoadBalancingV2::TargetGroup":
            fragment.targetGroups.append(ELBMapper.targetGroup(properties, resource: info))
        case "AWS::EC2::Subnet":
            fragment.subnets.append(NetworkResources.subnet(properties, info: info))
        case "AWS::EC2::RouteTable":
            fragment.routeTables.append(NetworkResources.routeTable(properties, info: info))
        case "AWS::EC2::Route":
            routes.append(NetworkResources.route(properties, info: info, context: context))
        case "AWS::EC2::SubnetRouteTableAssociation":
            associations.append((properties.child("RouteTableId")?.reference ?? .absent,
                                 properties.child("SubnetId")?.reference ?? .absent))
        case "AWS::EC2::SecurityGroup":
            fragment.securityGroups.append(NetworkResources.securityGroup(properties, info: info))
        case "AWS::EC2::SecurityGroupIngress":
            ingress.append((properties.child("GroupId")?.reference ?? .absent,
                            NetworkResources.ingressRule(properties)))
        case CertificateMapper.type:
            fragment.certificates.append(CertificateMapper.acm(properties, resource: info))
        case "AWS::ECR::Repository":
            fragment.repositories.append(DeliveryMapper.repository(properties, resource: info))
        case "AWS::Logs::LogGroup":
            fragment.logGroups.append(StorageResources.logGroup(properties, info: info))
        case "AWS::S3::Bucket":
            fragment.buckets.append(StorageResources.bucket(properties, info: info))
        case "AWS::KMS::Key":
            fragment.keys.append(StorageResources.key(properties, info: info))
        case "AWS::SecretsManager::Secret":
            var secret = Secret(resource: info)
            secret.kmsKey = properties.child("KmsKeyId")?.string ?? .absent
            fragment.secrets.append(secret)
        case "AWS::RDS::DBInstance":
            var database = DatabaseInstance(resource: info)
            database.publiclyAccessible = properties.child("PubliclyAccessible")?.bool ?? .absent
            database.securityGroups = properties.child("VPCSecurityGroups")?.references ?? []
            fragment.databases.append(database)
        case "AWS::CodePipeline::Pipeline":
            fragment.pipelines.append(DeliveryMapper.pipeline(properties, resource: info))
        case "AWS::CodeBuild::Project":
            fragment.buildProjects.append(DeliveryMapper.buildProject(properties, resource: info))
        default:
            break
        }
    }

    /// Appends what another builder of the same template collected after this one's.
    mutating func join(_ other: TemplateBuilder) {
        fragment.append(other.fragment)
        routes += other.routes
        associations += other.associations
        ingress += other.ingress
        count += other.count
    }

    /// Logical ID a reference names in this template, if any.
    private func logicalID(_ reference: Fact<Reference>) -> String? {
        if case .logical(let referenceFile, let id)? = reference.value, referenceFile == file { return id }
        return nil
    }

    mutating func finish() -> ModelFragment {
        for index in fragment.routeTables.indices {
            let id = fragment.routeTables[index].resource.name
            fragment.routeTables[index].routes += routes.filter { logicalID($0.table) == id }.map { $0.route }
            fragment.routeTables[index].subnets += associations.filter { logicalID($0.table) == id }.map { $0.subnet }
        }
        for index in fragment.securityGroups.indices {
            let id = fragment.securityGroups[index].resource.name
            fragment.securityGroups[index].ingress += ingress.filter { logicalID($0.group) == id }.map { $0.rule }
        }
        return fragment
    }
}

extension Node {
    static let emptyMapping = Node(kind: .mapping([]), tag: nil, style: .block, mark: Mark(line: 1, column: 1), aliasMark: nil)
}
