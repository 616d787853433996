import ArchlintModel

/// `Allow` of every action (`*`, or any `NotAction`) on every resource.
struct LP101AdminAccess: Rule {
    static let id = "LP101"

    func check(_ model: Architecture, _ context: inout RuleContext) {
        for document in model.policies where document.isJudgedForGrants {
            context.checked(document.owner)
            for statement in document.judgedAllowStatements where statement.onAllResources {
                if statement.actionEntries.contains(where: \.isEverything) {
                    context.report("statement allows every action on every resource", at: statement.site, on: document.owner)
                } else if !statement.notActions.isEmpty {
                    context.report("statement allows every action but those in NotAction on every resource",
                                   at: statement.site, on: document.owner)
                }
            }
        }
    }
}
