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

    @Test func validatesAgainstTheSchemaWithPythonJSONSchemaWhenAvailable() throws {
        let probe = try launch("/usr/bin/env", ["python3", "-c", "import jsonschema"], in: Paths.root)
        guard probe.status == 0 else { return }  // no validator on this machine: the structural test below still runs
        let directory = try TemporaryDirectory()
        let document = try directory.write("campuslearn.sarif", Self.text)
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
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
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
