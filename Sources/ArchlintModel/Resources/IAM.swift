/// What kind of document a policy is: it changes what `Resource: "*"` means.
public enum PolicyKind: Sendable, Hashable {
    /// Attached to a role, user or group (or a standalone identity policy file).
    case identity
    /// A role's trust policy (`AssumeRolePolicyDocument`).
    case trust
    /// A resource policy; in a KMS key policy `Resource: "*"` means the key itself.
    case resource(ResourcePolicyTarget)
}

public enum ResourcePolicyTarget: String, Sendable, Hashable {
    case bucket, kmsKey, repository, secret, queue, topic, other
}

public enum Effect: String, Sendable, Hashable {
    case allow = "Allow"
    case deny = "Deny"
}

public struct Principal: Sendable, Hashable {
    /// `AWS`, `Service`, `Federated`, `CanonicalUser`, or `*` for the bare wildcard.
    public var kind: String
    public var value: String
    public init(kind: String, value: String) {
        self.kind = kind
        self.value = value
    }
    public var isWildcard: Bool { value == "*" }
}

public struct Condition: Sendable, Hashable {
    public var op: String
    public var key: String
    public var values: [Fact<String>]
    public var site: Site
    public init(op: String, key: String, values: [Fact<String>], site: Site) {
        self.op = op
        self.key = key
        self.values = values
        self.site = site
    }
}

public struct Statement: Sendable, Hashable {
    public var site: Site
    public var sid: String?
    public var effect: Fact<Effect>
    /// `Action` entries; an entry that is an unresolved intrinsic is `.unknown`.
    public var actions: [Fact<String>]
    public var notActions: [Fact<String>]
    public var resources: [Fact<String>]
    public var notResources: [Fact<String>]
    public var principals: [Fact<Principal>]
    public var notPrincipals: [Fact<Principal>]
    public var conditions: [Condition]
    /// True when the `Condition` block exists but could not be read (an intrinsic).
    public var conditionsUnknown: Bool
    /// Site of the `Action`/`NotAction` key, `Resource` key, `Principal` key.
    public var actionSite: Site?
    public var resourceSite: Site?
    public var principalSite: Site?

    public init(site: Site) {
        self.site = site
        self.effect = .absent
        self.actions = []
        self.notActions = []
        self.resources = []
        self.notResources = []
        self.principals = []
        self.notPrincipals = []
        self.conditions = []
        self.conditionsUnknown = false
    }

    public var isAllow: Bool { effect.value == .allow }
    public var hasConditions: Bool { !conditions.isEmpty || conditionsUnknown }

    /// True when `Resource` lists a known `*`.
    public var appliesToAllResources: Bool {
        resources.contains { $0.value == "*" }
    }
}

public struct PolicyDocument: Sendable, Hashable {
    /// The resource the finding is reported against (role, policy, bucket, key, file).
    public var owner: ResourceInfo
    public var name: String
    public var kind: PolicyKind
    public var site: Site
    public var statements: [Statement]
    /// False for a non-default version of a managed policy: it grants nothing.
    public var isEffective: Bool
    /// Set for AWS managed policies (`arn:aws:iam::aws:policy/...`).
    public var isAWSManaged: Bool
    /// True when `Statement`, or one of its entries, is an intrinsic that could not be read:
    /// `statements` is then not the whole document.
    public var hasUnknownStatements = false

    public init(owner: ResourceInfo, name: String, kind: PolicyKind, site: Site, statements: [Statement],
                isEffective: Bool = true, isAWSManaged: Bool = false) {
        self.owner = owner
        self.name = name
        self.kind = kind
        self.site = site
        self.statements = statements
        self.isEffective = isEffective
        self.isAWSManaged = isAWSManaged
    }
}

public struct Role: ModelEntity, Hashable {
    public var resource: ResourceInfo
    public var roleName: Fact<String>
    public var arn: String?
    public var path: String?
    public var trustPolicy: PolicyDocument?
    public var inlinePolicies: [PolicyDocument]
    /// Managed policy ARNs attached, each at its site.
    public var managedPolicies: [Fact<String>]

    public init(resource: ResourceInfo) {
        self.resource = resource
        self.roleName = .absent
        self.inlinePolicies = []
        self.managedPolicies = []
    }

    public var isServiceLinked: Bool { path?.hasPrefix("/aws-service-role/") ?? false }
}

/// A policy that exists on its own: a managed policy, an `AWS::IAM::Policy`, a policy file.
public struct ManagedPolicy: ModelEntity, Hashable {
    public var resource: ResourceInfo
    public var arn: String?
    public var document: PolicyDocument?
    /// Roles it is attached to (CloudFormation `Roles`, or from the account details).
    public var roles: [Fact<Reference>]

    public init(resource: ResourceInfo, arn: String? = nil, document: PolicyDocument? = nil, roles: [Fact<Reference>] = []) {
        self.resource = resource
        self.arn = arn
        self.document = document
        self.roles = roles
    }
}
