import ArchlintModel
import Foundation

/// A literal credential in any string property of any resource: a property or variable whose
/// name says it holds a secret (`MasterUserPassword`, `AuthToken`, `DB_PASSWORD`), `Name`/`Value`
/// environment pairs, and values that are credentials whatever their name (access key IDs,
/// private keys, URLs with passwords, `password=` in user data). ECS task definitions and
/// CodeBuild projects are EN101's.
struct EN130PlaintextSecretProperty: Rule {
    static let id = "EN130"
    static let readsEveryValue = true
    static let skippedTypes: Set<String> = ["AWS::ECS::TaskDefinition", "AWS::CodeBuild::Project"]
    /// Words that make a secret-sounding name describe the secret instead of holding it.
    static let describing = ["_TEMPLATE", "_POLICY", "_VALIDITY", "_ROTATION", "_MODE", "_ALGORITHM", "_FORMAT",
                             "_SOURCE", "_REQUIRED", "_REQUIREMENTS", "_CHARACTERS", "_UNITS", "_STATUS", "_RESET",
                             "_AGE", "_SETTINGS", "_CONFIGURATION", "_SELECTOR", "_KEY_NAME", "_AUTHENTICATION",
                             "_TOKENS", "_KEYS", "_SECRETS", "SERVICE_TOKEN"]
    /// `describing`, each followed by `_`: the same words inside a longer name.
    static let describingInfixes = describing.map { $0 + "_" }
    /// Mappings whose entries are named after secrets but hold settings (`TokenValidityUnits: {AccessToken: hours}`).
    static let describingParents = ["Units", "Validity", "Policy", "Requirements"]
    /// Where `userDataAssignment` first matches. Text that is ASCII and holds none of the
    /// words an assignment starts with cannot match, and is not handed to ICU, which took a
    /// tenth of a millisecond for each script (and its first use, far more).
    static func userDataAssignmentRange(in text: String) -> Range<String.Index>? {
        guard FastText.mayContainIgnoringCase(text, anyOf: ["passw", "secret", "token"]),
              let match = userDataAssignment.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        return Range(match.range, in: text)
    }

