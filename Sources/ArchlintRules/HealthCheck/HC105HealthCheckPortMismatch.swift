import ArchlintModel

/// A target group that health-checks a port other than the one the ECS service registers.
struct HC105HealthCheckPortMismatch: Rule {
    static let id = "HC105"

    func check(_ model: Architecture, _ context: inout RuleContext) {
        for group in model.targetGroups.all {
            let mappings = HealthCheckLinks.mappings(to: group, in: model)
            guard !mappings.isEmpty else { continue }
            context.checked(group.resource)
            guard case .known(let written, let site) = group.healthCheckPort,
                  written.lowercased() != "traffic-port", let port = Int(written) else { continue }
            // Every mapping must be known to say the port matches none of them.
            let mapped = mappings.map { $0.mapping.containerPort.value }
            guard !mapped.contains(where: { $0 == nil }) else { continue }
            let servicePorts = mapped.compactMap { $0 }
            guard !servicePorts.contains(port) else { continue }
            // A port the task definition exposes as well is a dedicated health port, not a mistake.
            let exposed = mappings.contains { entry in
                guard let task = model.taskDefinitions.resolve(entry.service.taskDefinition) else { return false }
                return task.containers.contains { $0.portMappings.contains { $0.containerPort.value == port } }
            }
            guard !exposed else { continue }
            let ports = Array(Set(servicePorts)).sorted().map(String.init).joined(separator: ", ")
            let service = mappings[0].service.resource.name
            context.report("health check port \(port) is neither traffic-port nor the container port \(ports) that service \(service) registers",
                           at: site, on: group.resource)
        }
    }
}
