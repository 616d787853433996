import ArchlintModel

/// IAM in its CLI shapes: a bare policy document, `get-role`, `get-role-policy`,
/// `get-policy-version` and `get-account-authorization-details` (a whole account's IAM).
enum IAMShapes {
    /// Loads the document if it is one of the IAM shapes; false otherwise.
    static func load(_ top: Cursor, into fragment: inout ModelFragment) -> Bool {
        let keys = top.keySet
        if keys.contains("Statement") && (keys.contains("Version") || keys.contains("Id") || hasPolicyStatements(top)) {
            fragment.policyDocuments.append(bareDocument(top))
        } else if keys.contains("RoleName"), keys.contains("PolicyName"), let document = top.child("PolicyDocument") {
            let roleName = top.child("RoleName")?.string.value ?? "role"
            let owner = ResourceInfo(name: roleName, type: "AWS::IAM::Role", site: top.site, origin: .cli)
            let name = top.child("PolicyName")?.string.value ?? "inline"
            if let body = PolicyMapper.embeddedDocument(document) {
                fragment.policyDocuments.append(PolicyMapper.document(body, owner: owner, name: name, kind: .identity))
            }
        } else if let version = top.child("PolicyVersion"), let document = version.child("Document") {
            // The output names no policy: the file does (`AmazonECSTaskExecutionRolePolicy.json`),
            // and a path naming `arn:aws:iam::aws:policy` or `aws-managed` marks AWS's own.
            let owner = ResourceInfo(name: fileStem(top.file), type: "AWS::IAM::ManagedPolicy", site: version.site, origin: .cli)
            let effective = version.child("IsDefaultVersion")?.bool.value ?? true
            if let body = PolicyMapper.embeddedDocument(document) {
                fragment.policyDocuments.append(PolicyMapper.document(body, owner: owner, name: owner.name, kind: .identity,
                                                                      isEffective: effective,
                                                                      isAWSManaged: namesAWSManagedPolicy(top.file)))
            }
        } else if let role = top.child("Role"), role.has("RoleName") {
            fragment.roles.append(fragment.described(role, self.role))
        } else if keys.contains("RoleDetailList") || keys.contains("UserDetailList") || keys.contains("Policies") && keys.contains("GroupDetailList") {
            accountDetails(top, into: &fragment)
        } else {
            return false
        }
        return true
    }

    /// `Statement` entries that are all IAM statements (an `Effect`): a resource policy without
    /// `Version` is one, AWS then reads it in the 2008-10-17 language.
    static func hasPolicyStatements(_ top: Cursor) -> Bool {
        guard let statements = top.child("Statement") else { return false }
        let items = statements.items
        return !items.isEmpty && items.allSatisfy { $0.isMapping && $0.has("Effect") }
    }

    /// The file name without its folder and its last extension.
    static func fileStem(_ file: String) -> String {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    static func namesAWSManagedPolicy(_ file: String) -> Bool {
        let lower = file.lowercased()
        return lower.contains("aws-managed") || lower.contains("arn:aws:iam::aws:policy")
    }

    /// A policy file on its own. A document whose statements name principals and allow
    /// `sts:AssumeRole*` is a trust policy; other documents with principals are resource policies.
    static func bareDocument(_ top: Cursor) -> PolicyDocument {
        let name = top.file.split(separator: "/").last.map(String.init) ?? top.file
        let owner = ResourceInfo(name: name, type: "AWS::IAM::Policy", site: top.site, origin: .policyFile)
        let draft = PolicyMapper.document(top, owner: owner, name: name, kind: .identity)
        let withPrincipal = draft.statements.filter { !$0.principals.isEmpty || !$0.notPrincipals.isEmpty }
        guard !withPrincipal.isEmpty else { return draft }
        let assumes = withPrincipal.allSatisfy { statement in
            statement.actions.contains { $0.value?.lowercased().hasPrefix("sts:assumerole") ?? false }
        }
        var document = draft
        document.kind = assumes ? .trust : .resource(.other)
        return document
    }

    static func role(_ body: Cursor) -> Role {
        let name = body.child("RoleName")?.string.value ?? "role"
        var keys = [name]
        let arn = body.child("Arn")?.string.value
        if let arn { keys.append(arn) }
        var role = Role(resource: ResourceInfo(name: name, type: "AWS::IAM::Role", site: body.site, origin: .cli, keys: keys))
        role.roleName = body.child("RoleName")?.string ?? .absent
        role.arn = arn
        role.path = body.child("Path")?.string.value
        if let trust = body.child("AssumeRolePolicyDocument").flatMap(PolicyMapper.embeddedDocument) {
            role.trustPolicy = PolicyMapper.document(trust, owner: role.resource, name: "AssumeRolePolicyDocument", kind: .trust)
        }
        for entry in body.child("RolePolicyList")?.items ?? [] {
            guard let document = entry.child("PolicyDocument").flatMap(PolicyMapper.embeddedDocument) else { continue }
            let policyName = entry.child("PolicyName")?.string.value ?? "inline"
            role.inlinePolicies.append(PolicyMapper.document(document, owner: role.resource, name: policyName, kind: .identity))
        }
        role.managedPolicies = (body.child("AttachedManagedPolicies")?.items ?? []).compactMap { $0.child("PolicyArn")?.string }
        return role
    }

    static func accountDetails(_ top: Cursor, into fragment: inout ModelFragment) {
        fragment.roles += fragment.described(top.child("RoleDetailList")?.items ?? [], role)
        for (listKey, nameKey, type) in [("UserDetailList", "UserName", "AWS::IAM::User"), ("GroupDetailList", "GroupName", "AWS::IAM::Group")] {
            for principal in top.child(listKey)?.items ?? [] where principal.isMapping {
                let name = principal.child(nameKey)?.string.value ?? type
                let owner = ResourceInfo(name: name, type: type, site: principal.site, origin: .cli)
                let listName = listKey == "UserDetailList" ? "UserPolicyList" : "GroupPolicyList"
                for entry in principal.child(listName)?.items ?? [] {
                    guard let document = entry.child("PolicyDocument").flatMap(PolicyMapper.embeddedDocument) else { continue }
                    let policyName = entry.child("PolicyName")?.string.value ?? "inline"
                    fragment.policyDocuments.append(PolicyMapper.document(document, owner: owner, name: policyName, kind: .identity))
                }
            }
        }
        for policy in top.child("Policies")?.items ?? [] where policy.isMapping {
            let name = policy.child("PolicyName")?.string.value ?? "policy"
            let arn = policy.child("Arn")?.string.value
            let info = ResourceInfo(name: name, type: "AWS::IAM::ManagedPolicy", site: policy.site, origin: .cli,
                                    keys: [name] + (arn.map { [$0] } ?? []))
            let awsManaged = arn?.hasPrefix("arn:aws:iam::aws:policy/") ?? false
            var managed = ManagedPolicy(resource: info, arn: arn)
            for version in policy.child("PolicyVersionList")?.items ?? [] {
                guard version.child("IsDefaultVersion")?.bool.value == true,
                      let document = version.child("Document").flatMap(PolicyMapper.embeddedDocument) else { continue }
                managed.document = PolicyMapper.document(document, owner: info, name: name, kind: .identity, isAWSManaged: awsManaged)
            }
            fragment.managedPolicies.append(managed)
        }
    }
}
