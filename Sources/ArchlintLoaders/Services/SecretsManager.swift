import ArchlintModel

/// Secrets Manager secrets.
enum SecretsManager {
    static let mappers = [
        ResourceMapper("AWS::SecretsManager::Secret", into: \.secrets) { properties, info in
            var secret = Secret(resource: info)
            secret.kmsKey = properties.child("KmsKeyId")?.string ?? .absent
            return secret
        },
    ]
}
