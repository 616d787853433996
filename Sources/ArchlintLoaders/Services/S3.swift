import ArchlintModel

/// S3 buckets and bucket policies (a policy joins its bucket when the model is linked).
enum S3 {
    static let mappers = [
        ResourceMapper("AWS::S3::Bucket", into: \.buckets, read: bucket),
        ResourceMapper("AWS::S3::BucketPolicy") { properties, info, model in
            guard let document = properties.child("PolicyDocument") else { return }
            model.fragment.bucketPolicies.append(BucketPolicy(
                bucket: properties.child("Bucket")?.reference ?? .absent,
                document: PolicyMapper.document(document, owner: info, name: "PolicyDocument", kind: .resource(.bucket))))
        },
    ]

    static func bucket(_ properties: Cursor, info: ResourceInfo) -> Bucket {
        var bucket = Bucket(resource: info)
        bucket.bucketName = properties.child("BucketName")?.string ?? .absent
        if let name = bucket.bucketName.value { bucket.resource.keys.append(name) }
        if let encryption = properties.child("BucketEncryption") {
            bucket.encryptionSite = encryption.site
            bucket.encryptionAlgorithms = (encryption.child("ServerSideEncryptionConfiguration")?.items ?? []).map {
                $0.child("ServerSideEncryptionByDefault", "SSEAlgorithm")?.string ?? .absent
            }
        }
        if let block = properties.child("PublicAccessBlockConfiguration") {
            bucket.blockPublicAcls = block.child("BlockPublicAcls")?.bool ?? .absent
            bucket.blockPublicPolicy = block.child("BlockPublicPolicy")?.bool ?? .absent
            bucket.ignorePublicAcls = block.child("IgnorePublicAcls")?.bool ?? .absent
            bucket.restrictPublicBuckets = block.child("RestrictPublicBuckets")?.bool ?? .absent
        }
        return bucket
    }
}
