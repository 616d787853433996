import ArchlintModel

/// A credential written in a resource's `Metadata.AWS::CloudFormation::Authentication` (what
/// cfn-init uses to download files and sources): a `password` or `secretKey` literal, or an
/// `accessKeyId` that is an access key ID, as written or as a parameter's default. A `Ref` to a
/// parameter without a default, a `!GetAtt` of an access key and dynamic references are fine.
struct EN160AuthenticationMetadataSecret: Rule {
    static let id = "EN160"
    static let fields = ["password", "secretKey", "accessKeyId"]

    func check(_ model: Architecture, _ context: inout RuleContext) {
        for template in model.templates where !template.authentications.isEmpty {
            for (owner, authentication) in template.authentications {
                context.checked(owner)
                guard case .mapping(let entries) = authentication.value.value else { continue }
                for entry in entries {
                    let entrySite = entry.node.site(parent: authentication.site, component: entry.key)
                    for field in Self.fields {
                        guard let (key, value) = entry.node.child(field),
                              let message = Self.finding(field: key, value: value, entry: entry.key, extraWords: context.options.secretNames)
                        else { continue }
                        context.report(message, at: value.site(parent: entrySite, component: key), on: owner)
                    }
                }
            }
        }
    }

    /// The message for a plaintext credential, or nil. Never quotes the value.
    static func finding(field: String, value: PropertyNode, entry: String, extraWords: [String]) -> String? {
        let text: String, parameter: String?
        switch value.value {
        case .text(let written): (text, parameter) = (written, nil)
        case .parameterDefault(let name, let written): (text, parameter) = (written, name)
        default: return nil
        }
        let secret = field.lowercased() == "accesskeyid"
            ? SecretDetection.valueReason(text) != nil
            : EN130PlaintextSecretProperty.reason(name: field, value: text, extraWords: extraWords) != nil
        guard secret else { return nil }
        let written = parameter.map { "is the default of parameter \($0), stored in plaintext" } ?? "is written in plaintext"
        return "`\(field)` of `\(entry)` in the AWS::CloudFormation::Authentication metadata \(written)"
    }
}
