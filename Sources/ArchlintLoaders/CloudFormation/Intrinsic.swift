import ArchlintYAML

/// A CloudFormation intrinsic function, read from either form: the short-form tag
/// (`!GetAtt Role.Arn`) or the long form (`{"Fn::GetAtt": ["Role", "Arn"]}`). Both normalise to
/// the same value; the node keeps its own mark.
enum Intrinsic {
    case ref(String)
    case getAtt(resource: String, attribute: String)
    case sub(template: String, variables: Node?)
    case join(separator: String, parts: [Node])
    case condition(String)
    /// `Fn::FindInMap [MapName, TopLevelKey, SecondLevelKey]` (and the `DefaultValue` option of
    /// `AWS::LanguageExtensions`): each argument a literal or a function of its own.
    /// (The two cases with several nodes are boxed: unboxed they set the size of every
    /// `Intrinsic`, read for every value of every template, to over 300 bytes.)
    indirect case findInMap(map: Node, top: Node, second: Node, fallback: Node?)
    /// `Fn::If [Condition, WhenTrue, WhenFalse]`.
    indirect case choice(condition: String, whenTrue: Node, whenFalse: Node)
    /// Any other function (`Fn::If`, `Fn::Select`, `Fn::ImportValue`, ...): not resolvable offline.
    case other(String)

    /// Short-form tags and the long-form function each stands for.
    static let shortForms: [String: String] = [
        "!Ref": "Ref", "!Condition": "Condition", "!GetAtt": "Fn::GetAtt", "!Sub": "Fn::Sub",
        "!Join": "Fn::Join", "!Select": "Fn::Select", "!Split": "Fn::Split", "!If": "Fn::If",
        "!Equals": "Fn::Equals", "!And": "Fn::And", "!Or": "Fn::Or", "!Not": "Fn::Not",
        "!FindInMap": "Fn::FindInMap", "!Base64": "Fn::Base64", "!Cidr": "Fn::Cidr",
        "!GetAZs": "Fn::GetAZs", "!ImportValue": "Fn::ImportValue", "!Transform": "Fn::Transform",
        "!Length": "Fn::Length", "!ToJsonString": "Fn::ToJsonString", "!ForEach": "Fn::ForEach",
    ]

    /// The function `node` is, if any. Asked of every value of every template: a node that
    /// cannot be one (untagged, and no mapping of one entry) is turned away without the copy
    /// that passing it to the initializer (which takes its argument owned) costs.
    @inline(__always)
    static func of(_ node: Node) -> Intrinsic? {
        if case .none = node.tag {
            guard case .mapping(let pairs) = node.kind, pairs.count == 1 else { return nil }
        }
        return Intrinsic(node)
    }

    init?(_ node: Node) {
        if let tag = node.tag, let function = Self.shortForms[tag] {
            self.init(function: function, argument: node, fromTag: true)
            return
        }
        guard case .mapping(let pairs) = node.kind, pairs.count == 1, let key = pairs[0].key.scalar,
              key == "Ref" || key == "Condition" || key.hasPrefix("Fn::") else { return nil }
        self.init(function: key, argument: pairs[0].value, fromTag: false)
    }

    /// `!Ref AWS::NoValue` in either form, exactly when `Intrinsic(node)` is `.ref("AWS::NoValue")`,
    /// without building the function (asked of every value of every resource).
    static func isNoValue(_ node: Node) -> Bool {
        if let tag = node.tag, shortForms[tag] != nil { return tag == "!Ref" && node.scalar == "AWS::NoValue" }
        guard case .mapping(let pairs) = node.kind, pairs.count == 1, pairs[0].key.scalar == "Ref" else { return false }
        return pairs[0].value.scalar == "AWS::NoValue"
    }

    private init(function: String, argument: Node, fromTag: Bool) {
        switch function {
        case "Ref":
            if let name = argument.scalar { self = .ref(name) } else { self = .other(function) }
        case "Condition":
            if let name = argument.scalar { self = .condition(name) } else { self = .other(function) }
        case "Fn::GetAtt":
            if case .scalar(let text) = argument.kind, let dot = text.firstIndex(of: ".") {
                // `!GetAtt Role.Arn` (or the long form with one dotted string): split at the first dot.
                self = .getAtt(resource: String(text[..<dot]), attribute: String(text[text.index(after: dot)...]))
            } else if case .sequence(let items) = argument.kind, items.count == 2,
                      let resource = items[0].scalar {
                self = .getAtt(resource: resource, attribute: items[1].scalar ?? "")
            } else {
                self = .other(function)
            }
        case "Fn::Sub":
            if case .scalar(let text) = argument.kind {
                self = .sub(template: text, variables: nil)
            } else if case .sequence(let items) = argument.kind, items.count == 2, let text = items[0].scalar {
                self = .sub(template: text, variables: items[1])
            } else {
                self = .other(function)
            }
        case "Fn::Join":
            if case .sequence(let items) = argument.kind, items.count == 2, let separator = items[0].scalar,
               case .sequence(let parts) = items[1].kind {
                self = .join(separator: separator, parts: parts)
            } else {
                self = .other(function)
            }
        case "Fn::If":
            if case .sequence(let items) = argument.kind, items.count == 3, let condition = items[0].scalar {
                self = .choice(condition: condition, whenTrue: items[1], whenFalse: items[2])
            } else {
                self = .other(function)
            }
        case "Fn::FindInMap":
            if case .sequence(let items) = argument.kind, items.count == 3 || items.count == 4 {
                let fallback = items.count == 4 ? Cursor.childNode(items[3], "DefaultValue") : nil
                self = .findInMap(map: items[0], top: items[1], second: items[2], fallback: fallback)
            } else {
                self = .other(function)
            }
        default:
            self = .other(function)
        }
    }
}
