import ArchlintModel
import ArchlintYAML

/// The AWS CLI front end: output and input JSON, recognised by shape, never by file name. Each
/// shape names where its described objects are and which service mapper reads them.
enum CLILoader {
    /// One document shape: what it is called, how it is recognised (the document and its
    /// top-level keys), and what reads it.
    private struct Shape: Sendable {
        let kind: String
        let matches: @Sendable (Cursor, Set<String>) -> Bool
        let load: @Sendable (Cursor, inout ModelBuilder) -> Void
    }

    /// Beside `serviceName`, any of these makes a document an ECS service (create-service input).
    private static let serviceKeys: Set<String> = ["taskDefinition", "cluster", "desiredCount", "networkConfiguration",
                                                   "loadBalancers", "launchType", "deploymentConfiguration", "capacityProviderStrategy"]

    /// In order: the first shape a document matches reads it.
    private static let shapes: [Shape] = [
        Shape(kind: "ECS task definition", matches: { _, keys in keys.contains("family") && keys.contains("containerDefinitions") },
              load: object(ECS.taskDefinitionType)),
        Shape(kind: "ECS task definition", matches: { top, _ in top.child("taskDefinition")?.has("containerDefinitions") ?? false },
              load: object(ECS.taskDefinitionType, at: "taskDefinition")),
        Shape(kind: "ECS service", matches: { _, keys in keys.contains("serviceName") && !keys.isDisjoint(with: serviceKeys) },
              load: object(ECS.serviceType)),
        Shape(kind: "ECS services", matches: { top, _ in top.child("services")?.isSequence ?? false },
              load: list(ECS.serviceType, at: "services")),
        Shape(kind: "ECS service", matches: { top, _ in top.child("service")?.has("serviceName") ?? false },
              load: object(ECS.serviceType, at: "service")),
        Shape(kind: "CodePipeline pipeline", matches: { top, _ in top.child("pipeline")?.has("stages") ?? false },
              load: object(CodePipeline.pipelineType, at: "pipeline")),
        Shape(kind: "CodeBuild projects", matches: { top, _ in top.child("projects")?.isSequence ?? false },
              load: list(CodeBuild.projectType, at: "projects")),
        Shape(kind: "CodeBuild project", matches: { top, _ in top.child("project")?.has("environment") ?? false },
              load: object(CodeBuild.projectType, at: "project")),
        // `aws codebuild create-project --cli-input-json`: the project itself, as AWS accepts it.
        Shape(kind: "CodeBuild project", matches: { _, keys in
            keys.contains("name") && keys.contains("source") && keys.contains("environment")
        }, load: object(CodeBuild.projectType)),
        Shape(kind: "CodeBuild buildspec", matches: { _, keys in keys.contains("version") && keys.contains("phases") },
              load: { top, model in CodeBuild.buildspecs.described(top, into: &model) }),
        Shape(kind: "ECR repositories", matches: { top, _ in top.child("repositories")?.isSequence ?? false },
              load: list(ECR.repositoryType, at: "repositories")),
        Shape(kind: "ECR repository", matches: { top, _ in top.child("repository")?.has("repositoryName") ?? false },
              load: object(ECR.repositoryType, at: "repository")),
        Shape(kind: "ACM certificate", matches: { top, _ in
            top.child("Certificate").map { $0.has("CertificateArn") || $0.has("DomainName") } ?? false
        }, load: object(ACM.certificateType, at: "Certificate")),
        Shape(kind: "ELBv2 description", matches: { _, keys in
            keys.contains("LoadBalancers") || keys.contains("TargetGroups") || keys.contains("Listeners")
        }, load: lists([("LoadBalancers", ELB.loadBalancerType), ("TargetGroups", ELB.targetGroupType),
                        ("Listeners", ELB.listenerType)])),
        Shape(kind: "EC2 network description", matches: { _, keys in
            keys.contains("Subnets") || keys.contains("RouteTables") || keys.contains("SecurityGroups")
        }, load: lists([("Subnets", EC2.subnetType), ("RouteTables", EC2.routeTableType),
                        ("SecurityGroups", EC2.securityGroupType)])),
        Shape(kind: "RDS DB instances", matches: { top, _ in top.child("DBInstances")?.isSequence ?? false },
              load: list(RDS.instanceType, at: "DBInstances")),
        Shape(kind: "RDS DB subnet groups", matches: { top, _ in top.child("DBSubnetGroups")?.isSequence ?? false },
              load: list(RDS.subnetGroupType, at: "DBSubnetGroups")),
        Shape(kind: "EFS mount targets", matches: { top, _ in top.child("MountTargets")?.isSequence ?? false },
              load: list(EFS.mountTargetType, at: "MountTargets")),
        Shape(kind: "CloudWatch log groups", matches: { top, _ in top.child("logGroups")?.isSequence ?? false },
              load: list(Logs.logGroupType, at: "logGroups")),
        Shape(kind: "IAM", matches: { top, keys in
            keys.contains("Statement") && (keys.contains("Version") || keys.contains("Id") || IAM.hasPolicyStatements(top))
        },
              load: IAM.bareDocument),
        Shape(kind: "IAM", matches: { top, keys in keys.contains("RoleName") && keys.contains("PolicyName") && top.has("PolicyDocument") },
              load: IAM.rolePolicy),
        Shape(kind: "IAM", matches: { top, _ in top.child("PolicyVersion")?.has("Document") ?? false },
              load: { top, model in if let version = top.child("PolicyVersion") { IAM.policyVersion(version, into: &model) } }),
        Shape(kind: "IAM", matches: { top, _ in top.child("Role")?.has("RoleName") ?? false },
              load: { top, model in if let role = top.child("Role") { IAM.describedRoles.described(role, into: &model) } }),
        Shape(kind: "IAM", matches: { _, keys in
            keys.contains("RoleDetailList") || keys.contains("UserDetailList") || keys.contains("Policies") && keys.contains("GroupDetailList")
        }, load: IAM.accountDetails),
    ]

    /// Maps a document if its shape is one archlint knows. Returns nil for anything else
    /// (docker-compose.yml, package.json, ...), which the caller counts as skipped.
    static func load(_ root: Node, file: String) -> ModelFragment? {
        let top = Cursor(root: root, file: file, template: nil)
        guard top.isMapping else { return nil }
        let keys = top.keySet
        guard let shape = shapes.first(where: { $0.matches(top, keys) }) else { return nil }
        var model = ModelBuilder(file: file)
        shape.load(top, &model)
        var fragment = model.finish()
        fragment.documentKinds = [shape.kind]
        return fragment
    }

    /// The document itself, or the object under `key`, is one described resource of `type`.
    private static func object(_ type: String, at key: String? = nil) -> @Sendable (Cursor, inout ModelBuilder) -> Void {
        { top, model in
            let body = if let key { top.child(key) } else { top }
            guard let mapper = Services.byType[type], let body else { return }
            mapper.described(body, into: &model)
        }
    }

    /// The mappings listed under `key` are described resources of `type`.
    private static func list(_ type: String, at key: String) -> @Sendable (Cursor, inout ModelBuilder) -> Void {
        lists([(key, type)])
    }

    /// Each of several lists holds described resources of its type.
    private static func lists(_ entries: [(key: String, type: String)]) -> @Sendable (Cursor, inout ModelBuilder) -> Void {
        { top, model in
            for (key, type) in entries {
                guard let mapper = Services.byType[type] else { continue }
                for body in top.child(key)?.items ?? [] where body.isMapping {
                    mapper.described(body, into: &model)
                }
            }
        }
    }
}
