import ArchlintIAMCatalog
import ArchlintModel
import Foundation
import Testing
@testable import ArchlintRules

/// The reference data behind the least-privilege rules: the IAM catalog's access levels and
/// retired actions, the service-role grants, and ARN wildcards read as `*`.
@Suite("IAM reference data")
struct IAMReferenceDataTests {
    /// ReadOnlyAccess grants these, and the catalog once classed them as Write or Permissions
    /// management (`READ_OVERRIDES` in scripts/gen-iam-catalog.py).
    @Test func readsThatPolicySentryClassesAsWritesAreReads() throws {
        for name in ["fsx:GetResourcePolicy", "glue:DescribeEntity", "quicksight:DescribeDataSetPermissions",
                     "route53globalresolver:ListTagsForResource", "backup:ListIndexedRecoveryPointsForSearch",
                     "ssm-sap:GetResourcePermission"] {
            let action = try #require(IAMCatalog.shared.action(name), "\(name) missing")
            #expect(action.accessLevel == .read || action.accessLevel == .list, "\(name) is \(action.accessLevel)")
        }
    }

    /// Every action AWS's ReadOnlyAccess grants classifies as List or Read. The actions are
    /// generated from moto's copy of the policy (`scripts/gen-aws-managed-policies.py`,
    /// `Data/ReadOnlyAccess-actions.txt`); wildcard entries and conditioned grants are left out.
    @Test func everyActionOfReadOnlyAccessIsAListOrRead() throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Data/ReadOnlyAccess-actions.txt")
        let actions = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(actions.count > 2000)
        var unknown: [String] = []
        for pattern in actions.map(String.init) {
            guard let action = IAMCatalog.shared.action(pattern) else {
                unknown.append(pattern)
                continue
            }
            #expect(action.accessLevel == .read || action.accessLevel == .list, "\(pattern) is \(action.accessLevel)")
        }
        // Actions newer than the catalog are not judged; they must stay few.
        #expect(unknown.count < actions.count / 10, "\(unknown.count) unknown: \(unknown.prefix(20))")
    }

    /// A policy file whose statements are an AWS managed policy's text, an older version
    /// included, is recognised as that policy; a customer policy sharing a few actions is not.
    @Test func awsManagedPoliciesAreRecognisedByTheirText() throws {
        func tokens(_ actions: [String]) -> Set<String> {
            Set(actions.map { AWSManagedPolicies.token(allow: true, notAction: false, pattern: $0) })
        }
        let readOnly = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Data/ReadOnlyAccess-actions.txt"), encoding: .utf8)
        #expect(AWSManagedPolicies.source.contains("moto"))
        // Not the whole of ReadOnlyAccess (its wildcard entries are missing): too little of it.
        let some = readOnly.split(separator: "\n").filter { !$0.hasPrefix("#") }.prefix(40).map(String.init)
        #expect(AWSManagedPolicies.match(tokens: tokens(some)) == nil)
        #expect(AWSManagedPolicies.match(tokens: tokens(["s3:GetObject", "s3:PutObject", "logs:PutLogEvents"])) == nil)
    }

    /// An action that only the older reference (parliament) still lists is known, not a typo.
    @Test func retiredActionsAreKnown() {
        #expect(IAMCatalog.shared.action("cloud9:ValidateEnvironmentName") != nil)
        #expect(IAMCatalog.olderSource.contains("parliament"))
        #expect(IAMCatalog.shared.resolve("s3:GetObjekt") == .unknownAction)
    }

    @Test func serviceRoleReferenceHasSourceDateAndAWSOwnGrants() throws {
        #expect(ServiceRoleGrants.date.count == 10)
        let ecs = try #require(ServiceRoleGrants.actions["ecs.amazonaws.com"])
        #expect(ecs.contains("ec2:authorizesecuritygroupingress"))
        #expect(ecs.contains("elasticloadbalancing:registertargets"))
        #expect(!ecs.contains("s3:putobject"))
        #expect(ServiceRoleGrants.granted(toEvery: ["ecs.amazonaws.com", "example.amazonaws.com"]) == nil)
        #expect(ServiceRoleGrants.normalized("ecs.${AWS::URLSuffix}") == "ecs.amazonaws.com")
        #expect(ServiceRoleGrants.normalized("ecs.amazonaws.com.cn") == "ecs.amazonaws.com")
    }

    @Test func arnWildcardsMeanEveryResourceOfTheirService() {
        for text in ["*", "arn:aws:s3:::*", "arn:aws:s3:::*/*", "arn:aws:iam::*:role/*", "arn:aws:dynamodb:*:*:table/*",
                     "arn:aws:logs:*:*:log-group:*:log-stream:*", "arn:${AWS::Partition}:sns:*:*:*",
                     "arn:aws:codepipeline:*:*:*", "arn:aws:execute-api:*:*:*/*"] {
            #expect(ResourcePattern.isEveryResource(text), "\(text)")
        }
        for text in ["arn:aws:s3:::assets/*", "arn:aws:s3:::assets-*", "arn:aws:iam::*:role/service-role/*",
                     "arn:aws:iam::aws:policy/*", "arn:aws:dynamodb:*:*:table/jobs/index/*", "${Bucket.Arn}/*",
                     "arn:aws:codepipeline:us-west-2:111222333444:MyFirstPipeline/*", "arn:aws:execute-api:*:*:a1b2c3/*",
                     "arn:aws:sqs:*:*:jobs"] {
            #expect(!ResourcePattern.isEveryResource(text), "\(text)")
        }
        #expect(ResourcePattern.everyResourceService("arn:aws:s3:::*") == "s3")
        #expect(ResourcePattern.namesTemplateResource("${Bucket.Arn}"))
        #expect(!ResourcePattern.namesTemplateResource("${BucketArn}"))
        #expect(!ResourcePattern.namesTemplateResource("arn:${AWS::Partition}:s3:::x"))
    }

    @Test func scopingConditionsRequireValues() {
        func condition(_ op: String, _ key: String, _ value: String) -> Condition {
            Condition(op: op, key: key, values: [.known(value, Site(file: "p.json", line: 1, column: 1, path: ""))],
                      site: Site(file: "p.json", line: 1, column: 1, path: ""))
        }
        #expect(ScopingConditions.scopes(condition("StringEquals", "iam:ResourceTag/team", "payments")))
        #expect(ScopingConditions.scopes(condition("StringEquals", "aws:SourceAccount", "111122223333")))
        #expect(ScopingConditions.scopes(condition("ArnLike", "codestar-notifications:NotificationsForResource",
                                                   "arn:aws:codepipeline:eu-west-1:111122223333:release")))
        #expect(!ScopingConditions.scopes(condition("StringNotEquals", "aws:SourceAccount", "111122223333")))
        #expect(!ScopingConditions.scopes(condition("StringLike", "aws:SourceArn", "*")))
        #expect(!ScopingConditions.scopes(condition("Bool", "aws:SecureTransport", "true")))
    }
}
