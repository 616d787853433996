import ArchlintModel

/// RDS DB instances: `AWS::RDS::DBInstance` and `rds describe-db-instances`.
enum RDS {
    static let instanceType = "AWS::RDS::DBInstance"

    static let mappers = [
        ResourceMapper(instanceType, into: \.databases, named: "DBInstanceIdentifier", fallback: "db-instance",
                       keys: ["DBInstanceArn"], read: instance),
    ]

    /// Security groups are `VPCSecurityGroups` (IDs) in CloudFormation, `VpcSecurityGroups`
    /// (objects with a `VpcSecurityGroupId`) in the API.
    static func instance(_ body: Cursor, info: ResourceInfo) -> DatabaseInstance {
        var database = DatabaseInstance(resource: info)
        database.publiclyAccessible = body.child("PubliclyAccessible")?.bool ?? .absent
        if let groups = body.child("VPCSecurityGroups") {
            database.securityGroups = groups.references
        } else {
            database.securityGroups = (body.child("VpcSecurityGroups")?.items ?? []).compactMap { $0.child("VpcSecurityGroupId")?.reference }
        }
        return database
    }
}
