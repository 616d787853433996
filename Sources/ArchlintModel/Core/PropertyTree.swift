/// One value of a resource's properties as the loader read it, with where it was written.
/// Sites are not stored per node: a node keeps its line and column, and whoever walks the
/// tree builds the `Site` (file and document path) of a value only when it reports on it.
public struct PropertyNode: Sendable {
    public enum Value: Sendable {
        /// A literal scalar, or an intrinsic function resolved offline.
        case text(String)
        /// An explicit YAML null (`~`, `null`, nothing).
        case null
        /// A value that cannot be known offline: an unresolved intrinsic, a placeholder.
        case indeterminate
        /// An unresolved intrinsic with text written inside it (`Fn::Base64: !Sub |` user data):
        /// indeterminate as a value, exactly as `.indeterminate`. The located text is for the
        /// scan for secrets written into a template, and for nothing else.
        case templateText([TemplateText])
        // The parameter cases are boxed (`indirect`): they are rare, and unboxed their payloads
        // (up to three strings) set the size of every node of every tree, 64 bytes against 32.
        /// A `Ref` to a template parameter that has a `Default`: judged at that default.
        indirect case parameterDefault(parameter: String, value: String)
        /// A `Ref` to a template parameter without a `Default` but with `AllowedValues`:
        /// whatever is deployed is one of these.
        indirect case parameterChoices(parameter: String, values: [String])
        /// A `Ref` to a template parameter with no `Default`, no `AllowedValues` and no value in
        /// a stack's parameter file: unknown as a value, exactly as `.indeterminate`. The name is
        /// kept for what the parameter itself says (a secret taken from a parameter that is not
        /// `NoEcho` shows in the console).
        case parameterReference(parameter: String)
        /// A `Ref` or `Fn::GetAtt` to a resource of the same template, by logical ID: unknown as
        /// a value, exactly as `.indeterminate`; kept so that rules can follow the link (a stage
        /// to its REST API).
        case resourceReference(resource: String)
        /// A `Ref` to a template parameter given a value by the stack's parameter file.
        indirect case parameterValue(parameter: String, value: String, file: String)
        case mapping([Entry])
        case list([PropertyNode])
    }

    public struct Entry: Sendable {
        public var key: String
        public var node: PropertyNode
        public init(key: String, node: PropertyNode) {
            self.key = key
            self.node = node
        }
    }

    public var value: Value
    public var line: Int32
    public var column: Int32

    public init(_ value: Value, line: Int, column: Int) {
        self.value = value
        self.line = Int32(clamping: line)
        self.column = Int32(clamping: column)
    }

    public static let emptyMapping = PropertyNode(.mapping([]), line: 1, column: 1)

    /// The value under `key`. CloudFormation's PascalCase and the AWS API's camelCase name the
    /// same fields, so a key also matches when only the case of its first letter differs.
    public func child(_ key: String) -> (key: String, node: PropertyNode)? {
        guard case .mapping(let entries) = value else { return nil }
        var loose: Int?
        for index in entries.indices {
            let name = entries[index].key
            if name == key { return (name, entries[index].node) }
            if loose == nil, FastText.equalIgnoringFirstLetterCase(name, key) { loose = index }
        }
        return loose.map { (entries[$0].key, entries[$0].node) }
    }

    /// The site of this node, reached from `parent` through `component`. The loader stores
    /// scalars at their value and collections at their key (or first token), as cursors do.
    public func site(parent: Site, component: String) -> Site {
        Site(file: parent.file, line: Int(line), column: Int(column), parent: parent, component: component)
    }

    public var isMapping: Bool { if case .mapping = value { return true } else { return false } }
    public var isList: Bool { if case .list = value { return true } else { return false } }

    /// The scalar text when the value is known (a literal or a resolved intrinsic).
    public var text: String? { if case .text(let text) = value { return text } else { return nil } }
}

