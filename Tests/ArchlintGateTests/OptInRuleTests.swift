import ArchlintDriver
import ArchlintGate
import ArchlintModel
import Foundation
import Testing

/// Opt-in rules (`opt-in: true`) run only when the user enables them: `--rule`, `enable:` or
/// `enabled: true` in `.archlint.yml`. Other rules, pack rules included, run as before.
@Suite struct OptInRuleTests {
    static let template = """
        Resources:
          Web:
            Type: AWS::ECS::TaskDefinition
            Properties:
              ContainerDefinitions:
                - Name: web
                  Image: 111122223333.dkr.ecr.eu-west-1.amazonaws.com/web:1.4.2
                  Privileged: true

        """

    func gate(_ directory: TemporaryDirectory, packs: [String] = [], selection: RuleSelection = RuleSelection()) throws(GateError) -> GateResult {
        try RulePackTests().gate(directory, packs: packs, selection: selection)
    }

    func ran(_ result: GateResult) -> Set<String> { Set(result.report.runs.map(\.rule.id)) }

    func findings(_ result: GateResult, _ rule: String) -> [String] {
        result.report.findings.filter { $0.ruleId == rule }.map { "\($0.site.line):\($0.site.column) \($0.site.path)" }
    }

    @Test func anOptInRuleRunsOnlyWhenEnabled() throws {
        let directory = try TemporaryDirectory()
        try directory.write("infra/t.yaml", Self.template)

        let plain = try gate(directory)
        #expect(ran(plain).contains("LP115") && !ran(plain).contains("LP170") && !ran(plain).contains("LP171"))
        let category = try gate(directory, selection: RuleSelection(categories: ["least-privilege"]))
        #expect(ran(category).contains("LP115") && !ran(category).contains("LP170"))

        let named = try gate(directory, selection: RuleSelection(only: ["LP170", "linux-container-root-user"]))
        #expect(ran(named) == ["LP170", "LP171"])
        #expect(findings(named, "LP170") == ["6:11 Resources/Web/Properties/ContainerDefinitions/0"])
        #expect(findings(named, "LP171") == ["6:11 Resources/Web/Properties/ContainerDefinitions/0"])

        let flagged = try gate(directory, selection: RuleSelection(enable: ["linux-container-root-user"]))
        #expect(ran(flagged).isSuperset(of: ["LP115", "LP171"]) && !ran(flagged).contains("LP170"))
        #expect(findings(flagged, "LP171") == ["6:11 Resources/Web/Properties/ContainerDefinitions/0"])
        #expect(RuleSelection(enable: ["LP999"]).problem(in: plain.report.runs.map(\.rule))
            == "unknown rule `LP999` (`archlint rules` lists them)")

        try directory.write(".archlint.yml", "enable: [LP170]\n")
        let enabled = try gate(directory)
        #expect(ran(enabled).isSuperset(of: ["LP115", "LP170"]) && !ran(enabled).contains("LP171"))
        #expect(findings(enabled, "LP170").count == 1)

        try directory.write(".archlint.yml", "rules:\n  linux-container-root-user: {enabled: true, severity: error}\n")
        let viaRules = try gate(directory)
        #expect(ran(viaRules).contains("LP171") && !ran(viaRules).contains("LP170"))
        #expect(viaRules.report.findings.first { $0.ruleId == "LP171" }?.severity == .error)

        // A severity alone does not enable it; `enabled: false` wins over --rule.
        try directory.write(".archlint.yml", "rules:\n  LP170: {severity: error}\n  LP171: {enabled: false}\n")
        #expect(!ran(try gate(directory)).contains("LP170"))
        #expect(ran(try gate(directory, selection: RuleSelection(only: ["LP171"]))).isEmpty)
    }

    @Test func enableNamesKnownRulesAndAgreesWithRules() throws {
        let directory = try TemporaryDirectory()
        try directory.write("infra/t.yaml", Self.template)
        let cases = [
            ("enable: [LP170, LP999]\n", ".archlint.yml:1:17: unknown rule `LP999` in `enable` (`archlint rules` lists them)"),
            ("enable: LP170\n", ".archlint.yml:1:9: `enable` (rule IDs or slugs) must be a list"),
            ("enable:\n  - LP170\nrules:\n  LP170: {enabled: false}\n",
             ".archlint.yml:2:5: rule LP170 is in `enable` but `rules` sets `enabled: false` for it"),
        ]
        for (config, expected) in cases {
            try directory.write(".archlint.yml", config)
            do {
                _ = try gate(directory)
                Issue.record("accepted: \(config)")
            } catch {
                #expect(error.description == expected)
            }
        }
    }

    /// A pack's rule is opt-in only when its file says so.
    @Test func packRulesMayBeOptIn() throws {
        let directory = try TemporaryDirectory()
        try directory.write("infra/t.yaml", Self.template)
        let plain = RulePackTests.rule(id: "ACME001", slug: "no-t2")
        try directory.write("policies/ACME001.yaml", plain)
        try directory.write("policies/ACME002.yaml", RulePackTests.rule(id: "ACME002", slug: "no-t2-opt-in")
            .replacingOccurrences(of: "severity: warning\n", with: "severity: warning\nopt-in: true\n"))
        let result = try gate(directory, packs: ["policies"])
        #expect(ran(result).contains("ACME001") && !ran(result).contains("ACME002"))
        #expect(ran(try gate(directory, packs: ["policies"], selection: RuleSelection(only: ["ACME002"]))) == ["ACME002"])

        try directory.write("bad/ACME003.yaml", RulePackTests.rule(id: "ACME003", slug: "bad")
            .replacingOccurrences(of: "severity: warning\n", with: "severity: warning\nopt-in: yes\n"))
        do {
            _ = try gate(directory, packs: ["bad"])
            Issue.record("accepted opt-in: yes")
        } catch {
            #expect(error.description.hasPrefix("bad/ACME003.yaml:6:9: `opt-in` must be true or false"), "\(error)")
        }
    }

    /// `rules` and `explain` say a rule is opt-in and how to enable it.
    @Test func catalogCommandsSayHowToEnable() throws {
        let list = try archlint(["rules", "--rule", "LP170"], in: Paths.root)
        #expect(list.status == 0 && list.stdout.contains("(opt-in)") && list.stdout.contains("enable: [ID]"), "\(list.stdout)")
        let json = try archlint(["rules", "--format", "json", "--rule", "LP171"], in: Paths.root)
        #expect(json.stdout.contains("\"opt-in\": true"))
        let explain = try archlint(["explain", "LP171"], in: Paths.root)
        #expect(explain.stdout.contains("Opt-in: this rule does not run unless you enable it, with `--enable LP171` (beside the other rules), `--rule LP171` (alone)"), "\(explain.stdout)")
    }
}
