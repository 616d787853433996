import ArchlintModel

/// `rds describe-db-instances` output.
enum DatabaseShapes {
    static func instance(_ body: Cursor) -> DatabaseInstance {
        let name = body.child("DBInstanceIdentifier")?.string.value ?? "db-instance"
        var keys = [name]
        if let arn = body.child("DBInstanceArn")?.string.value { keys.append(arn) }
        let info = ResourceInfo(name: name, type: "AWS::RDS::DBInstance", site: body.site, origin: .cli, keys: keys)
        var database = DatabaseInstance(resource: info)
        database.publiclyAccessible = body.child("PubliclyAccessible")?.bool ?? .absent
        database.securityGroups = (body.child("VpcSecurityGroups")?.items ?? []).compactMap { $0.child("VpcSecurityGroupId")?.reference }
        return database
    }
}
