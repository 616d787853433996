import ArchlintModel

/// A role with an AWS managed `*FullAccess` policy other than the administrator-level ones
/// (LP109's): every action of a service on every resource.
struct LP110FullAccessManagedPolicy: Rule {
    static let id = "LP110"

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
        for policy in LeastPrivilegeARNs.awsManagedPolicyFiles(model) {
            context.checked(policy.owner)
            guard policy.name.hasSuffix("FullAccess"), LP109AdminManagedPolicy.policies[policy.name] == nil else { continue }
            context.report("AWS managed policy \(policy.name), read from its own file, grants full access to its service on every resource",
                           at: policy.site, on: policy.owner)
        }
    }
}
