import ArchlintModel

/// An awsvpc ECS service that gives its tasks public IP addresses.
struct PS101PublicIPAssigned: Rule {
    static let id = "PS101"

    func check(_ model: Architecture, _ context: inout RuleContext) {
        for service in model.services.all where service.networkSite != nil {
            context.checked(service.resource)
            guard case .known(let value, let site) = service.assignPublicIp, value.uppercased() == "ENABLED" else { continue }
            context.report("tasks get public IP addresses (assignPublicIp ENABLED)", at: site, on: service.resource)
        }
    }
}
