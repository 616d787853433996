import ArchlintDriver
import ArchlintGate
import ArchlintReporters
import Foundation
import Testing

/// SARIF, GitHub and GitLab output on samples/campuslearn, compared with the files in
/// `Golden/`. Regenerate after an intended change with
/// `ARCHLINT_UPDATE_GOLDEN=1 swift test --filter ArchlintGateTests.GoldenTests` and read the diff.
@Suite struct GoldenTests {
    static let report = Checker.run(CheckOptions(paths: [Paths.samples + "/campuslearn"], now: Paths.now, jobs: 2))

    /// Files named from the package root, as they would be from a repository's root.
    static let paths: ArtifactPaths = {
        var table: [String: String] = [:]
        for finding in report.findings { table[finding.site.file] = PathResolver.inside(finding.site.file, Paths.root) }
        return ArtifactPaths(table)
    }()

    static func render(_ format: ReportFormat) -> String {
        String(decoding: Reporter.render(report, format: format, paths: paths), as: UTF8.self)
    }

    @Test func sarif() throws {
        try expectGolden(Self.render(.sarif), "campuslearn.sarif")
    }

    @Test func github() throws {
        try expectGolden(Self.render(.github), "campuslearn.github.txt")
    }

    @Test func gitlab() throws {
        try expectGolden(Self.render(.gitlab), "campuslearn.gitlab.json")
    }

    @Test func samplesAreFoundAndNamedRelatively() {
        #expect(!Self.report.findings.isEmpty)
        #expect(Self.paths.relative.values.allSatisfy { $0.hasPrefix("samples/campuslearn/") })
    }
}

/// The SARIF that GitHub code scanning receives: valid against the 2.1.0 schema, and with the
/// properties code scanning relies on.
@Suite struct SARIFValidityTests {
    static let text = GoldenTests.render(.sarif)

