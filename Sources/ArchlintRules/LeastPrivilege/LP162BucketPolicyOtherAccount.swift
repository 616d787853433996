import ArchlintModel

/// A bucket policy that allows an AWS principal of another account to change who may reach
/// the bucket or how it is encrypted (Security Hub S3.6): `s3:DeleteBucketPolicy`,
/// `s3:PutBucketAcl`, `s3:PutBucketPolicy`, `s3:PutEncryptionConfiguration`,
/// `s3:PutObjectAcl`, named or through any wildcard. Another account is a 12-digit account ID
/// or an IAM/STS ARN with one, other than the bucket's own account (read from its ARN in a
/// scanned file; in a template, `${AWS::AccountId}`); `*` is the public-principal rules'
/// finding, and an account written with a placeholder cannot be known.
struct LP162BucketPolicyOtherAccount: Rule {
    static let id = "LP162"

    static let sensitive: Set<String> = ["s3:deletebucketpolicy", "s3:putbucketacl", "s3:putbucketpolicy",
                                         "s3:putencryptionconfiguration", "s3:putobjectacl"]

    func check(_ model: Architecture, _ context: inout RuleContext) {
        var memo: [ObjectIdentifier: [String]] = [:]
        for document in model.policies where document.isEffective && document.kind == .resource(.bucket) {
            context.checked(document.owner)
            let ownAccount = LeastPrivilegeARNs.account(of: document.owner)
            for statement in document.statements where statement.isAllow && !statement.conditionsUnknown {
                var accounts: [String] = []
                // Parameters whose defaults named an account: the finding is at the action, so it says so.
                var defaults: [String] = []
                for case .known(let principal, let site) in statement.principals where principal.kind == "AWS" {
                    guard case .id(let account)? = LeastPrivilegeARNs.account(ofPrincipal: principal.value),
                          account != ownAccount, !accounts.contains(account),
                          !context.options.allowedPrincipals.contains(where: { $0 == account || $0 == principal.value })
                    else { continue }
                    accounts.append(account)
                    for name in model.defaultedValues.parameters(at: site) ?? [] where !defaults.contains(name) {
                        defaults.append(name)
                    }
                }
                guard !accounts.isEmpty else { continue }
                let to = (accounts.count == 1 ? "account " : "accounts ") + accounts.joined(separator: ", ")
                    + (defaults.isEmpty ? "" : DefaultedValues.note(defaults))
                for entry in statement.actionEntries {
                    let key = ObjectIdentifier(entry.grant)
                    // Every sensitive action is S3's: other services' are not spelled out (`*` grants thousands).
                    let actions = memo[key] ?? entry.granted.filter { $0.service == "s3" }.map(\.fullName)
                        .filter { Self.sensitive.contains($0.lowercased()) }
                    memo[key] = actions
                    guard !actions.isEmpty else { continue }
                    let how = actions.count == 1 && FastText.equalIgnoringCase(actions[0], entry.text) ? "" : " (through `\(entry.text)`)"
                    context.report("bucket policy allows \(actions.joined(separator: ", "))\(how) to \(to)",
                                   at: entry.site, on: document.owner)
                }
            }
        }
    }
}
