import ArchlintModel

/// CloudWatch Logs log groups: `AWS::Logs::LogGroup` and `logs describe-log-groups`.
enum Logs {
    static let logGroupType = "AWS::Logs::LogGroup"

    static let mappers = [
        ResourceMapper(logGroupType, into: \.logGroups, named: "logGroupName", fallback: "log-group", keys: ["arn"],
                       read: logGroup),
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
