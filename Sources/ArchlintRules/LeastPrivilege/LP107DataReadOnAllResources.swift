import ArchlintModel

/// Data-read actions of data services (`s3:GetObject`, `secretsmanager:GetSecretValue`,
/// `ssm:GetParameter*`, `kms:Decrypt`, DynamoDB item reads) on `Resource: "*"`, named or
/// through a partial wildcard (`s3:Get*`, `dynamodb:*Item`). The bare `*` and service-wide
/// wildcards are LP101's and LP102's findings; what AWS's own service-role policies grant the
/// role's services (`ServiceRoleGrants`) is left alone.
struct LP107DataReadOnAllResources: Rule {
    static let id = "LP107"
    static let readsPolicyGrants = true

    func check(_ model: Architecture, _ context: inout RuleContext) {
        for document in context.grants.documents where !document.isResourcePolicy {
            context.checked(document.owner)
            for statement in document.statements
            where statement.onAllResources && !statement.conditionsUnknown && !statement.isScopedByConditions {
                for entry in statement.entries where !entry.isBroadWildcard && statement.reachesEveryResource(of: entry) {
                    let reads = document.beyondAWSGrants(context.options.starOnlyActions.isEmpty
                        ? entry.dataReads : entry.dataReads.filter { !context.options.acceptsOnlyStar($0.fullName) })
                    guard !reads.isEmpty else { continue }
                    var reaches: [String] = []
                    for action in reads {
                        if let reach = LeastPrivilegeActions.dataRead[action.fullName.lowercased()], !reaches.contains(reach) {
                            reaches.append(reach)
                        }
                    }
                    let how = LeastPrivilegeActions.how(entry, grants: reads)
                    context.report("\(LeastPrivilegeActions.list(reads)) on every resource\(how) can read \(reaches.joined(separator: ", "))",
                                   at: entry.site, on: document.owner)
                }
            }
        }
    }
}
