import ArchlintModel

/// `Allow` to `Principal: "*"` or `{"AWS": "*"}` with no restricting condition, in any
/// document that names principals: trust policies, bucket, key, queue and topic policies.
/// `Deny` statements are never flagged (a `Deny` to `*` is how TLS-only access is enforced).
/// A policy file attached to nothing archlint knows, whose path names a VPC endpoint
/// (`endpoint`, `vpce`), is an endpoint policy: there `Principal: "*"` is the norm (AWS's
/// default endpoint policy allows `*` to `*`), as the endpoint already limits who reaches it.
struct LP111PublicPrincipal: Rule {
    static let id = "LP111"

    /// Condition keys that do not narrow who is allowed: TLS-only still admits anyone.
    static let nonRestricting: Set<String> = ["aws:securetransport"]

    func check(_ model: Architecture, _ context: inout RuleContext) {
        for document in model.policies where document.isEffective && !Self.isEndpointPolicyFile(document) {
            context.checked(document.owner)
            for statement in document.statements where statement.isAllow && !Self.isRestricted(statement) {
                for case .known(let principal, let site) in statement.principals
                where principal.isWildcard && (principal.kind == "*" || principal.kind == "AWS") {
                    let written = principal.kind == "*" ? "`*`" : "`{AWS: *}`"
                    context.report("statement allows any principal (\(written)) with no restricting condition",
                                   at: site, on: document.owner)
                }
            }
        }
    }

    static func isEndpointPolicyFile(_ document: PolicyDocument) -> Bool {
        guard document.kind == .resource(.other), document.owner.origin == .policyFile else { return false }
        let path = document.owner.file.lowercased()
        return path.contains("endpoint") || path.contains("vpce")
    }

    static func isRestricted(_ statement: Statement) -> Bool {
        statement.conditionsUnknown || statement.conditions.contains { !nonRestricting.contains($0.key.lowercased()) }
    }
}
