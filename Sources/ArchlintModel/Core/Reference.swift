/// A pointer from one resource to another, as written. The architecture resolves it.
public enum Reference: Sendable, Hashable, CustomStringConvertible {
    /// `Ref`/`Fn::GetAtt` to a logical ID of the template in `file`.
    case logical(file: String, id: String)
    /// A full ARN.
    case arn(String)
    /// A bare name or ID (`subnet-0a1b`, `sg-1`, `campuslearn-backend`, `family:3`).
    case name(String)

    public var description: String {
        switch self {
        case .logical(_, let id): return id
        case .arn(let arn): return arn
        case .name(let name): return name
        }
    }

    /// Builds a reference from a literal string: ARNs are kept whole, anything else is a name.
    public static func literal(_ text: String) -> Reference {
        text.hasPrefix("arn:") ? .arn(text) : .name(text)
    }
}

/// Where a model entity came from.
public enum Origin: Sendable, Hashable {
    case cloudFormation
    case cli
    case pem
    case buildspec
    case policyFile
}

/// What every model entity carries: a name to report, its type, and where it is declared.
public struct ResourceInfo: Sendable, Hashable {
    /// The CloudFormation logical ID, or the natural name for CLI JSON.
    public var name: String
    /// `AWS::ECS::Service` style type, also for CLI JSON.
    public var type: String
    /// Where the resource is declared (CloudFormation: its logical ID key).
    public var site: Site
    public var origin: Origin
    /// Identifiers others may use to point at it: ARN, name, ID.
    public var keys: [String]

    public init(name: String, type: String, site: Site, origin: Origin, keys: [String] = []) {
        self.name = name
        self.type = type
        self.site = site
        self.origin = origin
        self.keys = keys
    }

    public var file: String { site.file }

    /// Hashes what tells resources apart (equality still compares everything): rules key
    /// dictionaries by resource, and hashing every key and the site's path cost more than the lookups.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(site.file)
        hasher.combine(name)
        hasher.combine(type)
    }
}
