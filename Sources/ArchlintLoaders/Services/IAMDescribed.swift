import ArchlintModel

/// IAM as the AWS CLI prints it: a bare policy document, `get-role`, `get-role-policy`,
/// `get-policy-version` and `get-account-authorization-details` (a whole account's IAM).
/// Policy documents may come URL-encoded.
extension IAM {
    /// A policy file on its own. A document whose statements name principals and allow
    /// `sts:AssumeRole*` is a trust policy; other documents with principals are resource policies.
    static func bareDocument(_ top: Cursor, into model: inout ModelBuilder) {
        let name = top.file.split(separator: "/").last.map(String.init) ?? top.file
        let owner = ResourceInfo(name: name, type: "AWS::IAM::Policy", site: top.site, origin: .policyFile)
        let draft = PolicyMapper.document(top, owner: owner, name: name, kind: .identity)
        let withPrincipal = draft.statements.filter { !$0.principals.isEmpty || !$0.notPrincipals.isEmpty }
        guard !withPrincipal.isEmpty else {
            model.fragment.policyDocuments.append(draft)
            return
        }
        let assumes = withPrincipal.allSatisfy { statement in
            statement.actions.contains { $0.value?.lowercased().hasPrefix("sts:assumerole") ?? false }
        }
        var document = draft
        document.kind = assumes ? .trust : .resource(.other)
        model.fragment.policyDocuments.append(document)
    }

    /// `get-role-policy`: one inline policy of a role.
    static func rolePolicy(_ top: Cursor, into model: inout ModelBuilder) {
        guard let document = top.child("PolicyDocument") else { return }
        let roleName = top.child("RoleName")?.string.value ?? "role"
        let owner = ResourceInfo(name: roleName, type: roleType, site: top.site, origin: .cli)
        let name = top.child("PolicyName")?.string.value ?? "inline"
        if let body = PolicyMapper.embeddedDocument(document) {
            model.fragment.policyDocuments.append(PolicyMapper.document(body, owner: owner, name: name, kind: .identity))
        }
    }

    /// `get-policy-version`: a managed policy's document, in effect when it is the default version.
    /// The output names no policy: the file does (`AmazonECSTaskExecutionRolePolicy.json`, not
    /// `v1`), and a path naming `arn:aws:iam::aws:policy` or `aws-managed` marks AWS's own.
    static func policyVersion(_ version: Cursor, into model: inout ModelBuilder) {
        guard let document = version.child("Document") else { return }
        let owner = ResourceInfo(name: fileStem(version.file), type: "AWS::IAM::ManagedPolicy", site: version.site, origin: .cli)
        let effective = version.child("IsDefaultVersion")?.bool.value ?? true
        if let body = PolicyMapper.embeddedDocument(document) {
            model.fragment.policyDocuments.append(PolicyMapper.document(body, owner: owner, name: owner.name, kind: .identity,
                                                                        isEffective: effective,
                                                                        isAWSManaged: namesAWSManagedPolicy(version.file)))
        }
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

    /// A role as `get-role` and `get-account-authorization-details` describe it.
    static let describedRoles = ResourceMapper(roleType, into: \.roles, named: "RoleName", fallback: "role", keys: ["Arn"],
                                               read: describedRole)

    static func describedRole(_ body: Cursor, info: ResourceInfo) -> Role {
        var role = Role(resource: info)
        role.roleName = body.child("RoleName")?.string ?? .absent
        role.arn = body.child("Arn")?.string.value
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

    static func accountDetails(_ top: Cursor, into model: inout ModelBuilder) {
        for role in top.child("RoleDetailList")?.items ?? [] where role.isMapping {
            describedRoles.described(role, into: &model)
        }
        for (listKey, nameKey, type) in [("UserDetailList", "UserName", "AWS::IAM::User"), ("GroupDetailList", "GroupName", "AWS::IAM::Group")] {
            for principal in top.child(listKey)?.items ?? [] where principal.isMapping {
                let name = principal.child(nameKey)?.string.value ?? type
                let owner = ResourceInfo(name: name, type: type, site: principal.site, origin: .cli)
                model.fragment.keep(principal, as: owner)
                let listName = listKey == "UserDetailList" ? "UserPolicyList" : "GroupPolicyList"
                for entry in principal.child(listName)?.items ?? [] {
                    guard let document = entry.child("PolicyDocument").flatMap(PolicyMapper.embeddedDocument) else { continue }
                    let policyName = entry.child("PolicyName")?.string.value ?? "inline"
                    model.fragment.policyDocuments.append(PolicyMapper.document(document, owner: owner, name: policyName, kind: .identity))
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
            model.fragment.managedPolicies.append(managed)
        }
    }
}
