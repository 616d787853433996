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
    static func tasksRunByServices(in model: Architecture) -> [(task: Int, service: Int)] {
        // By position in the model's lists: copying and hashing whole resources cost more
        // than the rest of the rule on a template with thousands of services.
        var runner: [Int: Int] = [:]
        for service in model.services.all.indices {
            guard let task = model.taskDefinitions.position(of: model.services.all[service].taskDefinition) else { continue }
            if runner[task] == nil { runner[task] = service }
        }
        return runner.keys.sorted().map { ($0, runner[$0]!) }
    }
}
