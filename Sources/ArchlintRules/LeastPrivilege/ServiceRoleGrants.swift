import ArchlintIAMCatalog
import ArchlintModel

/// What AWS's own service-role policies grant on `Resource: "*"` to the services that assume
/// a role (`ServiceRoleGrantsData.swift`, generated from `scripts/data/service-role-policies.json`).
/// A policy of a role that only services may assume, granting no more than AWS grants those
/// services, copies AWS's recommended policy: LP104–LP107 leave those actions alone.
enum ServiceRoleGrants {
    /// Service principal → lowercased full names of the actions AWS grants it on `*`.
    static let actions: [String: Set<String>] = data.mapValues { patterns in
        Set(patterns.flatMap { IAMCatalog.shared.expand($0).map { $0.fullName.lowercased() } })
    }

    /// The actions AWS grants every one of `services` on `*`; nil when one is not listed.
    static func granted(toEvery services: Set<String>) -> Set<String>? {
        var result: Set<String>?
        for service in services {
            guard let granted = actions[normalized(service)] else { return nil }
            result = result.map { $0.intersection(granted) } ?? granted
        }
        return result
    }

    /// `ecs.${AWS::URLSuffix}` and the China partition's `.com.cn` name the same service.
    static func normalized(_ principal: String) -> String {
        var text = FastText.replacing(principal, "${AWS::URLSuffix}", with: "amazonaws.com").lowercased()
        if text.hasSuffix(".amazonaws.com.cn") { text.removeLast(3) }
        return text
    }

    /// The services a role's trust policy admits, when it admits nothing else: every `Allow`
    /// principal known and of kind `Service`. Nil otherwise.
    static func trustedServices(of role: Role) -> Set<String>? {
        guard let trust = role.trustPolicy, !trust.hasUnknownStatements else { return nil }
        var services: Set<String> = []
        for statement in trust.statements where statement.isAllow {
            guard statement.notPrincipals.isEmpty else { return nil }
            for principal in statement.principals {
                guard case .known(let value, _) = principal, value.kind == "Service" else { return nil }
                services.insert(value.value)
            }
        }
        return services.isEmpty ? nil : services
    }

    /// What the roles a document applies to admit: only these services, and what AWS grants
    /// every one of them on `*`.
    struct Trust: Sendable {
        /// Service prefixes of the principals (`application-autoscaling` for
        /// `application-autoscaling.amazonaws.com`).
        let services: Set<String>
        /// Lowercased actions AWS grants every one of them on `*` (empty when one is not listed).
        let granted: Set<String>

        func merged(with other: Trust) -> Trust {
            Trust(services: services.union(other.services), granted: granted.intersection(other.granted))
        }
    }

    /// Owner of each judged document that applies only to roles services alone assume → their
    /// `Trust`: a role's own inline policies, and a policy attached (through its `Roles`) only
    /// to such roles.
    static func byOwner(_ model: Architecture) -> [ResourceInfo: Trust] {
        var result: [ResourceInfo: Trust] = [:]
        // Worked out once per set of services: most roles trust the same few (`ecs-tasks`,
        // `lambda`), and each set costs a walk of the service-role policies.
        var known: [Set<String>: Trust] = [:]
        for role in model.roles.all {
            guard let services = trustedServices(of: role) else { continue }
            if let trust = known[services] {
                result[role.resource] = trust
                continue
            }
            let prefixes = Set(services.map { normalized($0).split(separator: ".").first.map(String.init) ?? "" })
            let trust = Trust(services: prefixes, granted: granted(toEvery: services) ?? [])
            known[services] = trust
            result[role.resource] = trust
        }
        for policy in model.managedPolicies.all where !policy.roles.isEmpty {
            var trust: Trust?
            for reference in policy.roles {
                guard let role = model.roles.resolve(reference), let own = result[role.resource] else {
                    trust = nil
                    break
                }
                trust = trust.map { $0.merged(with: own) } ?? own
            }
            if let trust { result[policy.resource] = trust }
        }
        return result
    }
}
