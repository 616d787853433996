import ArchlintModel

/// IAM roles, users, groups and policies as CloudFormation declares them. What the IAM API
/// describes (`get-role`, `get-account-authorization-details`, ...) is read in `IAMDescribed.swift`:
/// its lists and URL-encoded documents differ from CloudFormation's properties.
enum IAM {
    static let roleType = "AWS::IAM::Role"

    static let mappers = [
        ResourceMapper(roleType, into: \.roles, read: role),
        ResourceMapper("AWS::IAM::User", map: principalPolicies),
        ResourceMapper("AWS::IAM::Group", map: principalPolicies),
        ResourceMapper("AWS::IAM::Policy", into: \.managedPolicies, read: policy),
        ResourceMapper("AWS::IAM::ManagedPolicy", into: \.managedPolicies, read: policy),
        // One inline policy of one role, user or group (the newer types beside `Policies`).
        ResourceMapper("AWS::IAM::RolePolicy", into: \.managedPolicies, read: policy),
        ResourceMapper("AWS::IAM::UserPolicy", into: \.managedPolicies, read: policy),
        ResourceMapper("AWS::IAM::GroupPolicy", into: \.managedPolicies, read: policy),
    ]

    static func role(_ properties: Cursor, info: ResourceInfo) -> Role {
        var role = Role(resource: info)
        role.roleName = properties.child("RoleName")?.string ?? .absent
        if let name = role.roleName.value { role.resource.keys.append(name) }
        role.path = properties.child("Path")?.string.value
        if let trust = properties.child("AssumeRolePolicyDocument") {
            role.trustPolicy = PolicyMapper.document(trust, owner: role.resource, name: "AssumeRolePolicyDocument", kind: .trust)
        }
        for entry in properties.child("Policies")?.items ?? [] {
            guard let document = entry.child("PolicyDocument") else { continue }
            let name = entry.child("PolicyName")?.string.value ?? "inline"
            role.inlinePolicies.append(PolicyMapper.document(document, owner: role.resource, name: name, kind: .identity))
        }
        role.managedPolicies = properties.child("ManagedPolicyArns")?.strings ?? []
        return role
    }

    /// Inline policies of an IAM user or group.
    static func principalPolicies(_ properties: Cursor, info: ResourceInfo, model: inout ModelBuilder) {
        model.fragment.policyDocuments += (properties.child("Policies")?.items ?? []).compactMap { entry in
            guard let document = entry.child("PolicyDocument") else { return nil }
            let name = entry.child("PolicyName")?.string.value ?? "inline"
            return PolicyMapper.document(document, owner: info, name: name, kind: .identity)
        }
    }

    static func policy(_ properties: Cursor, info: ResourceInfo) -> ManagedPolicy {
        var policy = ManagedPolicy(resource: info)
        let name = properties.child("PolicyName")?.string.value ?? properties.child("ManagedPolicyName")?.string.value ?? info.name
        if let document = properties.child("PolicyDocument") {
            policy.document = PolicyMapper.document(document, owner: info, name: name, kind: .identity)
        }
        policy.roles = properties.child("Roles")?.references ?? properties.child("RoleName").map { [$0.reference] } ?? []
        return policy
    }
}
