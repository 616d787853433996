import ArchlintModel

/// `Allow` of a service-wide wildcard (`ecs:*`, `s3:*`) on `Resource: "*"`.
struct LP102ServiceWildcardAllResources: Rule {
    static let id = "LP102"

    func check(_ model: Architecture, _ context: inout RuleContext) {
        for document in model.policies where document.isJudgedForGrants {
            context.checked(document.owner)
            for statement in document.judgedAllowStatements where statement.onAllResources {
                for entry in statement.actionEntries where entry.isServiceWide && !entry.granted.isEmpty {
                    context.report("`\(entry.text)` allows every \(LeastPrivilegeActions.display(entry.service)) action on every resource",
                                   at: entry.site, on: document.owner)
                }
            }
        }
    }
}
