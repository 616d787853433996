import ArchlintModel
import ArchlintYAML

/// AWS CLI output and input JSON, recognised by shape, never by file name.
enum CLILoader {
    /// Maps a document if its shape is one archlint knows. Returns nil for anything else
    /// (docker-compose.yml, package.json, ...), which the caller counts as skipped.
    static func load(_ root: Node, file: String) -> ModelFragment? {
        let top = Cursor(root: root, file: file, template: nil)
        guard top.isMapping else { return nil }
        let keys = top.keySet
        var fragment = ModelFragment()
        var kind = ""

        if keys.contains("family") && keys.contains("containerDefinitions") {
            fragment.taskDefinitions.append(fragment.described(top, ECSShapes.taskDefinition))
            kind = "ECS task definition"
        } else if let task = top.child("taskDefinition"), task.has("containerDefinitions") {
            fragment.taskDefinitions.append(fragment.described(task, ECSShapes.taskDefinition))
            kind = "ECS task definition"
        } else if keys.contains("serviceName"), !keys.isDisjoint(with: ECSShapes.serviceKeys) {
            fragment.services.append(fragment.described(top, ECSShapes.service))
            kind = "ECS service"
        } else if let services = top.child("services"), services.isSequence {
            fragment.services += fragment.described(services.items, ECSShapes.service)
            kind = "ECS services"
        } else if let service = top.child("service"), service.has("serviceName") {
            fragment.services.append(fragment.described(service, ECSShapes.service))
            kind = "ECS service"
        } else if let pipeline = top.child("pipeline"), pipeline.has("stages") {
            fragment.pipelines.append(fragment.described(pipeline, DeliveryShapes.pipeline))
            kind = "CodePipeline pipeline"
        } else if let projects = top.child("projects"), projects.isSequence {
            fragment.buildProjects += fragment.described(projects.items, DeliveryShapes.buildProject)
            kind = "CodeBuild projects"
        } else if let project = top.child("project"), project.has("environment") {
            fragment.buildProjects.append(fragment.described(project, DeliveryShapes.buildProject))
            kind = "CodeBuild project"
        } else if keys.contains("version") && keys.contains("phases") {
            fragment.buildspecs.append(fragment.described(top, DeliveryShapes.buildspec))
            kind = "CodeBuild buildspec"
        } else if let repositories = top.child("repositories"), repositories.isSequence {
            fragment.repositories += fragment.described(repositories.items, DeliveryShapes.repository)
            kind = "ECR repositories"
        } else if let repository = top.child("repository"), repository.has("repositoryName") {
            fragment.repositories.append(fragment.described(repository, DeliveryShapes.repository))
            kind = "ECR repository"
        } else if let certificate = top.child("Certificate"), certificate.has("CertificateArn") || certificate.has("DomainName") {
            fragment.certificates.append(fragment.described(certificate, NetworkShapes.certificate))
            kind = "ACM certificate"
        } else if keys.contains("LoadBalancers") || keys.contains("TargetGroups") || keys.contains("Listeners") {
            NetworkShapes.elb(top, into: &fragment)
            kind = "ELBv2 description"
        } else if keys.contains("Subnets") || keys.contains("RouteTables") || keys.contains("SecurityGroups") {
            NetworkShapes.ec2(top, into: &fragment)
            kind = "EC2 network description"
        } else if let instances = top.child("DBInstances"), instances.isSequence {
            fragment.databases += fragment.described(instances.items, DatabaseShapes.instance)
            kind = "RDS DB instances"
        } else if let groups = top.child("logGroups"), groups.isSequence {
            fragment.logGroups += fragment.described(groups.items, DeliveryShapes.logGroup)
            kind = "CloudWatch log groups"
        } else if IAMShapes.load(top, into: &fragment) {
            kind = "IAM"
        } else {
            return nil
        }
        fragment.documentKinds = [kind]
        return fragment
    }
}

extension ModelFragment {
    /// Maps one described object into its typed entity and keeps it whole as a property tree
    /// under the same identity, so declarative checks read CLI exports as they read templates.
    mutating func described<Entity: ModelEntity>(_ body: Cursor, _ map: (Cursor) -> Entity) -> Entity {
        let entity = map(body)
        keep(body, as: entity.resource)
        return entity
    }

    /// Keeps a described object whole as a property tree under `info`.
    mutating func keep(_ body: Cursor, as info: ResourceInfo) {
        resources.append(GenericResource(resource: info, propertiesSite: body.site, properties: PropertyTrees.tree(body)))
    }

    /// The mappings of a list, each as `described(_:_:)` maps one.
    mutating func described<Entity: ModelEntity>(_ bodies: [Cursor], _ map: (Cursor) -> Entity) -> [Entity] {
        bodies.filter(\.isMapping).map { described($0, map) }
    }
}
