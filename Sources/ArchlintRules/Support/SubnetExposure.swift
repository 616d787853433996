import ArchlintModel

/// Whether a subnet is public, worked out from the route tables: the explicit association,
/// else the VPC's main route table; a default route to an internet gateway makes it public,
/// and so does `MapPublicIpOnLaunch`.
enum SubnetExposure {
    case publicRoute(Subnet, RouteTable, Route)
    case mapsPublicIp(Subnet, Site)
    case privateSubnet(Subnet)
    /// Described, but what makes it public or private is not known.
    case undetermined(Subnet)
    /// Named by a literal ID that no scanned file describes.
    case notDescribed(String)
    /// An unresolved intrinsic or parameter.
    case unknown

    static func of(_ reference: Fact<Reference>, in model: Architecture) -> SubnetExposure {
        guard let ref = reference.value else { return .unknown }
        guard let subnet = model.subnets.resolve(ref) else {
            if case .logical = ref { return .unknown }
            return ref.description.contains("${") ? .unknown : .notDescribed(ref.description)
        }
        if let table = routeTable(for: subnet, in: model) {
            if let route = table.routes.first(where: { $0.isDefaultRoute && $0.target.value == .internetGateway }) {
                return .publicRoute(subnet, table, route)
            }
            if case .known(true, let site) = subnet.mapPublicIpOnLaunch { return .mapsPublicIp(subnet, site) }
            // A table whose routes are all known and none leads to an internet gateway.
            if table.routes.allSatisfy({ !$0.target.isUnknown && !$0.destination.isUnknown }) {
                return .privateSubnet(subnet)
            }
            return .undetermined(subnet)
        }
        if case .known(true, let site) = subnet.mapPublicIpOnLaunch { return .mapsPublicIp(subnet, site) }
        return .undetermined(subnet)
    }

    /// The explicitly associated table, else the main table of the subnet's VPC.
    static func routeTable(for subnet: Subnet, in model: Architecture) -> RouteTable? {
        let tables = model.routeTables.all
        if let explicit = tables.first(where: { table in
            table.subnets.contains { model.subnets.resolve($0).map { $0.resource == subnet.resource } ?? false }
        }) {
            return explicit
        }
        guard let vpc = subnet.vpc.value else { return nil }
        return tables.first { $0.isMain && $0.vpc.value == vpc }
    }
}
