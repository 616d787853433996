import ArchlintModel

/// A trust policy letting an AWS principal of another account assume the role with neither
/// an `sts:ExternalId` nor an organisation condition. The role's own account is read from its
/// ARN when a scanned file gives it; `${AWS::AccountId}` is the deploying account. Without
/// the role's ARN (a template), an account written as a literal counts as another account.
/// Service and federated principals are never flagged.
struct LP112CrossAccountTrust: Rule {
    static let id = "LP112"

    static let guardingConditions = ["sts:ExternalId", "aws:PrincipalOrgID", "aws:PrincipalOrgPaths"]

    func check(_ model: Architecture, _ context: inout RuleContext) {
        for document in model.policies where document.isEffective && document.kind == .trust {
            context.checked(document.owner)
            let ownAccount = LeastPrivilegeARNs.account(of: document.owner)
            for statement in document.statements where statement.isAllow {
                if statement.conditionsUnknown || Self.guardingConditions.contains(where: statement.hasCondition(key:)) { continue }
                for case .known(let principal, let site) in statement.principals where principal.kind == "AWS" {
                    guard case .id(let account)? = LeastPrivilegeARNs.account(ofPrincipal: principal.value),
                          account != ownAccount,
                          !context.options.allowedPrincipals.contains(where: { $0 == account || $0 == principal.value })
                    else { continue }
                    context.report("trusts account \(account) without an sts:ExternalId or organisation condition",
                                   at: site, on: document.owner)
                }
            }
        }
    }
}
