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
    /// Any other function (`Fn::Select`, `Fn::ImportValue`, `Fn::Base64`, ...): not resolvable offline.
    case other(String)

    /// The long-form function a short-form tag stands for. A switch, not a dictionary: asked
    /// of every tagged node, and hashing the tag cost more than comparing it (the common
    /// functions first).
    static func longForm(ofTag tag: String) -> String? {
        switch tag {
        case "!Ref": return "Ref"
        case "!Sub": return "Fn::Sub"
        case "!GetAtt": return "Fn::GetAtt"
        case "!If": return "Fn::If"
        case "!Join": return "Fn::Join"
        case "!Equals": return "Fn::Equals"
        case "!Condition": return "Condition"
        case "!Select": return "Fn::Select"
        case "!Split": return "Fn::Split"
        case "!And": return "Fn::And"
        case "!Or": return "Fn::Or"
        case "!Not": return "Fn::Not"
        case "!FindInMap": return "Fn::FindInMap"
        case "!Base64": return "Fn::Base64"
        case "!Cidr": return "Fn::Cidr"
        case "!GetAZs": return "Fn::GetAZs"
        case "!ImportValue": return "Fn::ImportValue"
        case "!Transform": return "Fn::Transform"
        case "!Length": return "Fn::Length"
        case "!ToJsonString": return "Fn::ToJsonString"
        case "!ForEach": return "Fn::ForEach"
        default: return nil
        }
    }

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
        if let tag = node.tag, let function = Self.longForm(ofTag: tag) {
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
        if let tag = node.tag, longForm(ofTag: tag) != nil { return tag == "!Ref" && node.scalar == "AWS::NoValue" }
        guard case .mapping(let pairs) = node.kind, pairs.count == 1, pairs[0].key.scalar == "Ref" else { return false }
        return pairs[0].value.scalar == "AWS::NoValue"
    }

    /// `!If` or `{"Fn::If": ...}` in either form, told without building the function (asked of
    /// every collection of a template whose conditions are decided).
    static func isChoice(_ node: Node) -> Bool {
        if let tag = node.tag { return tag == "!If" }
        guard case .mapping(let pairs) = node.kind, pairs.count == 1, case .scalar(let key) = pairs[0].key.kind else { return false }
        return key == "Fn::If"
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
