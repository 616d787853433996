// GENERATED from rules/ by `ARCHLINT_UPDATE_EMBEDDED=1 swift test --filter EmbeddedRuleHeaderTests` — DO NOT EDIT.

let embeddedRuleHeaders: [EmbeddedRuleHeader] = [
    EmbeddedRuleHeader(
        path: "rules/certificate/CE101-certificate-expired.yaml", id: "CE101", slug: "certificate-expired",
        title: "Certificate has expired",
        category: "certificate", severity: .error, optIn: false,
        controls: [], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/certificate/CE102-certificate-expiring.yaml", id: "CE102", slug: "certificate-expiring",
        title: "Certificate expires within the warning window",
        category: "certificate", severity: .warning, optIn: false,
        controls: ["ACM.1"], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/certificate/CE103-certificate-not-issued.yaml", id: "CE103", slug: "certificate-not-issued",
        title: "ACM certificate is not issued",
        category: "certificate", severity: .error, optIn: false,
        controls: [], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/certificate/CE104-renewal-at-risk.yaml", id: "CE104", slug: "renewal-at-risk",
        title: "Certificate in use will not be renewed by ACM",
        category: "certificate", severity: .warning, optIn: false,
        controls: [], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/certificate/CE105-weak-key.yaml", id: "CE105", slug: "weak-key",
        title: "Certificate key weaker than RSA-2048 or EC P-256",
        category: "certificate", severity: .error, optIn: false,
        controls: ["ACM.2"], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/certificate/CE106-weak-signature.yaml", id: "CE106", slug: "weak-signature",
        title: "Certificate signed with SHA-1 or MD5",
        category: "certificate", severity: .error, optIn: false,
        controls: [], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/certificate/CE107-email-validation.yaml", id: "CE107", slug: "email-validation",
        title: "ACM certificate validated by email",
        category: "certificate", severity: .warning, optIn: false,
        controls: [], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/certificate/CE108-not-yet-valid.yaml", id: "CE108", slug: "not-yet-valid",
        title: "Certificate is not valid yet",
        category: "certificate", severity: .error, optIn: false,
        controls: [], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/certificate/CE109-chain-out-of-order.yaml", id: "CE109", slug: "chain-out-of-order",
        title: "Certificate chain out of order",
        category: "certificate", severity: .error, optIn: false,
        controls: [], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/certificate/CE110-edge-certificate-setup.yaml", id: "CE110", slug: "edge-certificate-setup",
        title: "Classic Load Balancer serves an IAM certificate, or CloudFront serves one on dedicated IPs",
        category: "certificate", severity: .warning, optIn: false,
        controls: ["ELB.2", "CloudFront.8"], checkTypes: ["AWS::ElasticLoadBalancing::LoadBalancer", "AWS::CloudFront::Distribution"]),
    EmbeddedRuleHeader(
        path: "rules/encryption/EN101-plaintext-secret.yaml", id: "EN101", slug: "plaintext-secret",
        title: "Secret in a plaintext environment variable",
        category: "encryption", severity: .error, optIn: false,
        controls: ["ECS.8", "CodeBuild.2"], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/encryption/EN102-http-listener-forwards.yaml", id: "EN102", slug: "http-listener-forwards",
        title: "Plaintext listener forwards traffic instead of redirecting to HTTPS",
        category: "encryption", severity: .error, optIn: false,
        controls: ["ELB.1", "ELB.18"], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/encryption/EN103-weak-tls-policy.yaml", id: "EN103", slug: "weak-tls-policy",
        title: "HTTPS or TLS listener accepts TLS 1.0 or 1.1",
        category: "encryption", severity: .warning, optIn: false,
        controls: ["ELB.17"], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/encryption/EN104-efs-transit-encryption.yaml", id: "EN104", slug: "efs-transit-encryption",
        title: "EFS volume mounted without encryption in transit",
        category: "encryption", severity: .error, optIn: false,
        controls: ["ECS.18"], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/encryption/EN105-bucket-insecure-transport.yaml", id: "EN105", slug: "bucket-insecure-transport",
        title: "S3 bucket accepts requests without TLS",
        category: "encryption", severity: .warning, optIn: false,
        controls: ["S3.5"], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/encryption/EN106-bucket-public-or-unencrypted.yaml", id: "EN106", slug: "bucket-public-or-unencrypted",
        title: "S3 bucket turns off its public access block or its default encryption",
        category: "encryption", severity: .error, optIn: false,
        controls: ["S3.8"], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/encryption/EN107-no-customer-managed-key.yaml", id: "EN107", slug: "no-customer-managed-key",
        title: "Data encrypted without a customer-managed KMS key",
        category: "encryption", severity: .note, optIn: false,
        controls: [], checkTypes: ["AWS::Logs::LogGroup", "AWS::ECR::Repository", "AWS::ECR::Repository", "AWS::SecretsManager::Secret", "AWS::CodePipeline::Pipeline", "AWS::CodePipeline::Pipeline", "AWS::CodePipeline::Pipeline", "AWS::CodeBuild::Project"]),
    EmbeddedRuleHeader(
        path: "rules/encryption/EN108-rds-storage-unencrypted.yaml", id: "EN108", slug: "rds-storage-unencrypted",
        title: "RDS database storage not encrypted at rest",
        category: "encryption", severity: .error, optIn: false,
        controls: ["RDS.3", "RDS.27"], checkTypes: ["AWS::RDS::DBInstance", "AWS::RDS::DBCluster"]),
    EmbeddedRuleHeader(
        path: "rules/encryption/EN109-ebs-volume-unencrypted.yaml", id: "EN109", slug: "ebs-volume-unencrypted",
        title: "EBS volume or block device not encrypted",
        category: "encryption", severity: .warning, optIn: false,
        controls: ["EC2.3", "EC2.181", "EC2.173"], checkTypes: ["AWS::EC2::Volume", "AWS::EC2::Volume", "AWS::EC2::Instance", "AWS::AutoScaling::LaunchConfiguration", "AWS::EC2::LaunchTemplate", "AWS::EC2::SpotFleet"]),
    EmbeddedRuleHeader(
        path: "rules/encryption/EN110-efs-unencrypted.yaml", id: "EN110", slug: "efs-unencrypted",
        title: "EFS file system not encrypted at rest",
        category: "encryption", severity: .error, optIn: false,
        controls: ["EFS.1", "EFS.8"], checkTypes: ["AWS::EFS::FileSystem"]),
    EmbeddedRuleHeader(
        path: "rules/encryption/EN111-elasticache-unencrypted-at-rest.yaml", id: "EN111", slug: "elasticache-unencrypted-at-rest",
        title: "ElastiCache replication group not encrypted at rest",
        category: "encryption", severity: .error, optIn: false,
        controls: ["ElastiCache.4"], checkTypes: ["AWS::ElastiCache::ReplicationGroup"]),
    EmbeddedRuleHeader(
        path: "rules/encryption/EN112-search-domain-unencrypted.yaml", id: "EN112", slug: "search-domain-unencrypted",
        title: "OpenSearch or Elasticsearch domain not encrypted at rest",
        category: "encryption", severity: .error, optIn: false,
        controls: ["ES.1", "Opensearch.1"], checkTypes: ["AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"]),
    EmbeddedRuleHeader(
        path: "rules/encryption/EN113-redshift-unencrypted.yaml", id: "EN113", slug: "redshift-unencrypted",
        title: "Redshift cluster encryption turned off",
        category: "encryption", severity: .error, optIn: false,
        controls: ["Redshift.10"], checkTypes: ["AWS::Redshift::Cluster"]),
    EmbeddedRuleHeader(
        path: "rules/encryption/EN114-stream-unencrypted.yaml", id: "EN114", slug: "stream-unencrypted",
        title: "Kinesis stream or Firehose delivery stream not encrypted at rest",
        category: "encryption", severity: .error, optIn: false,
        controls: ["Kinesis.1", "DataFirehose.1"], checkTypes: ["AWS::Kinesis::Stream", "AWS::KinesisFirehose::DeliveryStream"]),
    EmbeddedRuleHeader(
        path: "rules/encryption/EN115-dax-unencrypted.yaml", id: "EN115", slug: "dax-unencrypted",
        title: "DAX cluster not encrypted at rest or in transit",
        category: "encryption", severity: .error, optIn: false,
        controls: ["DynamoDB.3", "DynamoDB.7"], checkTypes: ["AWS::DAX::Cluster", "AWS::DAX::Cluster"]),
    EmbeddedRuleHeader(
        path: "rules/encryption/EN116-topic-unencrypted.yaml", id: "EN116", slug: "topic-unencrypted",
        title: "SNS topic without server-side encryption",
        category: "encryption", severity: .warning, optIn: false,
        controls: [], checkTypes: ["AWS::SNS::Topic"]),
    EmbeddedRuleHeader(
        path: "rules/encryption/EN117-queue-unencrypted.yaml", id: "EN117", slug: "queue-unencrypted",
        title: "SQS queue with server-side encryption turned off",
        category: "encryption", severity: .error, optIn: false,
        controls: ["SQS.1"], checkTypes: ["AWS::SQS::Queue"]),
    EmbeddedRuleHeader(
        path: "rules/encryption/EN118-trail-without-kms.yaml", id: "EN118", slug: "trail-without-kms",
        title: "CloudTrail trail logs not encrypted with KMS",
        category: "encryption", severity: .warning, optIn: false,
        controls: ["CloudTrail.2"], checkTypes: ["AWS::CloudTrail::Trail"]),
    EmbeddedRuleHeader(
        path: "rules/encryption/EN119-docdb-neptune-unencrypted.yaml", id: "EN119", slug: "docdb-neptune-unencrypted",
        title: "DocumentDB or Neptune cluster not encrypted at rest",
        category: "encryption", severity: .error, optIn: false,
        controls: ["DocumentDB.1", "Neptune.1"], checkTypes: ["AWS::DocDB::DBCluster", "AWS::Neptune::DBCluster"]),
    EmbeddedRuleHeader(
        path: "rules/encryption/EN120-kms-key-rotation.yaml", id: "EN120", slug: "kms-key-rotation",
        title: "Symmetric KMS key without automatic rotation",
        category: "encryption", severity: .warning, optIn: false,
        controls: [], checkTypes: ["AWS::KMS::Key"]),
    EmbeddedRuleHeader(
        path: "rules/encryption/EN121-managed-key-only.yaml", id: "EN121", slug: "managed-key-only",
        title: "Backup vault, Athena workgroup or SageMaker notebook without a customer-managed key",
        category: "encryption", severity: .note, optIn: false,
        controls: ["SageMaker.21"], checkTypes: ["AWS::Backup::BackupVault", "AWS::SageMaker::NotebookInstance", "AWS::Athena::WorkGroup"]),
    EmbeddedRuleHeader(
        path: "rules/encryption/EN122-elasticache-transit.yaml", id: "EN122", slug: "elasticache-transit",
        title: "ElastiCache replication group without encryption in transit or AUTH",
        category: "encryption", severity: .error, optIn: false,
        controls: ["ElastiCache.5", "ElastiCache.6"], checkTypes: ["AWS::ElastiCache::ReplicationGroup", "AWS::ElastiCache::ReplicationGroup"]),
    EmbeddedRuleHeader(
        path: "rules/encryption/EN123-search-domain-transit.yaml", id: "EN123", slug: "search-domain-transit",
        title: "OpenSearch or Elasticsearch domain traffic not encrypted in transit",
        category: "encryption", severity: .error, optIn: false,
        controls: ["ES.3", "Opensearch.3", "ES.8", "Opensearch.8"], checkTypes: ["AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain", "AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain", "AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"]),
    EmbeddedRuleHeader(
        path: "rules/encryption/EN124-msk-plaintext.yaml", id: "EN124", slug: "msk-plaintext",
        title: "MSK cluster accepts plaintext traffic",
        category: "encryption", severity: .error, optIn: false,
        controls: ["MSK.1", "MSK.3"], checkTypes: ["AWS::MSK::Cluster", "AWS::MSK::Cluster", "AWS::KafkaConnect::Connector"]),
    EmbeddedRuleHeader(
        path: "rules/encryption/EN125-cloudfront-allows-http.yaml", id: "EN125", slug: "cloudfront-allows-http",
        title: "CloudFront cache behavior serves viewers over plain HTTP",
        category: "encryption", severity: .error, optIn: false,
        controls: ["CloudFront.3"], checkTypes: ["AWS::CloudFront::Distribution", "AWS::CloudFront::Distribution"]),
    EmbeddedRuleHeader(
        path: "rules/encryption/EN126-cloudfront-origin-plaintext.yaml", id: "EN126", slug: "cloudfront-origin-plaintext",
        title: "CloudFront reaches a custom origin without current TLS",
        category: "encryption", severity: .error, optIn: false,
        controls: ["CloudFront.9", "CloudFront.10"], checkTypes: ["AWS::CloudFront::Distribution", "AWS::CloudFront::Distribution"]),
    EmbeddedRuleHeader(
        path: "rules/encryption/EN127-endpoint-tls-below-1-2.yaml", id: "EN127", slug: "endpoint-tls-below-1-2",
        title: "CloudFront or API Gateway custom domain admits TLS below 1.2",
        category: "encryption", severity: .warning, optIn: false,
        controls: ["CloudFront.15", "APIGateway.11"], checkTypes: ["AWS::CloudFront::Distribution", "AWS::ApiGateway::DomainName", "AWS::ApiGatewayV2::DomainName"]),
    EmbeddedRuleHeader(
        path: "rules/encryption/EN128-parameter-group-ssl-off.yaml", id: "EN128", slug: "parameter-group-ssl-off",
        title: "Database parameter group does not require TLS",
        category: "encryption", severity: .error, optIn: false,
        controls: ["RDS.38", "RDS.39", "RDS.41", "RDS.44", "Redshift.2", "DocumentDB.6"], checkTypes: ["AWS::RDS::DBParameterGroup", "AWS::RDS::DBClusterParameterGroup", "AWS::Redshift::ClusterParameterGroup", "AWS::DocDB::DBClusterParameterGroup"]),
    EmbeddedRuleHeader(
        path: "rules/encryption/EN129-classic-lb-plaintext.yaml", id: "EN129", slug: "classic-lb-plaintext",
        title: "Classic Load Balancer listener without TLS",
        category: "encryption", severity: .warning, optIn: false,
        controls: ["ELB.3"], checkTypes: ["AWS::ElasticLoadBalancing::LoadBalancer", "AWS::ElasticLoadBalancing::LoadBalancer"]),
    EmbeddedRuleHeader(
        path: "rules/encryption/EN130-plaintext-secret-property.yaml", id: "EN130", slug: "plaintext-secret-property",
        title: "Secret written in plaintext in a resource property",
        category: "encryption", severity: .error, optIn: false,
        controls: [], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/encryption/EN131-api-cache-unencrypted.yaml", id: "EN131", slug: "api-cache-unencrypted",
        title: "API Gateway stage caches responses unencrypted",
        category: "encryption", severity: .warning, optIn: false,
        controls: ["APIGateway.5"], checkTypes: ["AWS::ApiGateway::Stage"]),
    EmbeddedRuleHeader(
        path: "rules/encryption/EN132-codebuild-output-unencrypted.yaml", id: "EN132", slug: "codebuild-output-unencrypted",
        title: "CodeBuild logs or report exports written to S3 unencrypted",
        category: "encryption", severity: .warning, optIn: false,
        controls: ["CodeBuild.3", "CodeBuild.7"], checkTypes: ["AWS::CodeBuild::Project", "AWS::CodeBuild::ReportGroup"]),
    EmbeddedRuleHeader(
        path: "rules/encryption/EN133-dms-endpoint-plaintext.yaml", id: "EN133", slug: "dms-endpoint-plaintext",
        title: "DMS endpoint connects without TLS",
        category: "encryption", severity: .warning, optIn: false,
        controls: ["DMS.9", "DMS.12"], checkTypes: ["AWS::DMS::Endpoint", "AWS::DMS::Endpoint"]),
    EmbeddedRuleHeader(
        path: "rules/encryption/EN134-rds-proxy-without-tls.yaml", id: "EN134", slug: "rds-proxy-without-tls",
        title: "RDS Proxy does not require TLS",
        category: "encryption", severity: .warning, optIn: false,
        controls: ["RDS.43"], checkTypes: ["AWS::RDS::DBProxy"]),
    EmbeddedRuleHeader(
        path: "rules/encryption/EN135-sagemaker-inter-container-plaintext.yaml", id: "EN135", slug: "sagemaker-inter-container-plaintext",
        title: "SageMaker monitoring job sends traffic between containers unencrypted",
        category: "encryption", severity: .warning, optIn: false,
        controls: ["SageMaker.9", "SageMaker.10", "SageMaker.13", "SageMaker.15", "SageMaker.22"], checkTypes: ["AWS::SageMaker::DataQualityJobDefinition", "AWS::SageMaker::ModelQualityJobDefinition", "AWS::SageMaker::ModelBiasJobDefinition", "AWS::SageMaker::ModelExplainabilityJobDefinition", "AWS::SageMaker::MonitoringSchedule"]),
    EmbeddedRuleHeader(
        path: "rules/encryption/EN136-codebuild-source-credentials.yaml", id: "EN136", slug: "codebuild-source-credentials",
        title: "CodeBuild source URL carries credentials",
        category: "encryption", severity: .error, optIn: false,
        controls: ["CodeBuild.1"], checkTypes: ["AWS::CodeBuild::Project", "AWS::CodeBuild::Project"]),
    EmbeddedRuleHeader(
        path: "rules/encryption/EN137-secret-in-output.yaml", id: "EN137", slug: "secret-in-output",
        title: "Template output exposes a secret",
        category: "encryption", severity: .error, optIn: false,
        controls: [], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/encryption/EN138-noecho-parameter-default.yaml", id: "EN138", slug: "noecho-parameter-default",
        title: "NoEcho parameter carries a Default",
        category: "encryption", severity: .error, optIn: false,
        controls: [], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/encryption/EN140-private-integration-plaintext.yaml", id: "EN140", slug: "private-integration-plaintext",
        title: "HTTP API private integration without TLS",
        category: "encryption", severity: .note, optIn: false,
        controls: ["APIGateway.10"], checkTypes: ["AWS::ApiGatewayV2::Integration"]),
    EmbeddedRuleHeader(
        path: "rules/encryption/EN141-classic-lb-weak-tls-policy.yaml", id: "EN141", slug: "classic-lb-weak-tls-policy",
        title: "Classic Load Balancer TLS listener without the TLS 1.2 security policy",
        category: "encryption", severity: .warning, optIn: false,
        controls: ["ELB.8"], checkTypes: ["AWS::ElasticLoadBalancing::LoadBalancer", "AWS::ElasticLoadBalancing::LoadBalancer"]),
    EmbeddedRuleHeader(
        path: "rules/encryption/EN142-rest-stage-no-client-certificate.yaml", id: "EN142", slug: "rest-stage-no-client-certificate",
        title: "REST API stage without a client certificate for its HTTP backends",
        category: "encryption", severity: .warning, optIn: false,
        controls: ["APIGateway.2"], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/encryption/EN150-vpn-allows-ikev1.yaml", id: "EN150", slug: "vpn-allows-ikev1",
        title: "Site-to-Site VPN tunnel allows IKEv1",
        category: "encryption", severity: .note, optIn: false,
        controls: ["EC2.183"], checkTypes: ["AWS::EC2::VPNConnection", "AWS::EC2::VPNConnection"]),
    EmbeddedRuleHeader(
        path: "rules/encryption/EN151-feature-store-no-kms-key.yaml", id: "EN151", slug: "feature-store-no-kms-key",
        title: "SageMaker feature group store without a customer-managed KMS key",
        category: "encryption", severity: .note, optIn: false,
        controls: ["SageMaker.17", "SageMaker.18"], checkTypes: ["AWS::SageMaker::FeatureGroup", "AWS::SageMaker::FeatureGroup"]),
    EmbeddedRuleHeader(
        path: "rules/encryption/EN152-inference-experiment-no-kms-key.yaml", id: "EN152", slug: "inference-experiment-no-kms-key",
        title: "SageMaker inference experiment without a customer-managed KMS key",
        category: "encryption", severity: .note, optIn: false,
        controls: ["SageMaker.23", "SageMaker.24"], checkTypes: ["AWS::SageMaker::InferenceExperiment", "AWS::SageMaker::InferenceExperiment"]),
    EmbeddedRuleHeader(
        path: "rules/encryption/EN160-authentication-metadata-secret.yaml", id: "EN160", slug: "authentication-metadata-secret",
        title: "Credential written in plaintext in AWS::CloudFormation::Authentication metadata",
        category: "encryption", severity: .error, optIn: false,
        controls: [], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/health-check/HC101-health-check-disabled.yaml", id: "HC101", slug: "health-check-disabled",
        title: "Target group health checks disabled",
        category: "health-check", severity: .error, optIn: false,
        controls: [], checkTypes: ["AWS::ElasticLoadBalancingV2::TargetGroup"]),
    EmbeddedRuleHeader(
        path: "rules/health-check/HC102-matcher-accepts-errors.yaml", id: "HC102", slug: "matcher-accepts-errors",
        title: "Health-check matcher accepts 4xx or 5xx responses",
        category: "health-check", severity: .warning, optIn: false,
        controls: [], checkTypes: ["AWS::ElasticLoadBalancingV2::TargetGroup"]),
    EmbeddedRuleHeader(
        path: "rules/health-check/HC103-timeout-not-below-interval.yaml", id: "HC103", slug: "timeout-not-below-interval",
        title: "Health-check timeout not shorter than the interval",
        category: "health-check", severity: .error, optIn: false,
        controls: [], checkTypes: ["AWS::ElasticLoadBalancingV2::TargetGroup"]),
    EmbeddedRuleHeader(
        path: "rules/health-check/HC104-slow-failure-detection.yaml", id: "HC104", slug: "slow-failure-detection",
        title: "Failed targets detected after more than five minutes",
        category: "health-check", severity: .warning, optIn: false,
        controls: [], checkTypes: ["AWS::ElasticLoadBalancingV2::TargetGroup"]),
    EmbeddedRuleHeader(
        path: "rules/health-check/HC105-health-check-port-mismatch.yaml", id: "HC105", slug: "health-check-port-mismatch",
        title: "Health-check port differs from the port the service registers",
        category: "health-check", severity: .warning, optIn: false,
        controls: [], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/health-check/HC106-container-without-health-check.yaml", id: "HC106", slug: "container-without-health-check",
        title: "Essential container without a health check",
        category: "health-check", severity: .warning, optIn: false,
        controls: [], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/health-check/HC107-health-check-command-form.yaml", id: "HC107", slug: "health-check-command-form",
        title: "Container health-check command not in CMD or CMD-SHELL form",
        category: "health-check", severity: .error, optIn: false,
        controls: [], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/health-check/HC108-no-circuit-breaker.yaml", id: "HC108", slug: "no-circuit-breaker",
        title: "ECS service without the deployment circuit breaker and rollback",
        category: "health-check", severity: .warning, optIn: false,
        controls: [], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/health-check/HC109-single-task.yaml", id: "HC109", slug: "single-task",
        title: "Service behind a load balancer runs fewer than two tasks",
        category: "health-check", severity: .warning, optIn: false,
        controls: [], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/health-check/HC110-minimum-healthy-zero.yaml", id: "HC110", slug: "minimum-healthy-zero",
        title: "Service deployments may stop every task",
        category: "health-check", severity: .warning, optIn: false,
        controls: [], checkTypes: ["AWS::ECS::Service"]),
    EmbeddedRuleHeader(
        path: "rules/health-check/HC111-no-grace-period.yaml", id: "HC111", slug: "no-grace-period",
        title: "Load-balanced service without a health-check grace period",
        category: "health-check", severity: .note, optIn: false,
        controls: [], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/health-check/HC112-asg-ec2-health-checks-only.yaml", id: "HC112", slug: "asg-ec2-health-checks-only",
        title: "Auto Scaling group behind a load balancer does not use its health checks",
        category: "health-check", severity: .note, optIn: false,
        controls: ["AutoScaling.1"], checkTypes: ["AWS::AutoScaling::AutoScalingGroup"]),
    EmbeddedRuleHeader(
        path: "rules/health-check/HC113-classic-lb-no-connection-draining.yaml", id: "HC113", slug: "classic-lb-no-connection-draining",
        title: "Classic Load Balancer without connection draining",
        category: "health-check", severity: .note, optIn: false,
        controls: ["ELB.7"], checkTypes: ["AWS::ElasticLoadBalancing::LoadBalancer"]),
    EmbeddedRuleHeader(
        path: "rules/health-check/HC114-classic-lb-no-cross-zone.yaml", id: "HC114", slug: "classic-lb-no-cross-zone",
        title: "Classic Load Balancer without cross-zone load balancing",
        category: "health-check", severity: .warning, optIn: false,
        controls: ["ELB.9"], checkTypes: ["AWS::ElasticLoadBalancing::LoadBalancer"]),
    EmbeddedRuleHeader(
        path: "rules/health-check/HC115-capacity-provider-no-termination-protection.yaml", id: "HC115", slug: "capacity-provider-no-termination-protection",
        title: "ECS capacity provider without managed termination protection",
        category: "health-check", severity: .note, optIn: false,
        controls: ["ECS.19"], checkTypes: ["AWS::ECS::CapacityProvider"]),
    EmbeddedRuleHeader(
        path: "rules/health-check/HC150-classic-lb-single-zone.yaml", id: "HC150", slug: "classic-lb-single-zone",
        title: "Classic Load Balancer in fewer than two Availability Zones",
        category: "health-check", severity: .warning, optIn: false,
        controls: ["ELB.10"], checkTypes: ["AWS::ElasticLoadBalancing::LoadBalancer", "AWS::ElasticLoadBalancing::LoadBalancer"]),
    EmbeddedRuleHeader(
        path: "rules/health-check/HC151-load-balancer-single-zone.yaml", id: "HC151", slug: "load-balancer-single-zone",
        title: "Application, Network or Gateway Load Balancer in fewer than two Availability Zones",
        category: "health-check", severity: .warning, optIn: false,
        controls: ["ELB.13"], checkTypes: ["AWS::ElasticLoadBalancingV2::LoadBalancer"]),
    EmbeddedRuleHeader(
        path: "rules/least-privilege/LP101-admin-access.yaml", id: "LP101", slug: "admin-access",
        title: "Policy allows every action on every resource",
        category: "least-privilege", severity: .error, optIn: false,
        controls: ["IAM.1"], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/least-privilege/LP102-service-wildcard-all-resources.yaml", id: "LP102", slug: "service-wildcard-all-resources",
        title: "Service-wide wildcard action on every resource",
        category: "least-privilege", severity: .error, optIn: false,
        controls: ["IAM.21"], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/least-privilege/LP103-service-wildcard-scoped.yaml", id: "LP103", slug: "service-wildcard-scoped",
        title: "Service-wide wildcard action on named resources",
        category: "least-privilege", severity: .warning, optIn: false,
        controls: [], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/least-privilege/LP104-passrole-unrestricted.yaml", id: "LP104", slug: "passrole-unrestricted",
        title: "iam:PassRole on every role without an iam:PassedToService condition",
        category: "least-privilege", severity: .error, optIn: false,
        controls: [], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/least-privilege/LP105-privilege-escalation.yaml", id: "LP105", slug: "privilege-escalation",
        title: "Privilege-escalation action on every resource",
        category: "least-privilege", severity: .error, optIn: false,
        controls: [], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/least-privilege/LP106-write-on-all-resources.yaml", id: "LP106", slug: "write-on-all-resources",
        title: "Write or permissions-management action on every resource",
        category: "least-privilege", severity: .warning, optIn: false,
        controls: [], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/least-privilege/LP107-data-read-on-all-resources.yaml", id: "LP107", slug: "data-read-on-all-resources",
        title: "Data-read action on every resource of a data service",
        category: "least-privilege", severity: .warning, optIn: false,
        controls: [], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/least-privilege/LP108-not-resource.yaml", id: "LP108", slug: "not-resource",
        title: "Allow statement with NotResource",
        category: "least-privilege", severity: .warning, optIn: false,
        controls: [], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/least-privilege/LP109-admin-managed-policy.yaml", id: "LP109", slug: "admin-managed-policy",
        title: "Role with an administrator-level AWS managed policy",
        category: "least-privilege", severity: .error, optIn: false,
        controls: [], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/least-privilege/LP110-full-access-managed-policy.yaml", id: "LP110", slug: "full-access-managed-policy",
        title: "Role with an AWS managed FullAccess policy",
        category: "least-privilege", severity: .warning, optIn: false,
        controls: [], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/least-privilege/LP111-public-principal.yaml", id: "LP111", slug: "public-principal",
        title: "Policy allows any principal without a restricting condition",
        category: "least-privilege", severity: .error, optIn: false,
        controls: ["S3.2", "S3.3", "SQS.3", "SNS.4", "KMS.5"], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/least-privilege/LP112-cross-account-trust.yaml", id: "LP112", slug: "cross-account-trust",
        title: "Role trusts another account without an external ID or organisation condition",
        category: "least-privilege", severity: .warning, optIn: false,
        controls: [], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/least-privilege/LP113-shared-task-execution-role.yaml", id: "LP113", slug: "shared-task-execution-role",
        title: "One role is both task role and execution role",
        category: "least-privilege", severity: .warning, optIn: false,
        controls: [], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/least-privilege/LP114-unknown-action.yaml", id: "LP114", slug: "unknown-action",
        title: "Action that matches no IAM action",
        category: "least-privilege", severity: .warning, optIn: false,
        controls: [], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/least-privilege/LP115-privileged-container.yaml", id: "LP115", slug: "privileged-container",
        title: "ECS container runs privileged",
        category: "least-privilege", severity: .error, optIn: false,
        controls: ["ECS.4"], checkTypes: ["AWS::ECS::TaskDefinition"]),
    EmbeddedRuleHeader(
        path: "rules/least-privilege/LP116-host-pid-namespace.yaml", id: "LP116", slug: "host-pid-namespace",
        title: "ECS task definition shares the host's process namespace",
        category: "least-privilege", severity: .warning, optIn: false,
        controls: ["ECS.3"], checkTypes: ["AWS::ECS::TaskDefinition"]),
    EmbeddedRuleHeader(
        path: "rules/least-privilege/LP117-msk-unauthenticated-access.yaml", id: "LP117", slug: "msk-unauthenticated-access",
        title: "MSK cluster accepts unauthenticated clients",
        category: "least-privilege", severity: .warning, optIn: false,
        controls: ["MSK.6"], checkTypes: ["AWS::MSK::Cluster"]),
    EmbeddedRuleHeader(
        path: "rules/least-privilege/LP118-notebook-root-access.yaml", id: "LP118", slug: "notebook-root-access",
        title: "SageMaker notebook instance gives its users root access",
        category: "least-privilege", severity: .note, optIn: false,
        controls: ["SageMaker.3"], checkTypes: ["AWS::SageMaker::NotebookInstance"]),
    EmbeddedRuleHeader(
        path: "rules/least-privilege/LP119-search-domain-no-fine-grained-access.yaml", id: "LP119", slug: "search-domain-no-fine-grained-access",
        title: "OpenSearch domain without fine-grained access control",
        category: "least-privilege", severity: .note, optIn: false,
        controls: ["Opensearch.7"], checkTypes: ["AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"]),
    EmbeddedRuleHeader(
        path: "rules/least-privilege/LP120-database-without-iam-auth.yaml", id: "LP120", slug: "database-without-iam-auth",
        title: "Database without IAM database authentication",
        category: "least-privilege", severity: .note, optIn: false,
        controls: ["RDS.10", "RDS.12", "Neptune.7"], checkTypes: ["AWS::RDS::DBInstance", "AWS::RDS::DBCluster", "AWS::RDS::DBInstance", "AWS::RDS::DBCluster", "AWS::Neptune::DBCluster"]),
    EmbeddedRuleHeader(
        path: "rules/least-privilege/LP121-efs-access-point-unscoped.yaml", id: "LP121", slug: "efs-access-point-unscoped",
        title: "EFS access point without its own root directory or POSIX user",
        category: "least-privilege", severity: .note, optIn: false,
        controls: ["EFS.3", "EFS.4"], checkTypes: ["AWS::EFS::AccessPoint", "AWS::EFS::AccessPoint"]),
    EmbeddedRuleHeader(
        path: "rules/least-privilege/LP122-s3-origin-without-oac.yaml", id: "LP122", slug: "s3-origin-without-oac",
        title: "CloudFront S3 origin without origin access control or identity",
        category: "least-privilege", severity: .warning, optIn: false,
        controls: ["CloudFront.13"], checkTypes: ["AWS::CloudFront::Distribution"]),
    EmbeddedRuleHeader(
        path: "rules/least-privilege/LP123-s3-origin-legacy-identity.yaml", id: "LP123", slug: "s3-origin-legacy-identity",
        title: "CloudFront S3 origin with a legacy origin access identity",
        category: "least-privilege", severity: .note, optIn: false,
        controls: ["CloudFront.13"], checkTypes: ["AWS::CloudFront::Distribution"]),
    EmbeddedRuleHeader(
        path: "rules/least-privilege/LP150-http-route-no-authorization.yaml", id: "LP150", slug: "http-route-no-authorization",
        title: "API Gateway HTTP or WebSocket route without an authorization type",
        category: "least-privilege", severity: .warning, optIn: false,
        controls: ["APIGateway.8"], checkTypes: ["AWS::ApiGatewayV2::Route"]),
    EmbeddedRuleHeader(
        path: "rules/least-privilege/LP151-lambda-url-origin-without-oac.yaml", id: "LP151", slug: "lambda-url-origin-without-oac",
        title: "CloudFront Lambda function URL origin without origin access control",
        category: "least-privilege", severity: .warning, optIn: false,
        controls: ["CloudFront.16"], checkTypes: ["AWS::CloudFront::Distribution"]),
    EmbeddedRuleHeader(
        path: "rules/least-privilege/LP152-cloudfront-trusted-signers.yaml", id: "LP152", slug: "cloudfront-trusted-signers",
        title: "CloudFront cache behavior trusts CloudFront key pairs instead of a key group",
        category: "least-privilege", severity: .warning, optIn: false,
        controls: ["CloudFront.17"], checkTypes: ["AWS::CloudFront::Distribution", "AWS::CloudFront::Distribution"]),
    EmbeddedRuleHeader(
        path: "rules/least-privilege/LP153-dms-neptune-no-iam-auth.yaml", id: "LP153", slug: "dms-neptune-no-iam-auth",
        title: "DMS endpoint for Neptune without IAM authorization",
        category: "least-privilege", severity: .warning, optIn: false,
        controls: ["DMS.10"], checkTypes: ["AWS::DMS::Endpoint"]),
    EmbeddedRuleHeader(
        path: "rules/least-privilege/LP154-dms-mongodb-no-authentication.yaml", id: "LP154", slug: "dms-mongodb-no-authentication",
        title: "DMS endpoint for MongoDB without authentication",
        category: "least-privilege", severity: .warning, optIn: false,
        controls: ["DMS.11"], checkTypes: ["AWS::DMS::Endpoint"]),
    EmbeddedRuleHeader(
        path: "rules/least-privilege/LP155-windows-container-administrator.yaml", id: "LP155", slug: "windows-container-administrator",
        title: "Windows container runs as an administrator",
        category: "least-privilege", severity: .warning, optIn: false,
        controls: ["ECS.21"], checkTypes: ["AWS::ECS::TaskDefinition"]),
    EmbeddedRuleHeader(
        path: "rules/least-privilege/LP160-decrypt-on-all-keys.yaml", id: "LP160", slug: "decrypt-on-all-keys",
        title: "Identity policy allows decrypting with every KMS key",
        category: "least-privilege", severity: .warning, optIn: false,
        controls: ["KMS.1", "KMS.2"], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/least-privilege/LP161-user-with-policies.yaml", id: "LP161", slug: "user-with-policies",
        title: "Policy attached directly to an IAM user",
        category: "least-privilege", severity: .note, optIn: false,
        controls: ["IAM.2"], checkTypes: ["AWS::IAM::User", "AWS::IAM::User", "AWS::IAM::User", "AWS::IAM::User", "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy"]),
    EmbeddedRuleHeader(
        path: "rules/least-privilege/LP162-bucket-policy-other-account.yaml", id: "LP162", slug: "bucket-policy-other-account",
        title: "Bucket policy lets another account change the bucket's access or encryption",
        category: "least-privilege", severity: .warning, optIn: false,
        controls: ["S3.6"], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/least-privilege/LP163-bucket-acl-grants-access.yaml", id: "LP163", slug: "bucket-acl-grants-access",
        title: "S3 bucket grants access through its ACL",
        category: "least-privilege", severity: .note, optIn: false,
        controls: ["S3.12"], checkTypes: ["AWS::S3::Bucket"]),
    EmbeddedRuleHeader(
        path: "rules/least-privilege/LP170-writable-root-filesystem.yaml", id: "LP170", slug: "writable-root-filesystem",
        title: "ECS container can write to its root filesystem",
        category: "least-privilege", severity: .warning, optIn: true,
        controls: ["ECS.5"], checkTypes: ["AWS::ECS::TaskDefinition"]),
    EmbeddedRuleHeader(
        path: "rules/least-privilege/LP171-linux-container-root-user.yaml", id: "LP171", slug: "linux-container-root-user",
        title: "Linux container runs as root",
        category: "least-privilege", severity: .warning, optIn: true,
        controls: ["ECS.20"], checkTypes: ["AWS::ECS::TaskDefinition"]),
    EmbeddedRuleHeader(
        path: "rules/pipeline/PL101-no-manual-approval.yaml", id: "PL101", slug: "no-manual-approval",
        title: "Pipeline deploys without a manual approval",
        category: "pipeline", severity: .warning, optIn: false,
        controls: [], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/pipeline/PL102-mutable-image-tag.yaml", id: "PL102", slug: "mutable-image-tag",
        title: "Container image referenced by a mutable tag",
        category: "pipeline", severity: .warning, optIn: false,
        controls: [], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/pipeline/PL103-ecr-mutable-tags.yaml", id: "PL103", slug: "ecr-mutable-tags",
        title: "ECR repository with mutable image tags",
        category: "pipeline", severity: .warning, optIn: false,
        controls: ["ECR.2"], checkTypes: ["AWS::ECR::Repository"]),
    EmbeddedRuleHeader(
        path: "rules/pipeline/PL104-ecr-no-scan-on-push.yaml", id: "PL104", slug: "ecr-no-scan-on-push",
        title: "ECR repository without scan on push",
        category: "pipeline", severity: .warning, optIn: false,
        controls: ["ECR.1"], checkTypes: ["AWS::ECR::Repository"]),
    EmbeddedRuleHeader(
        path: "rules/pipeline/PL105-github-v1-oauth.yaml", id: "PL105", slug: "github-v1-oauth",
        title: "GitHub version 1 source action with an OAuth token",
        category: "pipeline", severity: .warning, optIn: false,
        controls: [], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/pipeline/PL106-buildspec-self-deploy.yaml", id: "PL106", slug: "buildspec-self-deploy",
        title: "Buildspec that deploys by itself",
        category: "pipeline", severity: .warning, optIn: false,
        controls: [], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/pipeline/PL150-ecr-no-lifecycle-policy.yaml", id: "PL150", slug: "ecr-no-lifecycle-policy",
        title: "ECR repository without a lifecycle policy",
        category: "pipeline", severity: .note, optIn: false,
        controls: ["ECR.3"], checkTypes: ["AWS::ECR::Repository"]),
    EmbeddedRuleHeader(
        path: "rules/private-subnet/PS101-public-ip-assigned.yaml", id: "PS101", slug: "public-ip-assigned",
        title: "ECS tasks get public IP addresses",
        category: "private-subnet", severity: .error, optIn: false,
        controls: ["ECS.2"], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/private-subnet/PS102-public-subnet-placement.yaml", id: "PS102", slug: "public-subnet-placement",
        title: "ECS service placed in a public subnet",
        category: "private-subnet", severity: .error, optIn: false,
        controls: [], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/private-subnet/PS103-subnet-not-described.yaml", id: "PS103", slug: "subnet-not-described",
        title: "Service subnet described in no scanned file",
        category: "private-subnet", severity: .note, optIn: false,
        controls: [], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/private-subnet/PS104-open-security-group-workload.yaml", id: "PS104", slug: "open-security-group-workload",
        title: "Workload security group open to the internet",
        category: "private-subnet", severity: .error, optIn: false,
        controls: [], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/private-subnet/PS105-load-balancer-open-port.yaml", id: "PS105", slug: "load-balancer-open-port",
        title: "Load balancer security group open to the internet beyond 80 and 443",
        category: "private-subnet", severity: .warning, optIn: false,
        controls: [], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/private-subnet/PS106-internet-facing-lb-private-subnets.yaml", id: "PS106", slug: "internet-facing-lb-private-subnets",
        title: "Internet-facing load balancer placed only in private subnets",
        category: "private-subnet", severity: .error, optIn: false,
        controls: [], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/private-subnet/PS107-rds-publicly-accessible.yaml", id: "PS107", slug: "rds-publicly-accessible",
        title: "RDS instance publicly accessible",
        category: "private-subnet", severity: .error, optIn: false,
        controls: ["RDS.2"], checkTypes: ["AWS::RDS::DBInstance"]),
    EmbeddedRuleHeader(
        path: "rules/private-subnet/PS108-world-open-all-traffic.yaml", id: "PS108", slug: "world-open-all-traffic",
        title: "Security group open to the internet on all traffic",
        category: "private-subnet", severity: .error, optIn: false,
        controls: ["EC2.18", "EC2.19"], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/private-subnet/PS109-world-open-risky-port.yaml", id: "PS109", slug: "world-open-risky-port",
        title: "Security group open to the internet on an administration or database port",
        category: "private-subnet", severity: .error, optIn: false,
        controls: ["EC2.19", "EC2.18", "Redshift.15"], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/private-subnet/PS110-world-open-other-port.yaml", id: "PS110", slug: "world-open-other-port",
        title: "Security group open to the internet on a port other than 80 and 443",
        category: "private-subnet", severity: .warning, optIn: false,
        controls: ["EC2.18", "Redshift.15"], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/private-subnet/PS111-instance-public-ip.yaml", id: "PS111", slug: "instance-public-ip",
        title: "Instance, launch template, launch configuration or ECS task set associates a public IP",
        category: "private-subnet", severity: .warning, optIn: false,
        controls: ["EC2.9", "EC2.25", "Autoscaling.5", "ECS.16"], checkTypes: ["AWS::EC2::Instance", "AWS::EC2::LaunchTemplate", "AWS::AutoScaling::LaunchConfiguration", "AWS::ECS::TaskSet"]),
    EmbeddedRuleHeader(
        path: "rules/private-subnet/PS112-data-store-publicly-accessible.yaml", id: "PS112", slug: "data-store-publicly-accessible",
        title: "Redshift, DMS, MSK or Amazon MQ endpoint publicly accessible",
        category: "private-subnet", severity: .error, optIn: false,
        controls: ["Redshift.1", "DMS.1", "MSK.4"], checkTypes: ["AWS::Redshift::Cluster", "AWS::DMS::ReplicationInstance", "AWS::MSK::Cluster", "AWS::AmazonMQ::Broker"]),
    EmbeddedRuleHeader(
        path: "rules/private-subnet/PS113-notebook-direct-internet.yaml", id: "PS113", slug: "notebook-direct-internet",
        title: "SageMaker notebook instance with direct internet access",
        category: "private-subnet", severity: .warning, optIn: false,
        controls: ["SageMaker.1", "SageMaker.2"], checkTypes: ["AWS::SageMaker::NotebookInstance", "AWS::SageMaker::NotebookInstance"]),
    EmbeddedRuleHeader(
        path: "rules/private-subnet/PS114-bucket-public-acl.yaml", id: "PS114", slug: "bucket-public-acl",
        title: "S3 bucket with a public canned ACL",
        category: "private-subnet", severity: .error, optIn: false,
        controls: ["S3.2", "S3.3"], checkTypes: ["AWS::S3::Bucket"]),
    EmbeddedRuleHeader(
        path: "rules/private-subnet/PS115-lambda-public-permission.yaml", id: "PS115", slug: "lambda-public-permission",
        title: "Lambda permission lets anyone invoke the function",
        category: "private-subnet", severity: .error, optIn: false,
        controls: ["Lambda.1"], checkTypes: ["AWS::Lambda::Permission"]),
    EmbeddedRuleHeader(
        path: "rules/private-subnet/PS116-resource-policy-public.yaml", id: "PS116", slug: "resource-policy-public",
        title: "Resource policy lets any principal in without a condition",
        category: "private-subnet", severity: .error, optIn: false,
        controls: ["ES.2", "Opensearch.2", "SQS.3", "SNS.4"], checkTypes: ["AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain", "AWS::ECR::Repository", "AWS::SecretsManager::ResourcePolicy", "AWS::SQS::QueueInlinePolicy", "AWS::SNS::TopicInlinePolicy", "AWS::Lambda::LayerVersionPermission"]),
    EmbeddedRuleHeader(
        path: "rules/private-subnet/PS117-db-security-group-open.yaml", id: "PS117", slug: "db-security-group-open",
        title: "RDS DB security group admits the whole internet",
        category: "private-subnet", severity: .error, optIn: false,
        controls: [], checkTypes: ["AWS::RDS::DBSecurityGroup", "AWS::RDS::DBSecurityGroupIngress"]),
    EmbeddedRuleHeader(
        path: "rules/private-subnet/PS118-sagemaker-network-isolation.yaml", id: "PS118", slug: "sagemaker-network-isolation",
        title: "SageMaker model or monitoring job without network isolation",
        category: "private-subnet", severity: .warning, optIn: false,
        controls: ["SageMaker.5", "SageMaker.11", "SageMaker.12", "SageMaker.14", "SageMaker.20", "SageMaker.25"], checkTypes: ["AWS::SageMaker::Model", "AWS::SageMaker::DataQualityJobDefinition", "AWS::SageMaker::ModelQualityJobDefinition", "AWS::SageMaker::ModelBiasJobDefinition", "AWS::SageMaker::ModelExplainabilityJobDefinition", "AWS::SageMaker::MonitoringSchedule"]),
    EmbeddedRuleHeader(
        path: "rules/private-subnet/PS119-access-point-public.yaml", id: "PS119", slug: "access-point-public",
        title: "S3 access point turns off Block Public Access",
        category: "private-subnet", severity: .error, optIn: false,
        controls: ["S3.19", "S3.24"], checkTypes: ["AWS::S3::AccessPoint", "AWS::S3::MultiRegionAccessPoint"]),
    EmbeddedRuleHeader(
        path: "rules/private-subnet/PS120-network-path-open.yaml", id: "PS120", slug: "network-path-open",
        title: "Network path left open by a default setting",
        category: "private-subnet", severity: .warning, optIn: false,
        controls: ["EC2.23", "Redshift.7", "ElastiCache.7"], checkTypes: ["AWS::EC2::TransitGateway", "AWS::Redshift::Cluster", "AWS::ElastiCache::CacheCluster", "AWS::ElastiCache::ReplicationGroup"]),
    EmbeddedRuleHeader(
        path: "rules/private-subnet/PS121-all-traffic-from-public-range.yaml", id: "PS121", slug: "all-traffic-from-public-range",
        title: "Security group admits all traffic from a public address range",
        category: "private-subnet", severity: .note, optIn: false,
        controls: [], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/private-subnet/PS122-network-acl-admin-ports-open.yaml", id: "PS122", slug: "network-acl-admin-ports-open",
        title: "Network ACL admits SSH or RDP from the internet",
        category: "private-subnet", severity: .warning, optIn: false,
        controls: ["EC2.21"], checkTypes: ["AWS::EC2::NetworkAclEntry"]),
    EmbeddedRuleHeader(
        path: "rules/private-subnet/PS123-data-store-in-public-subnet.yaml", id: "PS123", slug: "data-store-in-public-subnet",
        title: "Database or file system placed in a public subnet",
        category: "private-subnet", severity: .warning, optIn: false,
        controls: ["RDS.46", "EFS.6"], checkTypes: nil),
    EmbeddedRuleHeader(
        path: "rules/private-subnet/PS124-service-permission-without-source.yaml", id: "PS124", slug: "service-permission-without-source",
        title: "Lambda permission for an AWS service without SourceArn or SourceAccount",
        category: "private-subnet", severity: .note, optIn: false,
        controls: ["Lambda.1"], checkTypes: ["AWS::Lambda::Permission", "AWS::Lambda::Permission"]),
    EmbeddedRuleHeader(
        path: "rules/private-subnet/PS125-eks-node-ssh-open.yaml", id: "PS125", slug: "eks-node-ssh-open",
        title: "EKS node group admits SSH from the internet",
        category: "private-subnet", severity: .error, optIn: false,
        controls: [], checkTypes: ["AWS::EKS::Nodegroup"]),
    EmbeddedRuleHeader(
        path: "rules/private-subnet/PS150-model-image-outside-vpc.yaml", id: "PS150", slug: "model-image-outside-vpc",
        title: "SageMaker model pulls its image outside a private registry in the VPC",
        category: "private-subnet", severity: .note, optIn: false,
        controls: ["SageMaker.16", "SageMaker.19"], checkTypes: ["AWS::SageMaker::Model", "AWS::SageMaker::Model"]),
]
