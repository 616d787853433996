import ArchlintModel

/// RDS DB instances and DB subnet groups: `AWS::RDS::DBInstance`, `AWS::RDS::DBSubnetGroup`,
/// `rds describe-db-instances` and `rds describe-db-subnet-groups`.
enum RDS {
    static let instanceType = "AWS::RDS::DBInstance"
    static let subnetGroupType = "AWS::RDS::DBSubnetGroup"

    static let mappers = [
        ResourceMapper(instanceType, into: \.databases, named: "DBInstanceIdentifier", fallback: "db-instance",
                       keys: ["DBInstanceArn"], read: instance),
        ResourceMapper(subnetGroupType, into: \.dbSubnetGroups, named: "DBSubnetGroupName", fallback: "db-subnet-group",
                       keys: ["DBSubnetGroupArn"], read: subnetGroup),
    ]

    /// Security groups are `VPCSecurityGroups` (IDs) in CloudFormation, `VpcSecurityGroups`
    /// (objects with a `VpcSecurityGroupId`) in the API; the subnet group is `DBSubnetGroupName`
    /// in CloudFormation, a `DBSubnetGroup` object with its `Subnets` in the API.
    static func instance(_ body: Cursor, info: ResourceInfo) -> DatabaseInstance {
        var database = DatabaseInstance(resource: info)
        database.publiclyAccessible = body.child("PubliclyAccessible")?.bool ?? .absent
        if let groups = body.child("VPCSecurityGroups") {
            database.securityGroups = groups.references
        } else {
            database.securityGroups = (body.child("VpcSecurityGroups")?.items ?? []).compactMap { $0.child("VpcSecurityGroupId")?.reference }
        }
        if let described = body.child("DBSubnetGroup"), described.isMapping {
            database.subnetGroup = described.child("DBSubnetGroupName")?.reference ?? .absent
            database.subnets = describedSubnets(described)
        } else {
            database.subnetGroup = body.child("DBSubnetGroupName")?.reference ?? .absent
        }
        return database
    }

    static func subnetGroup(_ body: Cursor, info: ResourceInfo) -> DBSubnetGroup {
        var group = DBSubnetGroup(resource: info)
        group.subnets = body.child("SubnetIds")?.references ?? describedSubnets(body)
        return group
    }

    /// The API's `Subnets: [{SubnetIdentifier: subnet-...}]`.
    private static func describedSubnets(_ group: Cursor) -> [Fact<Reference>] {
        (group.child("Subnets")?.items ?? []).compactMap { $0.child("SubnetIdentifier")?.reference }
    }
}
