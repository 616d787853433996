/// An ECR repository.
public struct Repository: ModelEntity, Hashable {
    public var resource: ResourceInfo
    public var repositoryName: Fact<String>
    public var arn: String?
    /// `MUTABLE` (the default) or `IMMUTABLE`.
    public var tagMutability: Fact<String>
    public var scanOnPush: Fact<Bool>
    /// `AES256` (the default) or `KMS`.
    public var encryptionType: Fact<String>
    public var kmsKey: Fact<String>

    public init(resource: ResourceInfo) {
        self.resource = resource
        self.repositoryName = .absent
        self.tagMutability = .absent
        self.scanOnPush = .absent
        self.encryptionType = .absent
        self.kmsKey = .absent
    }
}

public struct LogGroup: ModelEntity, Hashable {
    public var resource: ResourceInfo
    public var logGroupName: Fact<String>
    public var kmsKey: Fact<String>
    public init(resource: ResourceInfo) {
        self.resource = resource
        self.logGroupName = .absent
        self.kmsKey = .absent
    }
}

public struct Bucket: ModelEntity, Hashable {
    public var resource: ResourceInfo
    public var bucketName: Fact<String>
    /// Site of `BucketEncryption`; nil when absent (S3 then encrypts with SSE-S3 by default).
    public var encryptionSite: Site?
    /// Server-side algorithm of the default encryption rule(s): `AES256`, `aws:kms`, `aws:kms:dsse`.
    public var encryptionAlgorithms: [Fact<String>]
    /// The four public access block flags, each absent when not written.
    public var blockPublicAcls: Fact<Bool>
    public var blockPublicPolicy: Fact<Bool>
    public var ignorePublicAcls: Fact<Bool>
    public var restrictPublicBuckets: Fact<Bool>
    /// Bucket policies attached through `AWS::S3::BucketPolicy` (filled in when linking).
    public var policies: [PolicyDocument]

    public init(resource: ResourceInfo) {
        self.resource = resource
        self.bucketName = .absent
        self.encryptionAlgorithms = []
        self.blockPublicAcls = .absent
        self.blockPublicPolicy = .absent
        self.ignorePublicAcls = .absent
        self.restrictPublicBuckets = .absent
        self.policies = []
    }

    public var publicAccessFlags: [(String, Fact<Bool>)] {
        [("BlockPublicAcls", blockPublicAcls), ("BlockPublicPolicy", blockPublicPolicy),
         ("IgnorePublicAcls", ignorePublicAcls), ("RestrictPublicBuckets", restrictPublicBuckets)]
    }
}

/// A bucket policy before linking: the bucket it names and the document.
public struct BucketPolicy: Sendable, Hashable {
    public var bucket: Fact<Reference>
    public var document: PolicyDocument
    public init(bucket: Fact<Reference>, document: PolicyDocument) {
        self.bucket = bucket
        self.document = document
    }
}

public struct Key: ModelEntity, Hashable {
    public var resource: ResourceInfo
    public var arn: String?
    public var policy: PolicyDocument?
    public init(resource: ResourceInfo) {
        self.resource = resource
    }
}

public struct Secret: ModelEntity, Hashable {
    public var resource: ResourceInfo
    public var kmsKey: Fact<String>
    public init(resource: ResourceInfo) {
        self.resource = resource
        self.kmsKey = .absent
    }
}

public struct DatabaseInstance: ModelEntity, Hashable {
    public var resource: ResourceInfo
    public var publiclyAccessible: Fact<Bool>
    public var securityGroups: [Fact<Reference>]
    /// `DBSubnetGroupName` (a template), or the name of the described `DBSubnetGroup` (the API).
    public var subnetGroup: Fact<Reference>
    /// The subnets the API describes inside the instance's `DBSubnetGroup`; empty in a template.
    public var subnets: [Fact<Reference>]
    public init(resource: ResourceInfo) {
        self.resource = resource
        self.publiclyAccessible = .absent
        self.securityGroups = []
        self.subnetGroup = .absent
        self.subnets = []
    }
}

/// `AWS::RDS::DBSubnetGroup` and `rds describe-db-subnet-groups`.
public struct DBSubnetGroup: ModelEntity, Hashable {
    public var resource: ResourceInfo
    public var subnets: [Fact<Reference>]
    public init(resource: ResourceInfo) {
        self.resource = resource
        self.subnets = []
    }
}

/// `AWS::EFS::MountTarget` and `efs describe-mount-targets`.
public struct MountTarget: ModelEntity, Hashable {
    public var resource: ResourceInfo
    public var fileSystem: Fact<Reference>
    public var subnet: Fact<Reference>
    public init(resource: ResourceInfo) {
        self.resource = resource
        self.fileSystem = .absent
        self.subnet = .absent
    }
}