/// Any resource, of any type: its identity and its properties as a located tree. Declarative
/// checks read these; the typed entities (`Service`, `Role`, ...) are read from the same nodes.
public struct GenericResource: Sendable {
    public var resource: ResourceInfo
    /// The site the property paths hang from: `Resources/ID/Properties` in a template, the
    /// described object itself in a CLI export.
    public var propertiesSite: Site
    public var properties: PropertyNode
    /// The `Condition` the resource is created under, if any (templates only).
    public var condition: String?

    public init(resource: ResourceInfo, propertiesSite: Site, properties: PropertyNode, condition: String? = nil) {
        self.resource = resource
        self.propertiesSite = propertiesSite
        self.properties = properties
        self.condition = condition
    }
}

/// A value written as a `Ref` to a parameter (or a `Fn::Sub`/`Fn::Join` over one) that was
/// read at the parameter's `Default`, at the line and column its value reports.
public struct DefaultedValue: Sendable, Hashable {
    public var line: Int
    public var column: Int
    public var parameters: [String]

    public init(line: Int, column: Int, parameters: [String]) {
        self.line = line
        self.column = column
        self.parameters = parameters
    }
}

/// A template's parameter: what a `Ref` to it may be at deployment.
public struct TemplateParameter: Sendable {
    public var name: String
    public var site: Site
    public var type: String?
    public var defaultValue: Fact<String>
    public var noEcho: Bool
    public var allowedValues: [String]

    public init(name: String, site: Site, type: String?, defaultValue: Fact<String>, noEcho: Bool, allowedValues: [String]) {
        self.name = name
        self.site = site
        self.type = type
        self.defaultValue = defaultValue
        self.noEcho = noEcho
        self.allowedValues = allowedValues
    }

    /// A parameter of an SSM type (`AWS::SSM::Parameter::Value<String>`, ...): its value, its
    /// `Default` and a parameter file's value all name an SSM parameter, read when the stack deploys.
    public static func readsSSM(type: String?) -> Bool {
        type?.hasPrefix("AWS::SSM::Parameter::Value<") ?? false
    }
}

/// A named entry of a template's `Conditions` or `Outputs`.
public struct TemplateEntry: Sendable {
    public var name: String
    public var site: Site
    public var value: PropertyNode
    /// Outputs: what the `Value` points at through `Ref`, `Fn::GetAtt` and `${...}` (the tree
    /// keeps those indeterminate).
    public var references: [EntryReference]

    public init(name: String, site: Site, value: PropertyNode, references: [EntryReference] = []) {
        self.name = name
        self.site = site
        self.value = value
        self.references = references
    }
}

/// A `Ref` (no attribute) or `Fn::GetAtt` inside a template entry's value.
public struct EntryReference: Sendable, Equatable {
    public var name: String
    public var attribute: String?
    /// The type of the template's resource of that name; nil for a parameter or a pseudo parameter.
    public var resourceType: String?

    public init(name: String, attribute: String? = nil, resourceType: String? = nil) {
        self.name = name
        self.attribute = attribute
        self.resourceType = resourceType
    }
}

/// What a template declares besides its resources.
public struct TemplateDeclarations: Sendable {
    public var file: String
    public var parameters: [TemplateParameter]
    public var conditions: [TemplateEntry]
    public var outputs: [TemplateEntry]
    /// Each resource's `Metadata.AWS::CloudFormation::Authentication` (credentials cfn-init uses
    /// to download files and sources): the resource, and the entry named after it.
    public var authentications: [(resource: ResourceInfo, entry: TemplateEntry)]
    /// Where typed values were read at a parameter's `Default`: a finding there says so.
    public var defaultedValues: [DefaultedValue] = []

    public init(file: String, parameters: [TemplateParameter] = [], conditions: [TemplateEntry] = [],
                outputs: [TemplateEntry] = [], authentications: [(resource: ResourceInfo, entry: TemplateEntry)] = []) {
        self.file = file
        self.parameters = parameters
        self.conditions = conditions
        self.outputs = outputs
        self.authentications = authentications
    }
}
