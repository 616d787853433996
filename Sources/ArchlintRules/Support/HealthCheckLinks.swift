import ArchlintModel

/// Links from ECS services to what they run and what they are registered with.
struct HealthCheckLinks {
    /// Service load-balancer entries by the target group they resolve to, in service order:
    /// built once, so a lookup per target group does not scan every service.
    private let byTargetGroup: [ResourceInfo: [(service: Service, mapping: ServiceLoadBalancer)]]

    init(_ model: Architecture) {
        var byTargetGroup: [ResourceInfo: [(service: Service, mapping: ServiceLoadBalancer)]] = [:]
        for service in model.services.all {
            for mapping in service.loadBalancers {
                guard let target = model.targetGroups.position(of: mapping.targetGroup) else { continue }
                byTargetGroup[model.targetGroups.all[target].resource, default: []].append((service, mapping))
            }
        }
        self.byTargetGroup = byTargetGroup
    }

    /// Every service load-balancer entry whose target group resolves to `group`.
    func mappings(to group: TargetGroup) -> [(service: Service, mapping: ServiceLoadBalancer)] {
        byTargetGroup[group.resource] ?? []
    }

    /// Task definitions some scanned service runs, each once, in model order, with the first
    /// service that runs it.
    static func tasksRunByServices(in model: Architecture) -> [(task: TaskDefinition, service: Service)] {
        var runner: [ResourceInfo: Service] = [:]
        for service in model.services.all {
            guard let task = model.taskDefinitions.position(of: service.taskDefinition) else { continue }
            let resource = model.taskDefinitions.all[task].resource
            if runner[resource] == nil { runner[resource] = service }
        }
        return model.taskDefinitions.all.compactMap { task in runner[task.resource].map { (task, $0) } }
    }
}
