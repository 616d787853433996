import ArchlintModel

/// ECS task definitions and services: CloudFormation's properties and the ECS API's
/// `describe-task-definition`/`register-task-definition` and `describe-services`/`create-service`
/// objects name the same fields.
enum ECS {
    static let taskDefinitionType = "AWS::ECS::TaskDefinition"
    static let serviceType = "AWS::ECS::Service"

    static let mappers = [
        ResourceMapper(taskDefinitionType, into: \.taskDefinitions, describe: describedTaskDefinition, read: taskDefinition),
        ResourceMapper(serviceType, into: \.services, named: "serviceName", fallback: "service", keys: ["serviceArn"], read: service),
    ]

    /// A described task definition is known by its family, ARN and `family:revision`.
    static func describedTaskDefinition(_ body: Cursor) -> ResourceInfo {
        let family = body.child("family")?.string.value ?? "task-definition"
        var keys = [family]
        if let arn = body.child("taskDefinitionArn")?.string.value { keys.append(arn) }
        if let revision = body.child("revision")?.int.value { keys.append("\(family):\(revision)") }
        return ResourceInfo(name: family, type: taskDefinitionType, site: body.site, origin: .cli, keys: keys)
    }

    static func taskDefinition(_ body: Cursor, resource: ResourceInfo) -> TaskDefinition {
        var task = TaskDefinition(resource: resource)
        task.arn = body.child("taskDefinitionArn")?.string.value
        task.family = body.child("family")?.string ?? .absent
        task.networkMode = body.child("networkMode")?.string ?? .absent
        task.taskRole = body.child("taskRoleArn")?.reference ?? .absent
        task.executionRole = body.child("executionRoleArn")?.reference ?? .absent
        task.containers = body.child("containerDefinitions")?.items.filter(\.isMapping).map(container) ?? []
        for volume in body.child("volumes")?.items ?? [] {
            // The ECS API spells it `efsVolumeConfiguration`, CloudFormation `EFSVolumeConfiguration`.
            guard let efs = volume.child("efsVolumeConfiguration") ?? volume.child("EFSVolumeConfiguration") else { continue }
            task.efsVolumes.append(EFSVolume(site: efs.site, name: volume.child("name")?.string ?? .absent,
                                             transitEncryption: efs.child("transitEncryption")?.string ?? .absent))
        }
        return task
    }

    static func container(_ cursor: Cursor) -> ContainerDefinition {
        var container = ContainerDefinition(site: cursor.site)
        container.name = cursor.child("name")?.string ?? .absent
        container.image = cursor.child("image")?.string ?? .absent
        container.essential = cursor.child("essential")?.bool ?? .absent
        container.environment = (cursor.child("environment")?.items ?? []).filter(\.isMapping).map { entry in
            EnvironmentVariable(site: entry.site, name: entry.child("name")?.string ?? .absent,
                                value: entry.child("value")?.string ?? .absent)
        }
        container.secretNames = (cursor.child("secrets")?.items ?? []).map { $0.child("name")?.string ?? .absent }
        container.portMappings = (cursor.child("portMappings")?.items ?? []).filter(\.isMapping).map { mapping in
            PortMapping(site: mapping.site, containerPort: mapping.child("containerPort")?.int ?? .absent)
        }
        if let check = cursor.child("healthCheck"), !check.isNull {
            container.healthCheck = ContainerHealthCheck(site: check.site, command: check.child("command")?.strings ?? [])
        }
        return container
    }

    static func service(_ body: Cursor, resource: ResourceInfo) -> Service {
        var service = Service(resource: resource)
        service.serviceName = body.child("serviceName")?.string ?? .absent
        service.taskDefinition = body.child("taskDefinition")?.reference ?? .absent
        service.desiredCount = body.child("desiredCount")?.int ?? .absent
        if let vpc = body.child("networkConfiguration", "awsvpcConfiguration") {
            service.networkSite = vpc.site
            service.assignPublicIp = vpc.child("assignPublicIp")?.string ?? .absent
            service.subnets = vpc.child("subnets")?.references ?? []
            service.securityGroups = vpc.child("securityGroups")?.references ?? []
        }
        service.loadBalancers = (body.child("loadBalancers")?.items ?? []).filter(\.isMapping).map { entry in
            ServiceLoadBalancer(site: entry.site,
                                targetGroup: entry.child("targetGroupArn")?.reference ?? .absent,
                                containerName: entry.child("containerName")?.string ?? .absent,
                                containerPort: entry.child("containerPort")?.int ?? .absent)
        }
        if let deployment = body.child("deploymentConfiguration") {
            service.deploymentSite = deployment.site
            service.minimumHealthyPercent = deployment.child("minimumHealthyPercent")?.int ?? .absent
            if let breaker = deployment.child("deploymentCircuitBreaker") {
                service.circuitBreakerEnabled = breaker.child("enable")?.bool ?? .absent
                service.circuitBreakerRollback = breaker.child("rollback")?.bool ?? .absent
            }
        }
        service.healthCheckGracePeriod = body.child("healthCheckGracePeriodSeconds")?.int ?? .absent
        service.deploymentController = body.child("deploymentController", "type")?.string ?? .absent
        service.schedulingStrategy = body.child("schedulingStrategy")?.string ?? .absent
        return service
    }
}
