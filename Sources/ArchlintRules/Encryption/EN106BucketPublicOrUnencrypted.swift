import ArchlintModel

/// An S3 bucket whose public access block is explicitly turned off, or whose default encryption
/// names no encryption algorithm S3 supports.
struct EN106BucketPublicOrUnencrypted: Rule {
    static let id = "EN106"

    static let encryptionAlgorithms: Set<String> = ["aes256", "aws:kms", "aws:kms:dsse"]

    func check(_ model: Architecture, _ context: inout RuleContext) {
        for bucket in model.buckets.all {
            context.checked(bucket.resource)
            for (flag, value) in bucket.publicAccessFlags {
                guard case .known(false, let site) = value else { continue }
                context.report("public access block turned off: \(flag) is false", at: site, on: bucket.resource)
            }
            for algorithm in bucket.encryptionAlgorithms {
                guard case .known(let name, let site) = algorithm,
                      !Self.encryptionAlgorithms.contains(name.lowercased()) else { continue }
                context.report("default encryption disabled: SSEAlgorithm `\(name)` is not AES256, aws:kms or aws:kms:dsse",
                               at: site, on: bucket.resource)
            }
        }
    }
}
