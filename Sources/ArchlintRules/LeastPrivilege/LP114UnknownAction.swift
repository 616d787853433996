import ArchlintIAMCatalog
import ArchlintModel

/// An `Action` or `NotAction` entry that grants (or denies, or exempts) nothing: its service
/// is unknown or no action of the service matches it. AWS managed documents, and files holding
/// one's text (`PolicyDocument.awsManagedCopy`), are left out: there an unmatched action means
/// the catalog is older than the policy. So are actions AWS itself names elsewhere
/// (`AWSManagedPolicies.namesAction`): newer than the catalog, or retired but still in AWS's
/// own examples.
struct LP114UnknownAction: Rule {
    static let id = "LP114"
    static let readsPolicyGrants = true

    func check(_ model: Architecture, _ context: inout RuleContext) {
        // Answers per pattern as written: one lookup here instead of the catalog's locked memo.
        var problems: [String: String?] = [:]
        func check(_ entries: [Fact<String>], owner: ResourceInfo) {
            for case .known(let text, let site) in entries where !FastText.contains(text, "${") {
                let problem: String?
                if let known = problems[text] {
                    problem = known
                } else {
                    problem = Self.problem(text)
                    problems[text] = problem
                }
                if let problem { context.report(problem, at: site, on: owner) }
            }
        }
        // By index: `for document in` copied every document and statement, every field retained.
        let policies = model.policies
        let copies = context.grants.awsManagedCopies
        for index in policies.indices
        where policies[index].isEffective && !policies[index].isAWSManaged && copies[index] == nil {
            let owner = policies[index].owner
            context.checked(owner)
            let statements = policies[index].statements
            for statement in statements.indices {
                check(statements[statement].actions, owner: owner)
                check(statements[statement].notActions, owner: owner)
            }
        }
    }

    static func problem(_ text: String) -> String? {
        let status = IAMCatalog.shared.resolve(text)
        if case .known = status { return nil }
        if AWSManagedPolicies.namesAction(text) { return nil }
        switch status {
        case .known: return nil
        case .unknownService(let service): return "`\(text)` names no known service `\(service)`"
        case .unknownAction:
            let service = text.split(separator: ":").first.map(String.init) ?? text
            return "`\(text)` matches no \(LeastPrivilegeActions.display(service)) action"
        case .malformed: return "`\(text)` is not a valid action (expected service:Action)"
        }
    }
}
