import ArchlintModel

/// Whether a subnet is public, worked out from the route tables: the explicit association,
/// else the VPC's main route table; a default route to an internet gateway makes it public,
/// and so does `MapPublicIpOnLaunch`.
public enum SubnetExposure {
    case publicRoute(Subnet, RouteTable, Route)
    case mapsPublicIp(Subnet, Site)
    case privateSubnet(Subnet)
    /// Described, but what makes it public or private is not known.
    case undetermined(Subnet)
    /// Named by a literal ID that no scanned file describes.
    case notDescribed(String)
    /// An unresolved intrinsic or parameter.
    case unknown

    public static func of(_ reference: Fact<Reference>, in model: Architecture, tables: RouteTableLookup) -> SubnetExposure {
        guard let ref = reference.value else { return .unknown }
        guard let subnet = model.subnets.resolve(ref) else {
            if case .logical = ref { return .unknown }
            return FastText.contains(ref.description, "${") ? .unknown : .notDescribed(ref.description)
        }
        if let table = tables.table(for: subnet) {
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
}

/// Which route table each described subnet uses: the explicitly associated table, else the
/// main table of the subnet's VPC (the first in model order of either). Built once, so a
/// lookup per subnet does not scan every route table.
public struct RouteTableLookup: Sendable {
    private let tables: [RouteTable]
    private let explicit: [ResourceInfo: Int]
    private let mainByVPC: [Reference: Int]

    public init(_ model: Architecture) {
        tables = model.routeTables.all
        var explicit: [ResourceInfo: Int] = [:]
        var mainByVPC: [Reference: Int] = [:]
        for (index, table) in tables.enumerated() {
            for reference in table.subnets {
                guard let subnet = model.subnets.position(of: reference) else { continue }
                let resource = model.subnets.all[subnet].resource
                if explicit[resource] == nil { explicit[resource] = index }
            }
            if table.isMain, let vpc = table.vpc.value, mainByVPC[vpc] == nil { mainByVPC[vpc] = index }
        }
        self.explicit = explicit
        self.mainByVPC = mainByVPC
    }

    public func table(for subnet: Subnet) -> RouteTable? {
        if let index = explicit[subnet.resource] { return tables[index] }
        guard let vpc = subnet.vpc.value, let index = mainByVPC[vpc] else { return nil }
        return tables[index]
    }
}
