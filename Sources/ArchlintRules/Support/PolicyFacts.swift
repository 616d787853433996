import ArchlintIAMCatalog
import ArchlintModel

/// One entry of a statement's `Action` list: where it is written, and what it grants.
struct ActionEntry: Sendable {
    let text: String
    let site: Site
    let grant: ActionGrant

    var granted: [IAMAction] { grant.granted }
    var isEverything: Bool { grant.isEverything }
    var isServiceWide: Bool { grant.isServiceWide }
    var grantsPassRole: Bool { grant.grantsPassRole }
    var escalating: [IAMAction] { grant.escalating }
    var dataReads: [IAMAction] { grant.dataReads }
    var scopableWrites: [IAMAction] { grant.scopableWrites }
    var service: String { text.split(separator: ":").first.map(String.init) ?? text }
}

/// What an action pattern grants according to the catalog, sorted into the kinds of action
/// the least-privilege rules single out. Worked out once per distinct pattern (the same
/// entries recur across a repository's policies) and shared.
final class ActionGrant: Sendable {
    /// Actions the pattern grants; empty for unknown patterns.
    let granted: [IAMAction]
    let isEverything: Bool
    /// `ecs:*`-style: every action of one service.
    let isServiceWide: Bool
    let grantsPassRole: Bool
    /// Granted actions that escalate privileges (LP105).
    let escalating: [IAMAction]
    /// Granted actions that read a data service's data (LP107).
    let dataReads: [IAMAction]
    /// Granted Write and Permissions management actions that can be scoped to ARNs, data
    /// reads and CloudWatch Logs writes left out (LP106).
    let scopableWrites: [IAMAction]

    private init(_ text: String) {
        let granted = IAMCatalog.shared.expand(text)
        self.granted = granted
        isEverything = text == "*" || text == "*:*"
        if let colon = text.utf8.firstIndex(of: UInt8(ascii: ":")) {
            isServiceWide = text[text.index(after: colon)...] == "*" && !text.utf8[..<colon].contains(UInt8(ascii: "*"))
        } else {
            isServiceWide = false
        }
        grantsPassRole = granted.contains(where: LeastPrivilegeActions.isPassRole)
        escalating = granted.filter(LeastPrivilegeActions.isEscalation)
        let dataReads = granted.filter(LeastPrivilegeActions.isDataRead)
        self.dataReads = dataReads
        scopableWrites = granted.filter { action in
            (action.accessLevel == .write || action.accessLevel == .permissionsManagement)
                && action.supportsResourceLevelPermissions && (dataReads.isEmpty || !LeastPrivilegeActions.isDataRead(action))
                && !LeastPrivilegeActions.isLogWrite(action)
        }
    }

    private static let memo = PatternMemo<ActionGrant>(limit: 8192)

    /// The grant of an action pattern as written (case matters only to the memo).
    static func of(_ text: String) -> ActionGrant {
        memo.value(for: text, ActionGrant.init)
    }
}

extension Statement {
    /// Known action entries with no unresolved `${...}` part.
    var actionEntries: [ActionEntry] {
        actions.compactMap { fact in
            guard case .known(let text, let site) = fact, !FastText.contains(text, "${") else { return nil }
            return ActionEntry(text: text, site: site, grant: ActionGrant.of(text))
        }
    }

    /// True when `Resource` contains a known `*`, or an ARN meaning every resource of its kind
    /// (`arn:aws:s3:::*`), and there is no `NotResource`.
    var onAllResources: Bool { !allResourceServices.isEmpty }

    /// The services whose every resource `Resource` reaches, lowercased: `*` for a bare `*`,
    /// `s3` for `arn:aws:s3:::*`. Empty with `NotResource` (LP108's).
    var allResourceServices: Set<String> {
        guard notResources.isEmpty else { return [] }
        var services: Set<String> = []
        for case .known(let text, _) in resources {
            if let service = ResourcePattern.everyResourceService(text) { services.insert(service.lowercased()) }
        }
        return services
    }

    /// True when every `Resource` entry is known and names resources: written out, or a
    /// resource of the template (`!GetAtt Bucket.Arn`), and none means every resource.
    var onScopedResources: Bool {
        notResources.isEmpty && !resources.isEmpty
            && resources.allSatisfy { fact in
                guard let text = fact.value else { return false }
                return !ResourcePattern.isEveryResource(text)
                    && (TextChecks.hasLiteralText(text) || ResourcePattern.namesTemplateResource(text))
            }
    }

    func hasCondition(key: String) -> Bool {
        conditions.contains { FastText.equalIgnoringCase($0.key, key) }
    }
}

extension PolicyDocument {
    /// Documents whose grants least-privilege rules judge: effective, written by the user
    /// (AWS managed policies are judged by name when attached, and so are files holding one's
    /// text, which `PolicyGrants` leaves out), and not trust policies. A
    /// policy file naming principals for no known resource (a VPC endpoint policy, AWS's
    /// default of which allows `*` on `*`) is left out: its `*` is the resource it is attached to.
    var isJudgedForGrants: Bool {
        guard isEffective, !isAWSManaged else { return false }
        switch kind {
        case .identity: return true
        case .trust: return false
        case .resource(let target): return target != .kmsKey && target != .other
        }
    }

    /// The AWS managed policy whose text this document is, when it was read from a file of its
    /// own that names no policy (a bare policy file, or `get-policy-version` output) and its
    /// action entries are, allowing for drift between versions, that policy's
    /// (`AWSManagedPolicies.match`). Such a document is judged as that policy, by name
    /// (LP109, LP110), not statement by statement. Matched once per run: `PolicyGrants.awsManagedCopies`.
    var awsManagedCopy: AWSManagedPolicies.Fingerprint? {
        guard isEffective, !isAWSManaged, !hasUnknownStatements, kind == .identity,
              owner.origin == .policyFile || (owner.type == "AWS::IAM::ManagedPolicy"
                  && LeastPrivilegeARNs.fileStem(owner.file) == owner.name && name == owner.name) else { return nil }
        // Most policy files are far smaller than any fingerprinted policy: no tokens built for them.
        guard statements.reduce(0, { $0 + $1.actions.count + $1.notActions.count }) >= AWSManagedPolicies.minimumTokens
        else { return nil }
        var tokens: Set<String> = []
        for statement in statements {
            for case .known(let text, _) in statement.actions {
                tokens.insert(AWSManagedPolicies.token(allow: statement.isAllow, notAction: false, pattern: text))
            }
            for case .known(let text, _) in statement.notActions {
                tokens.insert(AWSManagedPolicies.token(allow: statement.isAllow, notAction: true, pattern: text))
            }
        }
        return AWSManagedPolicies.match(tokens: tokens)
    }

    /// Allow statements of a judged document.
    var judgedAllowStatements: [Statement] {
        isJudgedForGrants ? statements.filter(\.isAllow) : []
    }
}

enum TextChecks {
    /// True when some of the text is written out, not only `${...}` placeholders.
    static func hasLiteralText(_ text: String) -> Bool {
        let bytes = text.utf8
        var rest = bytes.startIndex
        while rest != bytes.endIndex {
            // Text before the next `${`, or no `${` left: literal text.
            guard bytes[rest] == UInt8(ascii: "$"), bytes.index(after: rest) != bytes.endIndex,
                  bytes[bytes.index(after: rest)] == UInt8(ascii: "{") else { return true }
            guard let close = bytes[rest...].firstIndex(of: UInt8(ascii: "}")) else { return true }
            rest = bytes.index(after: close)
        }
        return false
    }
}