    static let userDataAssignment = try! NSRegularExpression(
        pattern: #"(?i)\b(password|passwd|secret|token)\w*\s*[=:]\s*['"]?(?!(true|false|yes|no|none|null)\b)[^\s'"$<{`]{4,}"#)

    func check(_ model: Architecture, _ context: inout RuleContext) {
        // Whether a name may hold a secret, decided once per distinct name: most strings sit
        // under names (`Type`, `Value`, `Description`) that only a credential-shaped value breaks.
        var names: [String: Bool] = [:]
        let visible = Self.visibleParameters(model)
        // One walk's buffers serve every resource: allocated per walk, their growth was a
        // tenth of the rule.
        var buffers = WalkBuffers()
        for resource in model.resources where !Self.skippedTypes.contains(resource.resource.type) {
            context.checked(resource.resource)
            walk(resource.properties, site: resource.propertiesSite, key: nil, resource.resource,
                 visible: visible[resource.propertiesSite.file] ?? [], &names, &buffers, &context)
        }
    }

    /// The walk's stack of values still to read, and the collections it opened.
    private struct WalkBuffers {
        var pending: [(node: PropertyNode, parent: Int, component: String?, key: String?)] = []
        var opened = OpenedCollections()
    }

    /// The parameters each template declares without `NoEcho`, whose value CloudFormation
    /// shows in the console and in `describe-stacks` (parameters read from SSM are left out:
    /// their value is not the template's to hide).
    static func visibleParameters(_ model: Architecture) -> [String: Set<String>] {
        var visible: [String: Set<String>] = [:]
        for template in model.templates {
            let names = template.parameters.filter { parameter in
                !parameter.noEcho && !TemplateParameter.readsSSM(type: parameter.type)
            }.map(\.name)
            if !names.isEmpty { visible[template.file, default: []].formUnion(names) }
        }
        return visible
    }

    /// Every string under the properties, depth first in document order. An explicit stack, not
    /// recursion: a document may nest 10,000 levels (`--max-depth`'s cap). Sites are built only
    /// for a finding: the walk keeps, per collection it opens, where it is and its parent.
    private func walk(_ root: PropertyNode, site rootSite: Site, key rootKey: String?, _ owner: ResourceInfo,
                      visible: Set<String>, _ names: inout [String: Bool], _ buffers: inout WalkBuffers,
                      _ context: inout RuleContext) {
        buffers.opened.restart(at: rootSite)
        buffers.pending.removeAll(keepingCapacity: true)
        buffers.pending.append((root, -1, nil, rootKey))
        while let (node, parent, component, key) = buffers.pending.popLast() {
            switch node.value {
            case .mapping(let entries):
                let here = buffers.opened.open(node, parent: parent, component: component)
                if let pair = Self.namedValue(entries), let name = pair.name, case .text(let value) = pair.node.value {
                    if let message = finding(name: name, value: value, parameter: nil, &names, context) {
                        context.report(message, at: pair.node.site(parent: buffers.opened.site(here), component: pair.key), on: owner)
                    }
                    continue
                }
                // Under a key that describes secrets (`TokenValidityUnits`), names are settings.
                let describing = key.map { FastText.hasSuffix($0, anyOf: Self.describingParents) } ?? false
                for entry in entries.reversed() {
                    buffers.pending.append((entry.node, here, entry.key, describing ? "" : entry.key))
                }
            case .list(let items):
                let here = buffers.opened.open(node, parent: parent, component: component)
                for index in items.indices.reversed() {
                    buffers.pending.append((items[index], here, String(index), key))
                }
            case .text(let value):
                guard let key, let message = finding(name: key, value: value, parameter: nil, &names, context) else { continue }
                context.report(message, at: buffers.opened.site(of: node, parent: parent, component: component), on: owner)
            case .parameterDefault(let parameter, let value):
                guard let key, let message = finding(name: key, value: value, parameter: parameter, &names, context) else { continue }
                context.report(message, at: buffers.opened.site(of: node, parent: parent, component: component), on: owner)
            case .templateText(let pieces):
                // Text inside an unresolved function (`!Base64 !Sub |`): EN130TemplateText.swift.
                guard let key, let component else { continue }
                scanTemplateText(pieces, name: key, parent: buffers.opened.site(parent), component: component, owner, &names, &context)
            case .parameterReference(let parameter):
                // A secret passed through a parameter that is not `NoEcho` is shown in the console.
                guard let key, key != "UserData", key != "userData", visible.contains(parameter),
                      isSecretName(key, &names, context) else { continue }
                context.report("property `\(key)` takes its value from parameter `\(parameter)`, which is not NoEcho: CloudFormation shows it in plaintext in the console and in describe-stacks output",
                               at: buffers.opened.site(of: node, parent: parent, component: component), on: owner)
            case .null, .indeterminate, .resourceReference, .parameterChoices, .parameterValue:
                continue
            }
        }
    }

    /// The collections a walk has opened: where each is and under which it hangs (-1: the root
    /// site). Cheaper than a `Site` per collection, which the walk built before.
    private struct OpenedCollections {
        /// Set by `restart` before each walk.
        var root = Site(file: "", line: 1, column: 1, path: "")
        var entries: [(line: Int32, column: Int32, component: String, parent: Int)] = []

        /// Empty, below `root`, its capacity kept from the walk before.
        mutating func restart(at root: Site) {
            self.root = root
            entries.removeAll(keepingCapacity: true)
        }

        /// The index that stands for `node`'s site (`parent`'s when it has no component).
        mutating func open(_ node: PropertyNode, parent: Int, component: String?) -> Int {
            guard let component else { return parent }
            entries.append((node.line, node.column, component, parent))
            return entries.count - 1
        }

        func site(_ index: Int) -> Site {
            guard index >= 0 else { return root }
            var chain: [Int] = []
            var current = index
            while current >= 0 {
                chain.append(current)
                current = entries[current].parent
            }
            var site = root
            for index in chain.reversed() {
                let entry = entries[index]
                site = Site(file: root.file, line: Int(entry.line), column: Int(entry.column), parent: site,
                            component: entry.component)
            }
            return site
        }

        func site(of node: PropertyNode, parent: Int, component: String?) -> Site {
            component.map { node.site(parent: site(parent), component: $0) } ?? site(parent)
        }
    }

    /// The finding's message for one string, or nil.
    func finding(name: String, value: String, parameter: String?, _ names: inout [String: Bool],
                         _ context: RuleContext) -> String? {
        let found = isSecretName(name, &names, context) ? Self.reason(name: name, value: value, extraWords: context.options.secretNames)
            : SecretDetection.valueReason(value).map { SecretDetection.message($0, variable: name, where: "property") }
        guard var message = found else { return nil }
        if let parameter { message += " (the default of parameter \(parameter))" }
        return FastText.replacing(message, "{name}", with: name)
    }

    /// `mayHoldSecret`, decided once per distinct name.
    func isSecretName(_ name: String, _ names: inout [String: Bool], _ context: RuleContext) -> Bool {
        if let known = names[name] { return known }
        let secret = Self.mayHoldSecret(name, extraWords: context.options.secretNames)
        names[name] = secret
        return secret
    }

    /// A name under which a plain value can be a secret: `UserData`, or a name with a secret
    /// word that does not describe or point at one.
    static func mayHoldSecret(_ name: String, extraWords: [String]) -> Bool {
        if name == "UserData" || name == "userData" { return true }
        if FastText.containsAny(name, of: "-:/.$ ") { return false }
        let snake = upperSnake(name)
        if isDescribing(snake) { return false }
        return SecretDetection.reason(name: snake, value: "x", extraWords: extraWords) == .name
    }

    /// A name (in upper snake case) that describes or points at a secret instead of holding one.
    static func isDescribing(_ snake: String) -> Bool {
        FastText.hasSuffix(snake, anyOf: describing) || FastText.contains(snake, anyOf: describingInfixes)
    }

    /// The message, with `{name}` for the property, or nil when the value is not a secret.
    static func reason(name: String, value: String, extraWords: [String]) -> String? {
        let trimmed = trimmedOfWhitespace(value)
        if trimmed.hasPrefix("{{resolve:ssm:"), SecretDetection.reason(name: upperSnake(name), value: "x", extraWords: extraWords) == .name {
            return "property `{name}` reads a secret from a plain SSM String parameter, stored unencrypted"
        }
        if trimmed.isEmpty || FastText.contains(trimmed, "{{resolve:") { return nil }
        if let found = SecretDetection.valueReason(trimmed) { return SecretDetection.message(found, variable: name, where: "property") }
        // A value that carries ARNs (`{"KeyArn": "arn:aws:kms:..."}`) points at resources.
        if isPlainSetting(trimmed) || FastText.contains(trimmed, "arn:aws") { return nil }
        if name == "UserData" || name == "userData" {
            if let decoded = decodedUserData(trimmed) { return reason(name: name, value: decoded, extraWords: extraWords) }
            return userDataAssignmentRange(in: trimmed) == nil ? nil
                : "property `UserData` assigns a password or secret in plaintext"
        }
        // Condition keys, SSM paths and `${...}` names are not properties or variables.
        if FastText.containsAny(name, of: "-:/.$ ") { return nil }
        let snake = upperSnake(name)
        if isDescribing(snake) { return nil }
        return SecretDetection.reason(name: snake, value: trimmed, extraWords: extraWords)
            .map { SecretDetection.message($0, variable: name, where: "property") }
    }

    /// `value` without leading and trailing white space and newlines, as Foundation trims it;
    /// a value that starts and ends with a visible ASCII character (nearly all) is returned as
    /// it is, without Foundation's trimming, the larger part of this rule's time on user data.
    static func trimmedOfWhitespace(_ value: String) -> String {
        // ASCII white space (tab to carriage return, space) is trimmed by byte; a non-ASCII
        // character at either end (Unicode has more white space) is left to Foundation.
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
        let utf8 = value.utf8
        guard let firstKept = utf8.firstIndex(where: { !isSpace($0) }) else {
            return value.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let lastKept = utf8.lastIndex { !isSpace($0) }!
        if utf8[firstKept] >= 0x80 || utf8[lastKept] >= 0x80 { return value.trimmingCharacters(in: .whitespacesAndNewlines) }
        if firstKept == utf8.startIndex && utf8.index(after: lastKept) == utf8.endIndex { return value }
        return String(value[firstKept...lastKept])
    }

    static let settingWords: Set<String> = ["SecureString", "String", "StringList", "Enabled", "Disabled", "None",
                                            "Required", "Optional", "Plaintext", "Encrypted", "enabled", "disabled",
                                            "none", "required", "optional"]

    /// Numbers, booleans, enumeration words (`ENABLED`, `SECRETS_MANAGER`, `SecureString`) and
    /// the API's masked values (`****`) are not secrets.
    static func isPlainSetting(_ value: String) -> Bool {
        if value.allSatisfy({ $0 == "*" }) || Double(value) != nil { return true }
        // Nothing longer than 64 bytes is one of these words, however spelled (a character that
        // is equivalent to an ASCII letter takes at most 3): user data scripts are not
        // lowercased or hashed whole.
        if value.utf8.count <= 64, ["true", "false"].contains(value.lowercased()) || settingWords.contains(value) { return true }
        // Nor is text that starts with an ASCII character other than an upper-case letter or `_`
        // an enumeration word: it is not counted.
        if let first = value.utf8.first, first < 0x80, !(0x41...0x5A).contains(first), first != 0x5F { return false }
        return value.count <= 32 && value.allSatisfy { ($0.isUppercase && $0.isLetter) || $0 == "_" }
    }

    /// `{Name: X, Value: Y}` (environment variables of Batch, App Runner, ...): the name and its value node.
    static func namedValue(_ entries: [PropertyNode.Entry]) -> (name: String?, key: String, node: PropertyNode)? {
        guard entries.count <= 3,
              let name = entries.first(where: { $0.key == "Name" || $0.key == "name" }),
              let value = entries.first(where: { $0.key == "Value" || $0.key == "value" }) else { return nil }
        return (name.node.text, value.key, value.node)
    }

    /// `MasterUserPassword` → `MASTER_USER_PASSWORD`; names already in snake case stay as they are.
    static func upperSnake(_ name: String) -> String {
        // ASCII names (nearly all) byte by byte: by `Character` this was a tenth of the rule.
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(name.utf8.count + 8)
            var previousLower = false
            for byte in name.utf8 {
                let upper = byte >= 0x41 && byte <= 0x5A, lower = byte >= 0x61 && byte <= 0x7A
                if upper && previousLower { bytes.append(0x5F) }
                previousLower = lower || (byte >= 0x30 && byte <= 0x39)
                bytes.append(byte == 0x2D ? 0x5F : (lower ? byte - 0x20 : byte))
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        var result = ""
        var previousLower = false
        for character in name {
            if character.isUppercase && previousLower { result.append("_") }
            previousLower = character.isLowercase || character.isNumber
            result.append(character == "-" ? "_" : character)
        }
        return result.uppercased()
    }
}
