import ArchlintModel

/// ECR repositories: `AWS::ECR::Repository` and `ecr describe-repositories`.
enum ECR {
    static let repositoryType = "AWS::ECR::Repository"

    static let mappers = [
        ResourceMapper(repositoryType, into: \.repositories, named: "repositoryName", fallback: "repository",
                       keys: ["repositoryArn", "repositoryUri"], read: repository),
    ]

    static func repository(_ body: Cursor, resource: ResourceInfo) -> Repository {
        var repository = Repository(resource: resource)
        repository.repositoryName = body.child("repositoryName")?.string ?? .absent
        repository.arn = body.child("repositoryArn")?.string.value
        repository.tagMutability = body.child("imageTagMutability")?.string ?? .absent
        repository.scanOnPush = body.child("imageScanningConfiguration", "scanOnPush")?.bool
            ?? body.child("imageScanningConfiguration", "ScanOnPush")?.bool ?? .absent
        repository.encryptionType = body.child("encryptionConfiguration", "encryptionType")?.string ?? .absent
        repository.kmsKey = body.child("encryptionConfiguration", "kmsKey")?.string ?? .absent
        return repository
    }
}
