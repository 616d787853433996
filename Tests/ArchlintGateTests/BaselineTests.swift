import ArchlintGate
import ArchlintModel
import Foundation
import Testing

@Suite struct BaselineTests {
    /// The active (failing) findings of a JSON report, as `ruleId file:line`.
    func active(_ json: String) throws -> [String] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        return findings.filter { $0["baselined"] == nil && $0["suppressed"] == nil }.map {
            "\($0["ruleId"] as? String ?? "?") \($0["file"] as? String ?? "?"):\($0["line"] as? Int ?? 0)"
        }
    }

    func notices(_ json: String) throws -> [[String: Any]] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        return try #require(object["notices"] as? [[String: Any]])
    }

    @Test func roundTripSurvivesUnrelatedEditsAndFailsOnlyOnTheNewViolation() throws {
        let directory = try TemporaryDirectory()
        try directory.write("infra/app.yaml", Inputs.templateWithoutWaiver)
        try directory.write("infra/policy.json", Inputs.passRolePolicy)
        try directory.write(".archlint.yml", Inputs.onlyRules(["LP101", "HC108", "HC109", "LP104"]))
        let now = "--now=2026-11-26"

        let record = try archlint(["baseline", "infra", "-o", ".archlint-baseline.json", now], in: directory.path)
        #expect(record.status == 0, "\(record.stderr)")
        #expect(record.stderr == "archlint: recorded 4 findings in .archlint-baseline.json\n")
        let file = try directory.read(".archlint-baseline.json")
        #expect(file == """
            {
              "version": 1,
              "tool": "archlint",
              "findings": [
                {"ruleId": "LP101", "file": "infra/app.yaml", "path": "Resources/AdminRole/Properties/Policies/0/PolicyDocument/Statement/0", "resource": "AdminRole"},
                {"ruleId": "HC108", "file": "infra/app.yaml", "path": "Resources/Service", "resource": "Service"},
                {"ruleId": "HC109", "file": "infra/app.yaml", "path": "Resources/Service/Properties/DesiredCount", "resource": "Service"},
                {"ruleId": "LP104", "file": "infra/policy.json", "path": "Statement/0/Action/1", "resource": "policy.json"}
              ]
            }

            """)

        let clean = try archlint(["check", "infra", now, "--baseline", ".archlint-baseline.json", "--format", "json"], in: directory.path)
        #expect(clean.status == 0)
        #expect(try active(clean.stdout).isEmpty)

        // Unrelated edits move every finding to another line: the baseline still matches.
        try directory.write("infra/app.yaml", "# Owned by the platform team\n# Reviewed 2026-11\nDescription: CampusLearn\n"
                            + Inputs.templateWithoutWaiver)
        try directory.write("infra/policy.json", "\n\n" + Inputs.passRolePolicy.replacingOccurrences(of: "{\"Effect\"", with: "\n    {\"Effect\""))
        let edited = try archlint(["check", "infra", now, "--baseline", ".archlint-baseline.json", "--format", "json"], in: directory.path)
        #expect(edited.status == 0, "\(edited.stdout)")
        #expect(try active(edited.stdout).isEmpty)
        #expect(try notices(edited.stdout).isEmpty)
        #expect(edited.stdout.contains("\"line\": 17"))  // LP101 moved from 14 to 17

        // A new violation: only it fails.
        try directory.write("infra/extra.json", Inputs.adminPolicy)
        let added = try archlint(["check", "infra", now, "--baseline", ".archlint-baseline.json", "--format", "json"], in: directory.path)
        #expect(added.status == 1)
        #expect(try active(added.stdout) == ["LP101 infra/extra.json:1"])

        // From another working directory, the same baseline still matches.
        let elsewhere = try archlint(["check", ".", now, "--baseline", "../.archlint-baseline.json", "--format", "json"],
                                     in: directory.path + "/infra")
        #expect(try active(elsewhere.stdout) == ["LP101 ./extra.json:1"])
    }

    @Test func fixedFindingsLeaveStaleEntriesThatPruneDrops() throws {
        let directory = try TemporaryDirectory()
        try directory.write("infra/app.yaml", Inputs.templateWithoutWaiver)
        try directory.write("infra/policy.json", Inputs.passRolePolicy)
        try directory.write(".archlint.yml", Inputs.onlyRules(["LP101", "HC108", "HC109", "LP104"]))
        let now = "--now=2026-11-26"
        #expect(try archlint(["baseline", "infra", now], in: directory.path).status == 0)

        // Fix the PassRole grant.
        try directory.write("infra/policy.json", Inputs.passRolePolicy.replacingOccurrences(of: ", \"iam:PassRole\"", with: ""))
        let check = try archlint(["check", "infra", now, "--baseline", ".archlint-baseline.json", "--format", "json"], in: directory.path)
        #expect(check.status == 0)
        let stale = try notices(check.stdout)
        #expect(stale.count == 1)
        #expect(stale.first?["kind"] as? String == "stale-baseline")
        #expect(stale.first?["file"] as? String == ".archlint-baseline.json")
        #expect(stale.first?["line"] as? Int == 8)
        #expect(try archlint(["check", "infra", now, "--baseline", ".archlint-baseline.json", "--fail-on", "note"],
                             in: directory.path).status == 1)

        let prune = try archlint(["baseline", "infra", now, "--prune"], in: directory.path)
        #expect(prune.status == 0, "\(prune.stderr)")
        #expect(prune.stderr == "archlint: kept 3 of 4 entries in .archlint-baseline.json (1 stale dropped)\n")
        #expect(!(try directory.read(".archlint-baseline.json")).contains("LP104"))
        let after = try archlint(["check", "infra", now, "--baseline", ".archlint-baseline.json", "--fail-on", "note"], in: directory.path)
        #expect(after.status == 0, "\(after.stdout)")
    }

    @Test func entriesOutsideTheScanAreNotStale() throws {
        let directory = try TemporaryDirectory()
        try directory.write("infra/app.yaml", Inputs.templateWithoutWaiver)
        try directory.write("other/policy.json", Inputs.passRolePolicy)
        try directory.write(".archlint.yml", Inputs.onlyRules(["LP101", "HC108", "HC109", "LP104"]))
        #expect(try archlint(["baseline", "infra", "other", "--now=2026-11-26"], in: directory.path).status == 0)
        let check = try archlint(["check", "infra", "--now=2026-11-26", "--baseline", ".archlint-baseline.json", "--fail-on", "note"],
                                 in: directory.path)
        #expect(check.status == 0, "\(check.stdout)")
    }

    @Test func duplicateEntriesStandForAsManyFindings() {
        let site = Site(file: "b.json", line: 1, column: 1, path: "")
        let entry = Baseline.Entry(ruleId: "CE101", file: "x.json", path: "A", resource: "r", site: site)
        let baseline = Baseline(file: "b.json", entries: [entry])
        let rule = RuleMetadata(id: "CE101", slug: "s", title: "t", category: .certificate, severity: .error, rationale: "",
                                remediation: "", references: [], examples: [], sourcePath: "")
        func finding(_ message: String) -> Finding {
            Finding(ruleId: "CE101", category: .certificate, severity: .error, message: message,
                    site: Site(file: "x.json", line: 3, column: 1, path: "A"), resource: "r", resourceType: "T")
        }
        let report = ScanReport(toolVersion: "x", files: 1, skipped: 0, resources: 1, errors: [],
                                runs: [RuleRun(rule: rule, checked: [], findings: [finding("one"), finding("two")])])
        let (result, used) = baseline.apply(to: report) { $0 }
        #expect(used == [true])
        #expect(result.findings.filter(\.isActive).count == 1)
        #expect(result.usesBaseline)
    }

    @Test(arguments: [
        ("{\"version\": 1, \"findings\": [{\"ruleId\": \"LP101\", \"file\": \"x\"}]}", "1:29", "a baseline entry needs `path`"),
        ("{\"version\": 2, \"findings\": []}", "1:13", "unsupported baseline version"),
        ("{\"version\": 1,\n \"findings\": [\n  {\"ruleId\": \"LP101\", \"file\": \"x\", \"path\": \"p\", \"line\": 3}]}", "3:49", "unknown key `line`"),
        ("{\"version\": 1, \"entries\": []}", "1:16", "unknown key `entries`"),
        ("[1, 2]", "1:1", "not an archlint baseline"),
        ("{\"version\": 1, \"findings\": [\n", "2:1", "did not find expected"),
    ])
    func malformedBaselineIsAUsageErrorAtItsLine(text: String, position: String, message: String) {
        do {
            _ = try Baseline.parse(Array(text.utf8), file: "b.json")
            Issue.record("accepted \(text)")
        } catch {
            #expect(error.site.map { "\($0.line):\($0.column)" } == position, "\(error)")
            #expect(error.message.contains(message), "\(error)")
        }
    }
}
