import ArchlintModel

/// A role with one of the AWS managed policies that amount to administrator access.
struct LP109AdminManagedPolicy: Rule {
    static let id = "LP109"
    static let readsPolicyGrants = true

    /// Policy name → what it grants.
    static let policies: [String: String] = [
        "AdministratorAccess": "every action on every resource",
        "PowerUserAccess": "every action except most of IAM and Organizations",
        "IAMFullAccess": "full control of IAM, enough to make any principal an administrator",
    ]

    func check(_ model: Architecture, _ context: inout RuleContext) {
        for role in model.roles.all where !role.isServiceLinked {
            context.checked(role.resource)
            for case .known(let arn, let site) in role.managedPolicies {
                guard let name = LeastPrivilegeARNs.awsManagedPolicyName(arn), let grant = Self.policies[name] else { continue }
                context.report("AWS managed policy \(name) grants \(grant)", at: site, on: role.resource)
            }
        }
        for file in LeastPrivilegeARNs.awsManagedPolicyFiles(model, copies: context.grants.awsManagedCopies) {
            context.checked(file.document.owner)
            guard let grant = Self.policies[file.name] else { continue }
            context.report("AWS managed policy \(file.name), \(file.howRead), grants \(grant)",
                           at: file.document.site, on: file.document.owner)
        }
    }
}
