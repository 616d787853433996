import ArchlintModel

/// A role with an AWS managed `*FullAccess` policy other than the administrator-level ones
/// (LP109's): every action of a service on every resource.
struct LP110FullAccessManagedPolicy: Rule {
    static let id = "LP110"
    static let readsPolicyGrants = true

    func check(_ model: Architecture, _ context: inout RuleContext) {
        for role in model.roles.all where !role.isServiceLinked {
            context.checked(role.resource)
            for case .known(let arn, let site) in role.managedPolicies {
                guard let name = LeastPrivilegeARNs.awsManagedPolicyName(arn), name.hasSuffix("FullAccess"),
                      LP109AdminManagedPolicy.policies[name] == nil else { continue }
                context.report("AWS managed policy \(name) grants full access to its service on every resource",
                               at: site, on: role.resource)
            }
        }
        for file in LeastPrivilegeARNs.awsManagedPolicyFiles(model, copies: context.grants.awsManagedCopies) {
            context.checked(file.document.owner)
            guard file.name.hasSuffix("FullAccess"), LP109AdminManagedPolicy.policies[file.name] == nil else { continue }
            context.report("AWS managed policy \(file.name), \(file.howRead), grants full access to its service on every resource",
                           at: file.document.site, on: file.document.owner)
        }
    }
}
