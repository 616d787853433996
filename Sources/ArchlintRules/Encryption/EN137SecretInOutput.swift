import ArchlintModel

/// A template output whose value is a secret: an access key's `SecretAccessKey` (or a Cognito
/// client's `ClientSecret`), a `NoEcho` parameter, or a credential written as a literal. Outputs
/// are shown in the console, by `describe-stacks` and to every stack that imports them.
struct EN137SecretInOutput: Rule {
    static let id = "EN137"
    /// Attributes whose value is a secret, by resource type.
    static let secretAttributes: [String: Set<String>] = [
        "AWS::IAM::AccessKey": ["SecretAccessKey"],
        "AWS::Cognito::UserPoolClient": ["ClientSecret"],
    ]

    func check(_ model: Architecture, _ context: inout RuleContext) {
        for template in model.templates where !template.outputs.isEmpty {
            for output in template.outputs {
                guard let (key, value) = output.value.child("Value") else { continue }
                // Outputs are not resources: only one at fault is named (JUnit lists no passing ones).
                guard let message = Self.exposure(output, value, template.parameters) else { continue }
                let owner = ResourceInfo(name: output.name, type: "Output", site: output.site, origin: .cloudFormation)
                context.report(message, at: value.site(parent: output.site, component: key), on: owner)
            }
        }
    }

    /// Why the output's value is a secret, or nil. Never quotes the value.
    static func exposure(_ output: TemplateEntry, _ value: PropertyNode, _ parameters: [TemplateParameter]) -> String? {
        for reference in output.references {
            if let type = reference.resourceType, let attribute = reference.attribute,
               secretAttributes[type]?.contains(attribute) == true {
                return "output `\(output.name)` exposes the \(attribute) of `\(reference.name)` in plaintext"
            }
            if reference.attribute == nil, reference.resourceType == nil,
               parameters.contains(where: { $0.noEcho && $0.name == reference.name }) {
                return "output `\(output.name)` exposes NoEcho parameter `\(reference.name)` in plaintext"
            }
        }
        let texts: [String]
        switch value.value {
        case .text(let text), .parameterDefault(_, let text), .parameterValue(_, let text, _): texts = [text]
        case .templateText(let pieces): texts = pieces.map(\.text)
        case .null, .indeterminate, .parameterReference, .resourceReference, .parameterChoices, .mapping, .list: texts = []
        }
        for text in texts {
            if let reason = SecretDetection.valueReason(text) {
                return SecretDetection.message(reason, variable: output.name, where: "output")
            }
            // A literal under an output named for a secret (`AdminPassword: {Value: hunter2}`);
            // most names (`VpcId`, `BucketName`) hold none of the words, which is quick to see.
            if Self.mayNameSecret(output.name), EN130PlaintextSecretProperty.mayHoldSecret(output.name, extraWords: []),
               let message = EN130PlaintextSecretProperty.reason(name: output.name, value: text, extraWords: []) {
                return message.replacingOccurrences(of: "{name}", with: output.name)
                    .replacingOccurrences(of: "property `", with: "output `")
            }
        }
        return nil
    }

    /// Whether a name holds a word of a secret's name (in any case): a quick first sieve.
    static func mayNameSecret(_ name: String) -> Bool {
        let upper = name.uppercased()
        return ["PASS", "SECRET", "TOKEN", "KEY", "CREDENTIAL"].contains { FastText.contains(upper, $0) }
    }
}