    /// Schema errors of a SARIF document found by Python's `jsonschema`; nil when it is not
    /// installed or the schema is not beside the package (the structural tests still run).
    static func schemaErrors(_ text: String) throws -> String? {
        guard Paths.sarifSchemaExists else { return nil }
        let probe = try launch("/usr/bin/env", ["python3", "-c", "import jsonschema"], in: Paths.root)
        guard probe.status == 0 else { return nil }
        let directory = try TemporaryDirectory()
        let document = try directory.write("report.sarif", text)
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            document = json.load(open(sys.argv[2]))
            errors = sorted(jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker()).iter_errors(document), key=str)
            for error in errors[:20]:
                print("/".join(map(str, error.absolute_path)) + ": " + error.message)
            sys.exit(1 if errors else 0)
            """
        let run = try launch("/usr/bin/env", ["python3", "-c", script, Paths.sarifSchema, document], in: Paths.root)
        return run.status == 0 ? "" : run.stdout + run.stderr
    }

    /// The validation can fail: a log whose result has a line 0 and no message is rejected.
    @Test(.enabled(if: Paths.sarifSchemaExists, "../shared/schemas/sarif-schema-2.1.0.json is not present (a clone on its own)"))
    func theValidatorRejectsAnInvalidLog() throws {
        let invalid = """
            {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}},
              "results": [{"ruleId": "A", "locations": [{"physicalLocation": {"region": {"startLine": 0}}}]}]}]}
            """
        guard let errors = try Self.schemaErrors(invalid) else { return }
        #expect(errors.contains("message"), "\(errors)")
        #expect(errors.contains("startLine"), "\(errors)")
    }

    @Test(.enabled(if: Paths.sarifSchemaExists, "../shared/schemas/sarif-schema-2.1.0.json is not present (a clone on its own)"))
    func campuslearnValidatesAgainstTheSchema() throws {
        guard let errors = try Self.schemaErrors(Self.text) else { return }
        #expect(errors.isEmpty, "\(errors)")
    }

    /// Everything the gate adds, end to end: inline and config suppressions (one expired), a
    /// baseline, stale notices of both kinds and a load error.
    @Test func gateFeaturesValidateAgainstTheSchema() throws {
        let directory = try TemporaryDirectory()
        try directory.write("infra/app.yaml", Inputs.template)
        try directory.write("infra/policy.json", Inputs.passRolePolicy)
        try directory.write("infra/broken.yaml", "Resources: [\n")
        try directory.write(".archlint.yml", """
            suppress:
              - {rule: HC109, resource: Service, reason: "staging, one task", until: 2027-03-01}
              - {rule: PS101, resource: Nobody, reason: stale}

            """ + Inputs.onlyRules(["LP101", "LP104", "HC108", "HC109", "PS101"]))
        try directory.write(".archlint-baseline.json", """
            {"version": 1, "tool": "archlint", "findings": [
              {"ruleId": "HC108", "file": "infra/app.yaml", "path": "Resources/Service", "resource": "Service"},
              {"ruleId": "LP104", "file": "infra/gone.json", "path": "Statement/0/Action/1", "resource": "gone.json"}
            ]}
            """)
        let run = try archlint(["check", "infra", "--now=2027-02-15", "--baseline", ".archlint-baseline.json",
                                "--format", "sarif"], in: directory.path)
        #expect(run.status == 2, "\(run.stderr)")  // the broken file
        let log = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let results = try #require(((log["runs"] as? [[String: Any]])?.first?["results"]) as? [[String: Any]])
        let kinds = results.compactMap { ($0["suppressions"] as? [[String: Any]])?.first?["kind"] as? String }
        #expect(kinds.sorted() == ["external", "external"])  // HC109 (config), HC108 (baseline); LP101's inline waiver expired
        #expect(Set(results.compactMap { $0["baselineState"] as? String }) == ["new", "unchanged", "absent"])
        #expect(results.contains { $0["ruleId"] as? String == "stale-suppression" })
        #expect(run.stdout.contains("toolExecutionNotifications"))
        #expect(!run.stdout.contains(directory.path), "no absolute paths")
        guard let errors = try Self.schemaErrors(run.stdout) else { return }
        #expect(errors.isEmpty, "\(errors)")
    }

    @Test func hasWhatCodeScanningNeeds() throws {
        let log = try #require(try JSONSerialization.jsonObject(with: Data(Self.text.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let driver = try #require((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "archlint")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let ids = rules.compactMap { $0["id"] as? String }
        #expect(Set(ids).count == rules.count)
        for rule in rules {
            #expect((rule["shortDescription"] as? [String: Any])?["text"] is String)
            #expect((rule["fullDescription"] as? [String: Any])?["text"] is String)
            #expect((rule["helpUri"] as? String)?.hasPrefix("https://") ?? false)
            #expect(["error", "warning", "note"].contains((rule["defaultConfiguration"] as? [String: Any])?["level"] as? String ?? ""))
            #expect(rule["name"] is String)
        }
        let results = try #require(runs[0]["results"] as? [[String: Any]])
        #expect(results.count == GoldenTests.report.findings.count)
        for result in results {
            let id = try #require(result["ruleId"] as? String)
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(ids.indices.contains(index) && ids[index] == id)
            #expect(["error", "warning", "note"].contains(result["level"] as? String ?? ""))
            #expect(((result["message"] as? [String: Any])?["text"] as? String)?.isEmpty == false)
            let fingerprint = (result["partialFingerprints"] as? [String: String])?["archlint/v1"]
            #expect(fingerprint?.count == 16)
            let location = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            let artifact = try #require(location["artifactLocation"] as? [String: String])
            let uri = try #require(artifact["uri"])
            #expect(artifact["uriBaseId"] == "%SRCROOT%")
            #expect(!uri.hasPrefix("/") && !uri.contains("://") && !uri.hasPrefix("../"), "\(uri)")
            let region = try #require(location["region"] as? [String: Int])
            #expect((region["startLine"] ?? 0) >= 1 && (region["startColumn"] ?? 0) >= 1)
        }
        let fingerprints = results.compactMap { ($0["partialFingerprints"] as? [String: String])?["archlint/v1"] }
        #expect(Set(fingerprints).count == results.count)
    }
}
