import ArchlintModel

/// `Allow` of a service-wide wildcard on resources that are all named: scoped, but every
/// action of the service (deletes, policy changes) on them.
struct LP103ServiceWildcardScoped: Rule {
    static let id = "LP103"
    static let readsPolicyGrants = true

    func check(_ model: Architecture, _ context: inout RuleContext) {
        for document in context.grants.documents {
            context.checked(document.owner)
            for statement in document.statements where statement.onScopedResources {
                for entry in statement.entries where entry.isServiceWide && !entry.granted.isEmpty {
                    context.report("`\(entry.text)` allows every \(LeastPrivilegeActions.display(entry.service)) action on the listed resources",
                                   at: entry.site, on: document.owner)
                }
            }
        }
    }
}
