import ArchlintModel

/// An ECS service placed in a subnet that the route tables make public.
struct PS102PublicSubnetPlacement: Rule {
    static let id = "PS102"

    func check(_ model: Architecture, _ context: inout RuleContext) {
        let tables = RouteTableLookup(model)
        for service in model.services.all where service.networkSite != nil {
            context.checked(service.resource)
            for reference in service.subnets {
                guard let site = reference.site else { continue }
                switch SubnetExposure.of(reference, in: model, tables: tables) {
                case .publicRoute(let subnet, let table, let route):
                    let destination = route.destination.value ?? "0.0.0.0/0"
                    context.report("subnet \(subnet.resource.name) is public: route table \(table.resource.name) sends \(destination) to internet gateway \(route.targetName)",
                                   at: site, on: service.resource)
                case .mapsPublicIp(let subnet, _):
                    context.report("subnet \(subnet.resource.name) is public: it maps public IP addresses on launch",
                                   at: site, on: service.resource)
                case .privateSubnet, .undetermined, .notDescribed, .unknown:
                    continue
                }
            }
        }
    }
}
