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

    /// True when `Resource` lists a known `*`, or an ARN that means every resource of its
    /// kind (`arn:aws:s3:::*`, `arn:aws:iam::*:role/*`; of that service's actions only).
    public var appliesToAllResources: Bool {
        resources.contains { $0.value.map(ResourcePattern.isEveryResource) ?? false }
    }
}

/// Reading a `Resource` entry as written.
public enum ResourcePattern {
    /// True for `*` and for an ARN that reaches every resource of its kind, whatever its
    /// partition, region and account: its resource part is `*`, or a resource type followed by
    /// `*` (`role/*`, `table/*/stream/*`, `log-group:*`, `*/*`). A path or name prefix before
    /// the `*` (`role/service-role/*`, `bucket-*`) is scoped, and so are AWS's own resources
    /// (`arn:aws:iam::aws:policy/*`).
    public static func isEveryResource(_ text: String) -> Bool {
        everyResourceService(text) != nil
    }

    /// The service whose every resource the entry reaches (`s3` for `arn:aws:s3:::*`), `*` for
    /// every service's (`*`, `arn:aws:*:*:*:*`); nil for a scoped entry.
    public static func everyResourceService(_ text: String) -> Substring? {
        if text == "*" { return "*" }
        let fields = FastText.fields(text, separator: ":", maxSplits: 5)
        guard fields.count == 6, fields[0] == "arn", fields[4] != "aws" else { return nil }
        // These ARNs have no resource type, their resource part starts with a name:
        // `arn:aws:s3:::name/*` is one bucket's objects, `...:codepipeline:...:Pipeline/*` one
        // pipeline's stages, `...:execute-api:...:api-id/*` one API's routes.
        if typelessServices.contains(fields[2]) { return fields[5] == "*" || fields[5] == "*/*" ? fields[2] : nil }
        return isWildcardPath(fields[5]) ? fields[2] : nil
    }

    /// Services whose ARNs name the resource right after the account, with no resource type.
    static let typelessServices: Set<Substring> = ["s3", "codepipeline", "execute-api", "sqs", "sns", "codecommit"]

    /// `*`, `type/*`, `type:*`, repeated after `/` or `:` separators.
    private static func isWildcardPath(_ text: Substring) -> Bool {
        var rest = text
        while true {
            // An optional resource type (letters, digits, `-`, `_`) and its separator.
            if let separator = rest.firstIndex(where: { $0 == "/" || $0 == ":" }), separator != rest.startIndex,
               rest[..<separator].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) {
                rest = rest[rest.index(after: separator)...]
            }
            guard rest.first == "*" else { return false }
            rest = rest.dropFirst()
            if rest.isEmpty { return true }
            guard rest.first == "/" || rest.first == ":" else { return false }
            rest = rest.dropFirst()
        }
    }

    /// True for `${Resource.Attribute}` (a `Fn::GetAtt` of a resource of the same template)
    /// somewhere in the text: the entry names that resource, however little else is written.
    public static func namesTemplateResource(_ text: String) -> Bool {
        var rest = text[...]
        while let open = rest.range(of: "${") {
            guard let close = rest[open.upperBound...].firstIndex(of: "}") else { return false }
            let name = rest[open.upperBound..<close]
            if name.contains("."), !name.hasPrefix("AWS::"), !name.hasPrefix("!") { return true }
            rest = rest[rest.index(after: close)...]
        }
        return false
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
