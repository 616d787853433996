import ArchlintModel

/// Actions on `Resource: "*"` that let the holder grant itself more: new policy versions,
/// attaching or writing policies, access keys and login profiles for other users, rewriting
/// trust policies, joining groups. The bare `*` is LP101's finding and `iam:*` LP102's, so
/// each entry is reported by its most specific rule.
struct LP105PrivilegeEscalation: Rule {
    static let id = "LP105"
    static let readsPolicyGrants = true

    /// Condition keys that limit what these actions can grant: a required permissions
    /// boundary, or the managed policies that may be attached.
    static let limitingConditions = ["iam:PermissionsBoundary", "iam:PolicyARN"]

    func check(_ model: Architecture, _ context: inout RuleContext) {
        for document in context.grants.documents where !document.isResourcePolicy {
            context.checked(document.owner)
            for statement in document.statements
            where statement.onAllResources && !statement.conditionsUnknown && !statement.isScopedByConditions
                && !Self.limitingConditions.contains(where: statement.hasCondition(key:)) {
                for entry in statement.entries where !entry.isBroadWildcard && statement.reachesEveryResource(of: entry) {
                    let escalating = entry.escalating
                    guard !escalating.isEmpty else { continue }
                    let how = LeastPrivilegeActions.how(entry, grants: escalating)
                    context.report("\(LeastPrivilegeActions.list(escalating)) on every resource\(how) can be used to escalate privileges",
                                   at: entry.site, on: document.owner)
                }
            }
        }
    }
}
