import ArchlintModel

/// CloudWatch Logs log groups: `AWS::Logs::LogGroup` and `logs describe-log-groups`.
enum Logs {
    static let logGroupType = "AWS::Logs::LogGroup"

    static let mappers = [
        ResourceMapper(logGroupType, into: \.logGroups, describe: { body in
            .described(body, type: logGroupType, nameKey: "logGroupName", fallback: "log-group", keyNames: ["arn"])
        }, read: logGroup),
    ]

    static func logGroup(_ properties: Cursor, info: ResourceInfo) -> LogGroup {
        var group = LogGroup(resource: info)
        group.logGroupName = properties.child("LogGroupName")?.string ?? .absent
        // Found by its name too (a described group already is).
        if let name = group.logGroupName.value, !group.resource.keys.contains(name) { group.resource.keys.append(name) }
        group.kmsKey = properties.child("KmsKeyId")?.string ?? .absent
        return group
    }
}
