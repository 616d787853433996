import ArchlintModel

/// `Allow` of a service-wide wildcard (`ecs:*`, `s3:*`) on `Resource: "*"`. A role only a
/// service assumes may hold that service's own actions (`application-autoscaling:*` for
/// Application Auto Scaling): they act on nothing the service could not reach itself. So may a
/// wildcard of a service all of whose actions AWS's own service-role policies grant the role's
/// services on `*` (`ec2messages:*` on an instance role, as AmazonSSMManagedInstanceCore grants).
struct LP102ServiceWildcardAllResources: Rule {
    static let id = "LP102"
    static let readsPolicyGrants = true

    func check(_ model: Architecture, _ context: inout RuleContext) {
        for document in context.grants.documents {
            context.checked(document.owner)
            for statement in document.statements where statement.onAllResources {
                for entry in statement.entries where entry.isServiceWide && !entry.granted.isEmpty && statement.reachesEveryResource(of: entry)
                    && !(document.trustedServices.count == 1 && document.trustedServices.contains(entry.service.lowercased()))
                    && !document.beyondAWSGrants(entry.granted).isEmpty {
                    context.report("`\(entry.text)` allows every \(LeastPrivilegeActions.display(entry.service)) action on every resource",
                                   at: entry.site, on: document.owner)
                }
            }
        }
    }
}
