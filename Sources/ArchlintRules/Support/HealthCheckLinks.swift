import ArchlintModel

/// Links from ECS services to what they run and what they are registered with.
enum HealthCheckLinks {
    /// Every service load-balancer entry whose target group resolves to `group`.
    static func mappings(to group: TargetGroup, in model: Architecture) -> [(service: Service, mapping: ServiceLoadBalancer)] {
        var found: [(Service, ServiceLoadBalancer)] = []
        for service in model.services.all {
            for mapping in service.loadBalancers {
                if let target = model.targetGroups.resolve(mapping.targetGroup), target.resource == group.resource {
                    found.append((service, mapping))
                }
            }
        }
        return found
    }

    /// Task definitions some scanned service runs, each once, in model order, with the first
    /// service that runs it.
    static func tasksRunByServices(in model: Architecture) -> [(task: TaskDefinition, service: Service)] {
        var runner: [ResourceInfo: Service] = [:]
        for service in model.services.all {
            guard let task = model.taskDefinitions.resolve(service.taskDefinition) else { continue }
            if runner[task.resource] == nil { runner[task.resource] = service }
        }
        return model.taskDefinitions.all.compactMap { task in runner[task.resource].map { (task, $0) } }
    }
}
