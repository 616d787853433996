import ArchlintModel

/// `describe-task-definition`, `register-task-definition` and `describe-services`/`create-service`.
enum ECSShapes {
    /// Beside `serviceName`, any of these makes a document an ECS service (create-service input).
    static let serviceKeys: Set<String> = ["taskDefinition", "cluster", "desiredCount", "networkConfiguration",
                                           "loadBalancers", "launchType", "deploymentConfiguration", "capacityProviderStrategy"]

    static func taskDefinition(_ body: Cursor) -> TaskDefinition {
        let family = body.child("family")?.string.value ?? "task-definition"
        let arn = body.child("taskDefinitionArn")?.string.value
        let revision = body.child("revision")?.int.value
        var keys = [family]
        if let arn { keys.append(arn) }
        if let revision { keys.append("\(family):\(revision)") }
        let info = ResourceInfo(name: family, type: ECSMapper.taskDefinitionType, site: body.site, origin: .cli, keys: keys)
        return ECSMapper.taskDefinition(body, resource: info, arn: arn)
    }

    static func service(_ body: Cursor) -> Service {
        let name = body.child("serviceName")?.string.value ?? "service"
        var keys = [name]
        if let arn = body.child("serviceArn")?.string.value { keys.append(arn) }
        let info = ResourceInfo(name: name, type: ECSMapper.serviceType, site: body.site, origin: .cli, keys: keys)
        return ECSMapper.service(body, resource: info)
    }
}

/// ECR, CodePipeline, CodeBuild, CloudWatch Logs.
enum DeliveryShapes {
    static func pipeline(_ body: Cursor) -> Pipeline {
        let name = body.child("name")?.string.value ?? "pipeline"
        let info = ResourceInfo(name: name, type: "AWS::CodePipeline::Pipeline", site: body.site, origin: .cli, keys: [name])
        return DeliveryMapper.pipeline(body, resource: info)
    }

    static func buildProject(_ body: Cursor) -> BuildProject {
        let name = body.child("name")?.string.value ?? "project"
        var keys = [name]
        if let arn = body.child("arn")?.string.value { keys.append(arn) }
        let info = ResourceInfo(name: name, type: "AWS::CodeBuild::Project", site: body.site, origin: .cli, keys: keys)
        return DeliveryMapper.buildProject(body, resource: info)
    }

    static func buildspec(_ body: Cursor) -> Buildspec {
        let info = ResourceInfo(name: body.file.split(separator: "/").last.map(String.init) ?? body.file,
                                type: "AWS::CodeBuild::Buildspec", site: body.site, origin: .buildspec)
        return DeliveryMapper.buildspec(body, resource: info)
    }

    static func repository(_ body: Cursor) -> Repository {
        let name = body.child("repositoryName")?.string.value ?? "repository"
        var keys = [name]
        if let arn = body.child("repositoryArn")?.string.value { keys.append(arn) }
        if let uri = body.child("repositoryUri")?.string.value { keys.append(uri) }
        let info = ResourceInfo(name: name, type: "AWS::ECR::Repository", site: body.site, origin: .cli, keys: keys)
        return DeliveryMapper.repository(body, resource: info)
    }

    static func logGroup(_ body: Cursor) -> LogGroup {
        let name = body.child("logGroupName")?.string.value ?? "log-group"
        var keys = [name]
        if let arn = body.child("arn")?.string.value { keys.append(arn) }
        var group = LogGroup(resource: ResourceInfo(name: name, type: "AWS::Logs::LogGroup", site: body.site, origin: .cli, keys: keys))
        group.logGroupName = body.child("logGroupName")?.string ?? .absent
        group.kmsKey = body.child("kmsKeyId")?.string ?? .absent
        return group
    }
}
