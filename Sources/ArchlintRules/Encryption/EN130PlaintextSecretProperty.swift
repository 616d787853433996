import ArchlintModel
import Foundation

/// A literal credential in any string property of any resource: a property or variable whose
/// name says it holds a secret (`MasterUserPassword`, `AuthToken`, `DB_PASSWORD`), `Name`/`Value`
/// environment pairs, and values that are credentials whatever their name (access key IDs,
/// private keys, URLs with passwords, `password=` in user data). ECS task definitions and
/// CodeBuild projects are EN101's.
struct EN130PlaintextSecretProperty: Rule {
    static let id = "EN130"
    static let skippedTypes: Set<String> = ["AWS::ECS::TaskDefinition", "AWS::CodeBuild::Project"]
    /// Words that make a secret-sounding name describe the secret instead of holding it.
    static let describing = ["_TEMPLATE", "_POLICY", "_VALIDITY", "_ROTATION", "_MODE", "_ALGORITHM", "_FORMAT",
                             "_SOURCE", "_REQUIRED", "_REQUIREMENTS", "_CHARACTERS", "_UNITS", "_STATUS", "_RESET",
                             "_AGE", "_SETTINGS", "_CONFIGURATION", "_SELECTOR", "_KEY_NAME", "_AUTHENTICATION",
                             "_TOKENS", "_KEYS", "_SECRETS", "SERVICE_TOKEN"]
    /// Mappings whose entries are named after secrets but hold settings (`TokenValidityUnits: {AccessToken: hours}`).
    static let describingParents = ["_UNITS", "_VALIDITY", "_POLICY", "_REQUIREMENTS"]
    static let userDataAssignment = try! NSRegularExpression(
        pattern: #"(?i)\b(password|passwd|secret|token)\w*\s*[=:]\s*['"]?[^\s'"$<{]{4,}"#)

    func check(_ model: Architecture, _ context: inout RuleContext) {
        for resource in model.resources where !Self.skippedTypes.contains(resource.resource.type) {
            context.checked(resource.resource)
            walk(resource.properties, site: resource.propertiesSite, key: nil, resource.resource, &context)
        }
    }

    /// Every string under the properties, depth first in document order. An explicit stack, not
    /// recursion: a document may nest 10,000 levels (`--max-depth`'s cap).
    private func walk(_ root: PropertyNode, site rootSite: Site, key rootKey: String?, _ owner: ResourceInfo,
                      _ context: inout RuleContext) {
        var pending: [(node: PropertyNode, site: Site, key: String?)] = [(root, rootSite, rootKey)]
        while let (node, site, key) = pending.popLast() {
            switch node.value {
            case .mapping(let entries):
                if let pair = Self.namedValue(entries), let name = pair.name, case .text(let value) = pair.node.value {
                    judge(name: name, value: value, parameter: nil, at: pair.node.site(parent: site, component: pair.key), owner, &context)
                    continue
                }
                // Under a key that describes secrets (`TokenValidityUnits`), names are settings.
                let describing = key.map { name in Self.describingParents.contains { Self.upperSnake(name).hasSuffix($0) } } ?? false
                for entry in entries.reversed() {
                    pending.append((entry.node, entry.node.site(parent: site, component: entry.key), describing ? "" : entry.key))
                }
            case .list(let items):
                for (index, item) in items.enumerated().reversed() {
                    pending.append((item, item.site(parent: site, component: String(index)), key))
                }
            case .text(let value):
                guard let key else { continue }
                judge(name: key, value: value, parameter: nil, at: site, owner, &context)
            case .parameterDefault(let parameter, let value):
                guard let key else { continue }
                judge(name: key, value: value, parameter: parameter, at: site, owner, &context)
            case .null, .indeterminate, .parameterChoices, .parameterValue:
                continue
            }
        }
    }

    private func judge(name: String, value: String, parameter: String?, at site: Site, _ owner: ResourceInfo,
                       _ context: inout RuleContext) {
        guard let reason = Self.reason(name: name, value: value, extraWords: context.options.secretNames) else { return }
        var message = reason
        if let parameter { message += " (the default of parameter \(parameter))" }
        context.report(message.replacingOccurrences(of: "{name}", with: name), at: site, on: owner)
    }

    /// The message, with `{name}` for the property, or nil when the value is not a secret.
    static func reason(name: String, value: String, extraWords: [String]) -> String? {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.hasPrefix("{{resolve:ssm:"), SecretDetection.reason(name: upperSnake(name), value: "x", extraWords: extraWords) == .name {
            return "property `{name}` reads a secret from a plain SSM String parameter, stored unencrypted"
        }
        if trimmed.isEmpty || FastText.contains(trimmed, "{{resolve:") { return nil }
        if let found = SecretDetection.valueReason(trimmed) { return SecretDetection.message(found, variable: name, where: "property") }
        // A value that carries ARNs (`{"KeyArn": "arn:aws:kms:..."}`) points at resources.
        if isPlainSetting(trimmed) || FastText.contains(trimmed, "arn:aws") { return nil }
        if name == "UserData" || name == "userData" {
            let range = NSRange(trimmed.startIndex..., in: trimmed)
            return userDataAssignment.firstMatch(in: trimmed, range: range) == nil ? nil
                : "property `UserData` assigns a password or secret in plaintext"
        }
        // Condition keys, SSM paths and `${...}` names are not properties or variables.
        if name.contains(where: { "-:/.$ ".contains($0) }) { return nil }
        let snake = upperSnake(name)
        if describing.contains(where: { snake.hasSuffix($0) || FastText.contains(snake, $0 + "_") }) { return nil }
        return SecretDetection.reason(name: snake, value: trimmed, extraWords: extraWords)
            .map { SecretDetection.message($0, variable: name, where: "property") }
    }

    static let settingWords: Set<String> = ["SecureString", "String", "StringList", "Enabled", "Disabled", "None",
                                            "Required", "Optional", "Plaintext", "Encrypted", "enabled", "disabled",
                                            "none", "required", "optional"]

    /// Numbers, booleans, enumeration words (`ENABLED`, `SECRETS_MANAGER`, `SecureString`) and
    /// the API's masked values (`****`) are not secrets.
    static func isPlainSetting(_ value: String) -> Bool {
        if value.allSatisfy({ $0 == "*" }) || Double(value) != nil || ["true", "false"].contains(value.lowercased()) || settingWords.contains(value) { return true }
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
