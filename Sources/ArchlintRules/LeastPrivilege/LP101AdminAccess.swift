import ArchlintModel

/// `Allow` of every action (`*`, or any `NotAction`) on every resource (`*`, or an ARN of every
/// service's resources; an ARN wildcard of one service is not administrator access).
struct LP101AdminAccess: Rule {
    static let id = "LP101"
    static let readsPolicyGrants = true

    func check(_ model: Architecture, _ context: inout RuleContext) {
        for document in context.grants.documents {
            context.checked(document.owner)
            for statement in document.statements where statement.onEveryResourceOfEveryService {
                if statement.entries.contains(where: \.isEverything) {
                    context.report("statement allows every action on every resource", at: statement.site, on: document.owner)
                } else if !statement.notActions.isEmpty {
                    context.report("statement allows every action but those in NotAction on every resource",
                                   at: statement.site, on: document.owner)
                }
            }
        }
    }
}
