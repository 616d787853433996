import ArchlintModel

/// IAM roles and policies as CloudFormation declares them.
enum IAMResources {
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
    static func principalPolicies(_ properties: Cursor, info: ResourceInfo) -> [PolicyDocument] {
        (properties.child("Policies")?.items ?? []).compactMap { entry in
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
        policy.roles = properties.child("Roles")?.references ?? []
        return policy
    }
}
