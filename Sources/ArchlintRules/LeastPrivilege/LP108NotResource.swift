import ArchlintModel

/// `Allow` with `NotResource`: everything but a list, including resources created later.
struct LP108NotResource: Rule {
    static let id = "LP108"
    static let readsPolicyGrants = true

    func check(_ model: Architecture, _ context: inout RuleContext) {
        for document in context.grants.documents {
            context.checked(document.owner)
            for statement in document.statements where !statement.notResources.isEmpty {
                context.report("statement allows its actions on every resource except those in NotResource",
                               at: statement.resourceSite ?? statement.site, on: document.owner)
            }
        }
    }
}
