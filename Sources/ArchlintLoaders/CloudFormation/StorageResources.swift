import ArchlintModel

/// Buckets, keys, log groups and resource policies as CloudFormation declares them.
enum StorageResources {
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

    static func key(_ properties: Cursor, info: ResourceInfo) -> Key {
        var key = Key(resource: info)
        if let document = properties.child("KeyPolicy") {
            key.policy = PolicyMapper.document(document, owner: info, name: "KeyPolicy", kind: .resource(.kmsKey))
        }
        return key
    }

    static func logGroup(_ properties: Cursor, info: ResourceInfo) -> LogGroup {
        var group = LogGroup(resource: info)
        group.logGroupName = properties.child("LogGroupName")?.string ?? .absent
        if let name = group.logGroupName.value { group.resource.keys.append(name) }
        group.kmsKey = properties.child("KmsKeyId")?.string ?? .absent
        return group
    }

    static func resourcePolicy(_ properties: Cursor, info: ResourceInfo, type: String, into fragment: inout ModelFragment) {
        guard let documentCursor = properties.child("PolicyDocument") else { return }
        switch type {
        case "AWS::S3::BucketPolicy":
            let document = PolicyMapper.document(documentCursor, owner: info, name: "PolicyDocument", kind: .resource(.bucket))
            fragment.bucketPolicies.append(BucketPolicy(bucket: properties.child("Bucket")?.reference ?? .absent, document: document))
        case "AWS::SQS::QueuePolicy":
            fragment.policyDocuments.append(PolicyMapper.document(documentCursor, owner: info, name: "PolicyDocument", kind: .resource(.queue)))
        default:
            fragment.policyDocuments.append(PolicyMapper.document(documentCursor, owner: info, name: "PolicyDocument", kind: .resource(.topic)))
        }
    }
}
