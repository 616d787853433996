import ArchlintModel

/// KMS keys and their key policies.
enum KMS {
    static let mappers = [
        ResourceMapper("AWS::KMS::Key", into: \.keys, read: key),
    ]

    static func key(_ properties: Cursor, info: ResourceInfo) -> Key {
        var key = Key(resource: info)
        if let document = properties.child("KeyPolicy") {
            key.policy = PolicyMapper.document(document, owner: info, name: "KeyPolicy", kind: .resource(.kmsKey))
        }
        return key
    }
}
