import ArchlintGate
import ArchlintModel
import ArchlintRules
import Testing

@Suite struct ConfigTests {
    static let catalog = RuleCatalog.shared.rules

    func parse(_ text: String) throws(GateError) -> GateConfig {
        try ConfigParser.parse(Array(text.utf8), file: ".archlint.yml", directory: "/repo", catalog: Self.catalog)
    }

    @Test func emptyFileIsTheDefault() throws {
        let config = try parse("")
        #expect(config.failOn == nil && config.rules.isEmpty && config.suppressions.isEmpty && config.exclude.isEmpty)
        #expect(try parse("# nothing yet\n").rules.isEmpty)
    }

    @Test func everyKeyIsRead() throws {
        let config = try parse("""
            fail-on: warning
            exclude: ["vendor", "**/fixtures/**"]
            rules:
              HC109: {enabled: false}
              certificate-expiring:
                severity: error
                window-days: 45
              EN101:
                secret-names: [pin, SALT_VALUE]
              lp104: {severity: warning}
            suppress:
              - rule: PS101
                path: infra/legacy/*.yaml
                resource: LegacyService
                reason: "Public IP until the NAT gateway lands"
                until: 2027-01-31
            """)
        #expect(config.failOn == .warning)
        #expect(config.exclude.map(\.pattern) == ["vendor", "**/fixtures/**"])
        #expect(config.rules["HC109"] == RuleSetting(enabled: false))
        #expect(config.rules["CE102"] == RuleSetting(severity: .error))
        #expect(config.rules["LP104"] == RuleSetting(severity: .warning))
        #expect(config.expiryWindowDays == 45)
        #expect(config.secretNames == ["PIN", "SALT_VALUE"])
        let suppression = try #require(config.suppressions.first)
        #expect(suppression.rule == "PS101")
        #expect(suppression.reason == "Public IP until the NAT gateway lands")
        #expect(suppression.until?.text == "2027-01-31")
        #expect(suppression.site.line == 12 && suppression.site.column == 5)
        guard case .config(let path, let resource) = suppression.scope else {
            Issue.record("not a config suppression")
            return
        }
        #expect(path?.pattern == "infra/legacy/*.yaml")
        #expect(resource == "LegacyService")

        let configured = config.configuredRules(Self.catalog)
        #expect(!configured.contains { $0.id == "HC109" })
        #expect(configured.first { $0.id == "CE102" }?.severity == .error)
        #expect(configured.count == Self.catalog.filter { !$0.optIn }.count - 1)
        #expect(config.configuredRules(Self.catalog, enabling: ["LP170"]).contains { $0.id == "LP170" })
    }

    @Test func starOnlyActionsAreExpandedWithTheIAMCatalog() throws {
        guard Self.catalog.contains(where: { $0.id == "LP106" }) else { return }
        let config = try parse("rules:\n  LP106:\n    star-only-actions: [\"ec2:DescribeInstances\"]\n")
        #expect(config.starOnlyActions == ["ec2:DescribeInstances"])
    }

    @Test func allowedPrincipalsTakeAccountsAndARNs() throws {
        guard Self.catalog.contains(where: { $0.id == "LP112" }) else { return }
        let config = try parse("rules:\n  LP112:\n    allowed-principals: [\"111122223333\", \"arn:aws:iam::444455556666:role/Deployer\"]\n")
        #expect(config.allowedPrincipals == ["111122223333", "arn:aws:iam::444455556666:role/Deployer"])
    }

