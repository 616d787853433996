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
            fragment.taskDefinitions.append(ECSShapes.taskDefinition(top))
            kind = "ECS task definition"
        } else if let task = top.child("taskDefinition"), task.has("containerDefinitions") {
            fragment.taskDefinitions.append(ECSShapes.taskDefinition(task))
            kind = "ECS task definition"
        } else if keys.contains("serviceName"), !keys.isDisjoint(with: ECSShapes.serviceKeys) {
            fragment.services.append(ECSShapes.service(top))
            kind = "ECS service"
        } else if let services = top.child("services"), services.isSequence {
            fragment.services += services.items.filter(\.isMapping).map(ECSShapes.service)
            kind = "ECS services"
        } else if let service = top.child("service"), service.has("serviceName") {
            fragment.services.append(ECSShapes.service(service))
            kind = "ECS service"
        } else if let pipeline = top.child("pipeline"), pipeline.has("stages") {
            fragment.pipelines.append(DeliveryShapes.pipeline(pipeline))
            kind = "CodePipeline pipeline"
        } else if let projects = top.child("projects"), projects.isSequence {
            fragment.buildProjects += projects.items.filter(\.isMapping).map(DeliveryShapes.buildProject)
            kind = "CodeBuild projects"
        } else if let project = top.child("project"), project.has("environment") {
            fragment.buildProjects.append(DeliveryShapes.buildProject(project))
            kind = "CodeBuild project"
        } else if keys.contains("version") && keys.contains("phases") {
            fragment.buildspecs.append(DeliveryShapes.buildspec(top))
            kind = "CodeBuild buildspec"
        } else if let repositories = top.child("repositories"), repositories.isSequence {
            fragment.repositories += repositories.items.filter(\.isMapping).map(DeliveryShapes.repository)
            kind = "ECR repositories"
        } else if let repository = top.child("repository"), repository.has("repositoryName") {
            fragment.repositories.append(DeliveryShapes.repository(repository))
            kind = "ECR repository"
        } else if let certificate = top.child("Certificate"), certificate.has("CertificateArn") || certificate.has("DomainName") {
            fragment.certificates.append(NetworkShapes.certificate(certificate))
            kind = "ACM certificate"
        } else if keys.contains("LoadBalancers") || keys.contains("TargetGroups") || keys.contains("Listeners") {
            NetworkShapes.elb(top, into: &fragment)
            kind = "ELBv2 description"
        } else if keys.contains("Subnets") || keys.contains("RouteTables") || keys.contains("SecurityGroups") {
            NetworkShapes.ec2(top, into: &fragment)
            kind = "EC2 network description"
        } else if let instances = top.child("DBInstances"), instances.isSequence {
            fragment.databases += instances.items.filter(\.isMapping).map(DatabaseShapes.instance)
            kind = "RDS DB instances"
        } else if let groups = top.child("logGroups"), groups.isSequence {
            fragment.logGroups += groups.items.filter(\.isMapping).map(DeliveryShapes.logGroup)
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
