import ArchlintIAMCatalog
import ArchlintModel

/// The IAM actions least-privilege rules single out, kept as data in one place.
enum LeastPrivilegeActions {
    static let passRole = "iam:PassRole"

    /// Actions that let a principal give itself (or another principal it controls) more
    /// permissions than it has: LP105.
    static let escalation: Set<String> = lowercased([
        "iam:CreatePolicyVersion", "iam:SetDefaultPolicyVersion",
        "iam:AttachUserPolicy", "iam:AttachGroupPolicy", "iam:AttachRolePolicy",
        "iam:PutUserPolicy", "iam:PutGroupPolicy", "iam:PutRolePolicy",
        "iam:CreateAccessKey", "iam:UpdateAssumeRolePolicy",
        "iam:CreateLoginProfile", "iam:UpdateLoginProfile", "iam:AddUserToGroup",
    ])

    /// Actions that read the data a data service holds, and what `*` then reaches: LP107.
    static let dataRead: [String: String] = {
        var table: [String: String] = [:]
        for (actions, reach) in [
            (["s3:GetObject", "s3:GetObjectVersion"], "every object in every bucket"),
            (["secretsmanager:GetSecretValue"], "every secret"),
            (["ssm:GetParameter", "ssm:GetParameters", "ssm:GetParametersByPath", "ssm:GetParameterHistory"],
             "every SSM parameter"),
            (["kms:Decrypt"], "data encrypted under any KMS key"),
            (["dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query", "dynamodb:Scan"], "every DynamoDB table"),
        ] {
            for action in actions { table[action.lowercased()] = reach }
        }
        return table
    }()

    /// CloudWatch Logs writes every log-producing service is granted on `*` by AWS's own
    /// policies (`AmazonECSTaskExecutionRolePolicy`, CodeBuild's and Lambda's service roles):
    /// writing log events escalates nothing, so LP106 does not report them.
    static let logWrites: Set<String> = lowercased(["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"])

    static func isLogWrite(_ action: IAMAction) -> Bool {
        action.service == "logs" && logWrites.contains(action.fullName.lowercased())
    }

    // Each is asked about every action a wildcard grants: the service is checked first, so
    // most actions are answered without building their lowercased full name.
    private static let escalationServices = services(of: escalation)
    private static let dataReadServices = services(of: Set(dataRead.keys))

    // Catalog service prefixes are lowercase already (`IAMAction.service`).
    static func isEscalation(_ action: IAMAction) -> Bool {
        escalationServices.contains(action.service) && escalation.contains(action.fullName.lowercased())
    }
    static func isDataRead(_ action: IAMAction) -> Bool {
        dataReadServices.contains(action.service) && dataRead[action.fullName.lowercased()] != nil
    }
    static func isPassRole(_ action: IAMAction) -> Bool { isNamed(action, passRole) }

    /// True when `action` is `fullName` (`service:Name`), ignoring case.
    static func isNamed(_ action: IAMAction, _ fullName: String) -> Bool {
        guard let colon = fullName.utf8.firstIndex(of: UInt8(ascii: ":")) else { return false }
        return FastText.equalIgnoringCase(action.service, fullName[..<colon])
            && FastText.equalIgnoringCase(action.name, fullName[fullName.index(after: colon)...])
    }

    private static func lowercased(_ names: [String]) -> Set<String> { Set(names.map { $0.lowercased() }) }
    private static func services(of names: Set<String>) -> Set<String> {
        Set(names.map { String($0.prefix { $0 != ":" }) })
    }

    /// `iam:A, iam:B, iam:C and 4 more`: what a wildcard grants, short enough for a message.
    static func list(_ actions: [IAMAction], limit: Int = 3) -> String {
        let names = actions.map(\.fullName)
        guard names.count > limit else { return names.joined(separator: ", ") }
        return names.prefix(limit).joined(separator: ", ") + " and \(names.count - limit) more"
    }

    /// `s3` → `S3` for messages: short service prefixes are acronyms; longer ones read as written.
    static func display(_ service: String) -> String {
        service.count <= 3 && !service.contains("*") ? service.uppercased() : service
    }

    /// How an entry reaches the actions, for messages: nothing when it names the one action
    /// itself, the entry in parentheses when it is a wildcard.
    static func how(_ entry: ActionEntry, grants actions: [IAMAction]) -> String {
        if actions.count == 1, isNamed(actions[0], entry.text) { return "" }
        return " (through `\(entry.text)`)"
    }
}

extension ActionEntry {
    /// `iam:*`-style entries and the bare `*`: the broad rules (LP101, LP102) own them.
    var isBroadWildcard: Bool { isEverything || isServiceWide }
}

extension Statement {
    /// Attribute-based access control and the other conditions that limit which resources a
    /// statement on `Resource: "*"` reaches: it is then not on every resource (LP104–LP107).
    var isScopedByConditions: Bool {
        conditions.contains(where: ScopingConditions.scopes)
    }
}

/// Condition keys that narrow a statement on `*` to some resources, as AWS documents them for
/// service roles and attribute-based access control.
enum ScopingConditions {
    /// Keys compared lowercased.
    static let keys: Set<String> = [
        "iam:passedtoservice", "iam:awsservicename", "aws:sourcearn", "aws:sourceaccount",
        "aws:principalorgid", "aws:resourceorgid", "aws:resourceorgpaths", "aws:resourceaccount",
        "kms:viaservice", "kms:requestalias", "kms:resourcealiases", "ec2:vpc",
    ]
    /// Key prefixes: a tag on the resource (`aws:ResourceTag/…`, `iam:ResourceTag/…`, any
    /// service's) or on the request that creates it.
    static let keyParts = [":resourcetag/", "aws:requesttag/"]

    /// True when `condition` requires (not forbids) values that limit the resources reached:
    /// a listed key, or a service's own key compared with a resource ARN
    /// (`codestar-notifications:NotificationsForResource`).
    static func scopes(_ condition: Condition) -> Bool {
        let op = condition.op.lowercased()
        let key = condition.key.lowercased()
        // `Null: {aws:ResourceTag/x: "false"}`: the tag must be there, attribute-based control.
        if op.hasPrefix("null") {
            return keyParts.contains(where: { FastText.contains(key, $0) })
                && condition.values.contains { $0.value?.lowercased() == "false" }
        }
        if op.contains("not") { return false }
        // A value that cannot be read offline still narrows; only `*` alone does not.
        guard condition.values.contains(where: { $0.value != "*" }) else { return false }
        let values = condition.values.compactMap(\.value)
        if keys.contains(key) || keyParts.contains(where: { FastText.contains(key, $0) }) { return true }
        return !key.hasPrefix("aws:") && values.contains { $0.hasPrefix("arn:") && !ResourcePattern.isEveryResource($0) }
    }
}