    /// Each mistake, and exactly where it is reported.
    @Test(arguments: [
        ("rules: [a\n", "2:1", "did not find expected"),
        ("- a\n- b\n", "1:1", "the configuration must be a mapping"),
        ("fail_on: error\n", "1:1", "unknown key `fail_on` in the configuration (expected: fail-on, exclude, enable, rules, rule-packs, suppress, stacks)"),
        ("fail-on: critical\n", "1:10", "`fail-on` must be one of error, warning, note, never (got `critical`)"),
        ("exclude: vendor\n", "1:10", "`exclude` must be a list"),
        ("exclude:\n  - ok\n  - \"\"\n", "3:5", "`exclude`: `` is not a usable path pattern"),
        ("rules: [HC109]\n", "1:8", "`rules` configures rules by ID (a mapping such as `rules: {HC109: {enabled: false}}`); list rule packs under `rule-packs:`"),
        ("rules: HC109\n", "1:8", "`rules` must be a mapping"),
        ("rule-packs: policies\n", "1:13", "`rule-packs` (directories or files of rules, relative to the configuration) must be a list"),
        ("rules:\n  HC999: {enabled: false}\n", "2:3", "unknown rule `HC999` in `rules`"),
        ("rules:\n  HC109: {enabled: false}\n  single-task: {severity: note}\n", "3:3", "rule HC109 is configured twice (first at line 2)"),
        ("rules:\n  HC109:\n    enable: false\n", "3:5", "unknown key `enable` in rule HC109 (expected: enabled, severity)"),
        ("rules:\n  HC109:\n    enabled: yes\n", "3:14", "`enabled` of HC109 must be true or false"),
        ("rules:\n  HC109:\n    enabled: \"false\"\n", "3:14", "`enabled` of HC109 must be true or false"),
        ("rules:\n  HC109: off\n", "2:10", "rule HC109 must be a mapping"),
        ("rules:\n  HC109:\n    severity: critical\n", "3:15", "`severity` of HC109 must be error, warning or note (got `critical`)"),
        ("rules:\n  CE102:\n    window-days: soon\n", "3:18", "`window-days` of CE102 must be a whole number from 0 to 3650"),
        ("rules:\n  CE102:\n    window-days: -3\n", "3:18", "`window-days` of CE102 must be a whole number from 0 to 3650"),
        ("rules:\n  EN101:\n    window-days: 10\n", "3:5", "unknown key `window-days` in rule EN101 (expected: enabled, severity, secret-names)"),
        ("rules:\n  EN101:\n    secret-names: PIN\n", "3:19", "`secret-names` of EN101 must be a list"),
        ("rules:\n  EN101:\n    secret-names: [PIN, \"a b\"]\n", "3:25", "`secret-names` of EN101: `a b` is not a variable-name fragment"),
        ("suppress:\n  rule: LP101\n", "2:3", "`suppress` must be a list"),
        ("suppress:\n  - LP101\n", "2:5", "a suppression must be a mapping"),
        ("suppress:\n  - reason: x\n    path: a\n", "2:5", "a suppression needs `rule`"),
        ("suppress:\n  - rule: LP999\n    reason: x\n    path: a\n", "2:11", "unknown rule `LP999` in a suppression"),
        ("suppress:\n  - rule: LP101\n    path: a\n", "2:5", "a suppression needs a `reason`: say why LP101 is accepted here"),
        ("suppress:\n  - rule: LP101\n    path: a\n    reason: \"  \"\n", "4:13", "the `reason` of a suppression must not be empty"),
        ("suppress:\n  - rule: LP101\n    path: a\n    reason: [a]\n", "4:13", "`reason` must be a string"),
        ("suppress:\n  - rule: LP101\n    path: a\n    reason: x\n    until: 2027-02-30\n", "5:12", "`until` must be a date such as 2027-01-31 (got `2027-02-30`)"),
        ("suppress:\n  - rule: LP101\n    path: a\n    reason: x\n    until: next year\n", "5:12", "`until` must be a date"),
        ("suppress:\n  - rule: LP101\n    reason: x\n", "2:5", "a suppression needs `path` or `resource`"),
        ("suppress:\n  - rule: LP101\n    reason: x\n    paths: a\n", "4:5", "unknown key `paths` in a suppression (expected: rule, path, resource, reason, until)"),
        ("fail-on: error\n---\nfail-on: note\n", "3:1", "the configuration must be a single YAML document"),
        ("fail-on: error\nfail-on: note\n", "2:1", "duplicate key"),
    ])
    func mistakeIsReportedAtItsLine(text: String, position: String, message: String) {
        do {
            _ = try parse(text)
            Issue.record("accepted: \(text)")
        } catch {
            let site = error.site.map { "\($0.line):\($0.column)" }
            #expect(site == position, "\(error)")
            #expect(error.message.contains(message), "\(error)")
            #expect(error.description.hasPrefix(".archlint.yml:\(position): "))
        }
    }

    @Test func ruleParametersAreChecked() {
        // Only with the rules present in the catalog (others are added by their own branches).
        var cases: [(String, String)] = []
        if Self.catalog.contains(where: { $0.id == "LP112" }) {
            cases.append(("rules:\n  LP112:\n    allowed-principals: [\"12345\"]\n", "3:26"))
        }
        if Self.catalog.contains(where: { $0.id == "LP106" }) {
            cases.append(("rules:\n  LP106:\n    star-only-actions: [\"ec2:NoSuchAction\"]\n", "3:25"))
        }
        if Self.catalog.contains(where: { $0.id == "CE104" }) {
            cases.append(("rules:\n  CE102: {window-days: 30}\n  CE104: {window-days: 60}\n", "3:24"))
        }
        for (text, position) in cases {
            do {
                _ = try parse(text)
                Issue.record("accepted: \(text)")
            } catch {
                #expect(error.site.map { "\($0.line):\($0.column)" } == position, "\(error)")
            }
        }
    }

    @Test func waiverDates() throws {
        let date = try #require(WaiverDate("2027-01-31"))
        #expect(!date.isExpired(at: Paths.date("2027-01-31").addingTimeInterval(86_399)))
        #expect(date.isExpired(at: Paths.date("2027-02-01")))
        #expect(WaiverDate("2027-1-31") == nil)
        #expect(WaiverDate("2028-02-29") != nil)
        #expect(WaiverDate("2027-02-29") == nil)
    }

    /// `archlint init`'s file parses, and so does every example in it once uncommented.
    @Test func starterConfigParsesWithAndWithoutItsExamples() throws {
        let text = StarterConfig.text(Self.catalog)
        let plain = try parse(text)
        #expect(plain.failOn == .error && plain.rules.isEmpty && plain.suppressions.isEmpty)
        for rule in Self.catalog { #expect(text.contains("#   \(rule.id)  \(rule.slug)")) }

        var lines: [String] = []
        var inExample = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if ["exclude: []", "enable: []", "rules: {}", "suppress: []"].contains(line) {
                lines.append(String(line.dropLast(3)))
                inExample = true
            } else if inExample && line.hasPrefix("#   ") {
                lines.append("  " + line.dropFirst(2))
            } else {
                inExample = false
                lines.append(line)
            }
        }
        let uncommented = try parse(lines.joined(separator: "\n"))
        #expect(uncommented.exclude.count == 2)
        #expect(uncommented.rules["HC109"]?.enabled == false)
        #expect(uncommented.rules["LP170"]?.enabled == true)
        #expect(uncommented.rules["CE102"]?.severity == .error)
        #expect(uncommented.expiryWindowDays == 45)
        #expect(uncommented.secretNames == ["PIN", "SALT"])
        #expect(uncommented.suppressions.first?.until?.text == "2027-01-31")
    }
}
