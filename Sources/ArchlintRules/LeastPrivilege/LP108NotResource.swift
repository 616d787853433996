import ArchlintModel

/// `Allow` with `NotResource`: everything but a list, including resources created later.
struct LP108NotResource: Rule {
    static let id = "LP108"

    func check(_ model: Architecture, _ context: inout RuleContext) {
        for document in model.policies where document.isJudgedForGrants {
            context.checked(document.owner)
            for statement in document.judgedAllowStatements where !statement.notResources.isEmpty {
                context.report("statement allows its actions on every resource except those in NotResource",
                               at: statement.resourceSite ?? statement.site, on: document.owner)
            }
        }
    }
}
