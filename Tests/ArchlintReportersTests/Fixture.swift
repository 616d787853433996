import ArchlintModel

/// A hand-built report: two rules, passing and failing resources, a finding on a resource
/// its rule never listed as checked, two load errors, and input text that tries everything:
/// `]]>`, `&`, quotes, U+0001, U+FFFE, ESC sequences (SGR and an OSC title), emoji, newline,
/// U+2028, a C1 control.
enum Fixture {
    static let app = "infra/app.yaml"
    static let net = "infra/net.json"
    static let evilFile = "infra/evil\u{1B}]0;title\u{07}.yaml"
    static let nastyRole = "Role]]>&\"quoted\""

    static let lp101 = RuleMetadata(
        id: "LP101", slug: "wildcard-admin", title: "Policy allows every action on every resource",
        category: .leastPrivilege, severity: .error, rationale: "Admin rights for a service.",
        remediation: "List the actions the role needs & scope them to <its> resources.\n",
        references: [], examples: [], sourcePath: "rules/least-privilege/LP101-wildcard-admin.yaml")

    static let en201 = RuleMetadata(
        id: "EN201", slug: "bucket-encryption", title: "Bucket without default encryption",
        category: .encryption, severity: .warning, rationale: "Data at rest.",
        remediation: "Set BucketEncryption with SSE-KMS.",
        references: [], examples: [], sourcePath: "rules/encryption/EN201-bucket-encryption.yaml")

    static func finding(_ rule: RuleMetadata, _ severity: Severity, _ message: String, _ file: String,
                        _ line: Int, _ column: Int, _ resource: String, _ type: String, _ path: String) -> Finding {
        Finding(ruleId: rule.id, category: rule.category, severity: severity, message: message,
                site: Site(file: file, line: line, column: column, path: path), resource: resource, resourceType: type)
    }

    static let report = ScanReport(
        toolVersion: "0.1.0", files: 5, skipped: 1, resources: 6,
        errors: [
            LoadError(file: evilFile, line: 1, column: 1, message: "bad & <bad>"),
            LoadError(file: "infra/broken.yaml", line: 4, column: 1, message: "mapping values are not allowed here"),
        ],
        runs: [
            RuleRun(
                rule: en201,
                checked: [
                    CheckedResource(name: "Bucket", type: "AWS::S3::Bucket", file: app),
                    CheckedResource(name: "Logs", type: "AWS::S3::Bucket", file: app),
                ],
                findings: [
                    finding(en201, .warning, "Bucket has no default encryption", app, 30, 5,
                            "Bucket", "AWS::S3::Bucket", "Resources/Bucket/Properties"),
                    finding(en201, .note, "line\u{2028}sep\u{85}", net, 7, 3,
                            "Ghost", "AWS::S3::Bucket", "Buckets/0"),
                ]),
            RuleRun(
                rule: lp101,
                checked: [
                    CheckedResource(name: "ServiceRole", type: "AWS::IAM::Role", file: app),
                    CheckedResource(name: "TaskRole", type: "AWS::IAM::Role", file: app),
                    CheckedResource(name: nastyRole, type: "AWS::IAM::Role", file: net),
                ],
                findings: [
                    finding(lp101, .error, "Statement allows \"*\" on \"*\" & more", app, 12, 9,
                            "ServiceRole", "AWS::IAM::Role", "Resources/ServiceRole/Properties/Policies/0"),
                    finding(lp101, .error, "Action \u{1B}[31mred\u{1B}[0m allowed", app, 20, 9,
                            "ServiceRole", "AWS::IAM::Role", "Resources/ServiceRole/Properties/Policies/1"),
                    finding(lp101, .warning, "bad\u{01}char \u{FFFE} and 🔥 emoji\nsecond line", net, 3, 5,
                            nastyRole, "AWS::IAM::Role", "Roles/0/Policy]]>"),
                ]),
        ])

    static let empty = ScanReport(toolVersion: "0.1.0", files: 1, skipped: 0, resources: 1, errors: [], runs: [])
}
