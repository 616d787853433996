import ArchlintModel

/// Write or permissions-management actions on `Resource: "*"` that could name their
/// resources. Actions that only accept `*` are never flagged. Entries other rules own are
/// skipped so each is reported once, by its most specific rule: the bare `*` (LP101),
/// service-wide wildcards (LP102), anything granting `iam:PassRole` (LP104) or an escalation
/// action (LP105); LP107's data reads (`kms:Decrypt` is a Write in the catalog), CloudWatch
/// Logs writes and what AWS's own service-role policies grant the role's services
/// (`ServiceRoleGrants`) are left out of the actions judged here.
struct LP106WriteOnAllResources: Rule {
    static let id = "LP106"
    static let readsPolicyGrants = true

    func check(_ model: Architecture, _ context: inout RuleContext) {
        // The message depends only on the entry's pattern: written once per pattern, and
        // shared by every finding with it (large scans repeat the same entries thousands of times).
        var messages: [ObjectIdentifier: String?] = [:]
        for document in context.grants.documents where !document.isResourcePolicy {
            context.checked(document.owner)
            for statement in document.statements
            where statement.onAllResources && !statement.conditionsUnknown && !statement.isScopedByConditions {
                for entry in statement.entries where !entry.isBroadWildcard && statement.reachesEveryResource(of: entry) {
                    let key = ObjectIdentifier(entry.grant)
                    let message: String?
                    if !document.grantedByAWS.isEmpty {
                        message = Self.message(entry, options: context.options, document: document)
                    } else if let known = messages[key] {
                        message = known
                    } else {
                        message = Self.message(entry, options: context.options)
                        messages[key] = message
                    }
                    if let message { context.report(message, at: entry.site, on: document.owner) }
                }
            }
        }
    }

    static func message(_ entry: ActionEntry, options: RuleOptions, document: PolicyGrants.Document? = nil) -> String? {
        if entry.grantsPassRole || !entry.escalating.isEmpty { return nil }
        var writes = options.starOnlyActions.isEmpty
            ? entry.scopableWrites : entry.scopableWrites.filter { !options.acceptsOnlyStar($0.fullName) }
        if let document { writes = document.beyondAWSGrants(writes) }
        guard !writes.isEmpty else { return nil }
        let how = LeastPrivilegeActions.how(entry, grants: writes)
        let pronoun = writes.count == 1 ? "it" : "they"
        return "\(LeastPrivilegeActions.list(writes)) on every resource\(how), though \(pronoun) can be limited to named ARNs"
    }
}
