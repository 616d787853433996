import ArchlintModel

/// Log groups, ECR repositories, Secrets Manager secrets, CodePipeline artifact stores and CodeBuild
/// build output encrypted with a key AWS owns or manages rather than a customer-managed KMS key.
struct EN107NoCustomerManagedKey: Rule {
    static let id = "EN107"

    func check(_ model: Architecture, _ context: inout RuleContext) {
        for group in model.logGroups.all {
            context.checked(group.resource)
            switch group.kmsKey {
            case .absent:
                context.report("log group has no KmsKeyId: CloudWatch Logs encrypts it with a key AWS owns",
                               at: group.resource.site, on: group.resource)
            case .known(let key, let site) where Self.isAWSManaged(key):
                context.report("log group uses the AWS managed key \(key), not a customer-managed KMS key", at: site, on: group.resource)
            case .known, .unknown:
                continue
            }
        }
        for repository in model.repositories.all {
            context.checked(repository.resource)
            switch repository.encryptionType {
            case .absent:
                context.report("ECR repository has no encryption configuration: images are encrypted with AES256 (SSE-S3)",
                               at: repository.resource.site, on: repository.resource)
            case .known(let type, let site) where type.uppercased() == "AES256":
                context.report("ECR repository encrypts images with AES256 (SSE-S3), not a customer-managed KMS key",
                               at: site, on: repository.resource)
            case .known:
                if case .known(let key, let site) = repository.kmsKey, Self.isAWSManaged(key) {
                    context.report("ECR repository uses the AWS managed key \(key), not a customer-managed KMS key",
                                   at: site, on: repository.resource)
                }
            case .unknown:
                continue
            }
        }
        for secret in model.secrets.all {
            context.checked(secret.resource)
            switch secret.kmsKey {
            case .absent:
                context.report("secret has no KmsKeyId: it is encrypted with the AWS managed key aws/secretsmanager",
                               at: secret.resource.site, on: secret.resource)
            case .known(let key, let site) where Self.isAWSManaged(key):
                context.report("secret uses the AWS managed key \(key), not a customer-managed KMS key", at: site, on: secret.resource)
            case .known, .unknown:
                continue
            }
        }
        for pipeline in model.pipelines.all {
            context.checked(pipeline.resource)
            for store in pipeline.artifactStores {
                switch store.encryptionKey {
                case .absent:
                    context.report("artifact store has no encryptionKey: artifacts are encrypted with the AWS managed key aws/s3",
                                   at: store.site, on: pipeline.resource)
                case .known(let key, let site) where Self.isAWSManaged(key):
                    context.report("artifact store uses the AWS managed key \(key), not a customer-managed KMS key",
                                   at: site, on: pipeline.resource)
                case .known, .unknown:
                    continue
                }
            }
        }
        for project in model.buildProjects.all {
            context.checked(project.resource)
            switch project.encryptionKey {
            case .absent:
                context.report("CodeBuild project has no EncryptionKey: build output is encrypted with the AWS managed key aws/s3",
                               at: project.resource.site, on: project.resource)
            case .known(let key, let site) where Self.isAWSManaged(key):
                context.report("CodeBuild project encrypts build output with the AWS managed key \(key), not a customer-managed KMS key",
                               at: site, on: project.resource)
            case .known, .unknown:
                continue
            }
        }
    }

    /// `alias/aws/...` names an AWS managed key, whether alone or inside an alias ARN.
    static func isAWSManaged(_ key: String) -> Bool {
        key.hasPrefix("alias/aws/") || key.contains(":alias/aws/")
    }
}
