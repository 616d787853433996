import Foundation
import ArchlintIAMCatalog
import ArchlintModel

/// `kms:Decrypt` or `kms:ReEncryptFrom` allowed on every KMS key by an identity policy
/// (Security Hub KMS.1 for customer managed policies, KMS.2 for inline ones), named or through
/// any wildcard (`kms:Decrypt*`, `kms:*`, `*`), or by a `NotAction` that leaves them out.
/// Every key is `Resource: "*"` or a key ARN whose region or account is a wildcard;
/// `arn:aws:kms:eu-west-1:111122223333:key/*` (the keys of one account in one region) is the
/// narrowing AWS recommends. Statements whose conditions
/// limit the keys or the way they are used are left alone, and so are the actions AWS's own
/// service-role policies grant the role's services on `*` (`ServiceRoleGrants`).
struct LP160DecryptOnAllKeys: Rule {
    static let id = "LP160"
    static let readsPolicyGrants = true

    /// As AWS spells them, and lowercased for lookups.
    static let decryptActionNames = ["kms:Decrypt", "kms:ReEncryptFrom"]
    static let decryptActions = Set(decryptActionNames.map { $0.lowercased() })
    /// Condition keys (lowercased prefixes) that limit which keys a statement reaches, or
    /// through which service or for which caller account they decrypt.
    static let keyScopingConditions = ["kms:viaservice", "kms:calleraccount", "kms:encryptioncontext",
                                       "kms:grantisforawsresource"]

    func check(_ model: Architecture, _ context: inout RuleContext) {
        var granted: [ObjectIdentifier: [IAMActionName]] = [:]
        for document in context.grants.documents where !document.isResourcePolicy {
            context.checked(document.owner)
            for statement in document.statements
            where !statement.conditionsUnknown && !statement.isScopedByConditions && !Self.scopesKeys(statement.statement)
                && Self.reachesEveryKey(statement.statement) {
                if let beyond = Self.allowedThroughNotAction(statement, document), !beyond.isEmpty {
                    context.report("\(Self.kind(of: document)) allows \(beyond.joined(separator: ", ")) on every KMS key (through `NotAction`: every action but those it lists)",
                                   at: statement.statement.actionSite ?? statement.site, on: document.owner)
                }
                for entry in statement.entries {
                    let key = ObjectIdentifier(entry.grant)
                    let names = granted[key] ?? entry.granted.compactMap { action -> IAMActionName? in
                        // Both decrypt actions are KMS's: other services' are not spelled out (`*` grants thousands).
                        guard action.service == "kms" else { return nil }
                        let name = action.fullName.lowercased()
                        return Self.decryptActions.contains(name) ? IAMActionName(full: action.fullName, lowercased: name) : nil
                    }
                    granted[key] = names
                    let beyond = document.grantedByAWS.isEmpty ? names : names.filter { !document.grantedByAWS.contains($0.lowercased) }
                    guard !beyond.isEmpty else { continue }
                    let how = beyond.count == 1 && beyond[0].full.caseInsensitiveCompare(entry.text) == .orderedSame
                        ? "" : " (through `\(entry.text)`)"
                    context.report("\(Self.kind(of: document)) allows \(beyond.map(\.full).joined(separator: ", ")) on every KMS key\(how)",
                                   at: entry.site, on: document.owner)
                }
            }
        }
    }

    static func kind(of document: PolicyGrants.Document) -> String {
        document.owner.type == "AWS::IAM::ManagedPolicy" ? "customer managed policy"
            : document.owner.origin == .policyFile ? "policy" : "inline policy"
    }

    /// An `Allow` with `NotAction` allows every action its entries do not reach: the decrypt
    /// actions no entry names or matches (`kms:*`, `kms:Decrypt*`), as AWS spells them. Nil when
    /// the statement has no `NotAction` or an entry cannot be read offline.
    static func allowedThroughNotAction(_ statement: PolicyGrants.GrantStatement, _ document: PolicyGrants.Document) -> [String]? {
        guard !statement.notActions.isEmpty, statement.entries.isEmpty else { return nil }
        var excluded: Set<String> = []
        for entry in statement.notActions {
            guard case .known(let text, _) = entry else { return nil }
            for action in IAMCatalog.shared.expand(text) { excluded.insert(action.fullName.lowercased()) }
        }
        return decryptActionNames.filter { name in
            let lowered = name.lowercased()
            return !excluded.contains(lowered) && !document.grantedByAWS.contains(lowered)
        }
    }

    struct IAMActionName {
        let full: String
        let lowercased: String
    }

    /// True when a known `Resource` entry is `*`, an ARN of every service's resources, or a KMS
    /// key ARN wildcard that does not fix both the region and the account.
    static func reachesEveryKey(_ statement: Statement) -> Bool {
        guard statement.notResources.isEmpty else { return false }
        for case .known(let written, _) in statement.resources {
            // `${AWS::Region}`-style placeholders hold colons: renamed so the ARN splits into its fields.
            let text = FastText.replacing(written, "${AWS::", with: "${AWS_")
            guard let service = ResourcePattern.everyResourceService(text) else { continue }
            if service == "*" { return true }
            guard service == "kms" else { continue }
            let fields = FastText.fields(text, separator: ":", maxSplits: 5)
            if FastText.contains(fields[3], "*") || FastText.contains(fields[4], "*") { return true }
        }
        return false
    }

    /// A condition that requires (not forbids) a value of a key-scoping KMS condition key.
    static func scopesKeys(_ statement: Statement) -> Bool {
        statement.conditions.contains { condition in
            let key = condition.key.lowercased()
            let op = condition.op.lowercased()
            return !op.contains("not") && !op.hasPrefix("null")
                && keyScopingConditions.contains { key.hasPrefix($0) }
        }
    }
}
