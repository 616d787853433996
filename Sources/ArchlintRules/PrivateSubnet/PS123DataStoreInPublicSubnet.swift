import ArchlintModel

/// An RDS DB instance whose subnet group holds a subnet routed to an internet gateway
/// (RDS.46), and an EFS mount target in a subnet that maps public IPs on launch (EFS.6).
struct PS123DataStoreInPublicSubnet: Rule {
    static let id = "PS123"

    func check(_ model: Architecture, _ context: inout RuleContext) {
        guard !model.databases.all.isEmpty || !model.mountTargets.all.isEmpty else { return }
        let tables = RouteTableLookup(model)
        for database in model.databases.all {
            var subnets = database.subnets
            if subnets.isEmpty, let reference = database.subnetGroup.value {
                subnets = model.dbSubnetGroups.resolve(reference)?.subnets ?? []
            }
            guard !subnets.isEmpty else { continue }
            context.checked(database.resource)
            for subnet in subnets {
                guard case .publicRoute(let found, let table, let route) = SubnetExposure.of(subnet, in: model, tables: tables),
                      let site = database.subnetGroup.site ?? subnet.site else { continue }
                context.report("database \(database.resource.name) may be placed in subnet \(found.resource.name), which route table \(table.resource.name) sends to internet gateway \(route.targetName)",
                               at: site, on: database.resource)
                break
            }
        }
        for target in model.mountTargets.all {
            guard let reference = target.subnet.value, let site = target.subnet.site else { continue }
            context.checked(target.resource)
            guard let subnet = model.subnets.resolve(reference), case .known(true, _) = subnet.mapPublicIpOnLaunch else { continue }
            context.report("mount target is in subnet \(subnet.resource.name), which maps public IP addresses on launch",
                           at: site, on: target.resource)
        }
    }
}
