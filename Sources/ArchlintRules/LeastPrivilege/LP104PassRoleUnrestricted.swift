import ArchlintModel

/// `iam:PassRole` on `*` without a condition limiting the roles or where they go
/// (`iam:PassedToService`, `iam:ResourceTag/…`, `ScopingConditions`). The bare `*` is LP101's
/// finding and `iam:*` LP102's, so each entry is reported by its most specific rule.
struct LP104PassRoleUnrestricted: Rule {
    static let id = "LP104"
    static let readsPolicyGrants = true

    func check(_ model: Architecture, _ context: inout RuleContext) {
        for document in context.grants.documents where !document.isResourcePolicy {
            context.checked(document.owner)
            for statement in document.statements
            where statement.onAllResources && !statement.isScopedByConditions && !statement.conditionsUnknown {
                for entry in statement.entries where !entry.isBroadWildcard && entry.grantsPassRole && statement.reachesEveryResource(of: entry) {
                    let how = FastText.equalIgnoringCase(entry.text, "iam:PassRole") ? "" : " (through `\(entry.text)`)"
                    context.report("iam:PassRole on every role\(how) without an iam:PassedToService condition",
                                   at: entry.site, on: document.owner)
                }
            }
        }
    }
}
