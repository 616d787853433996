import ArchlintDriver
import ArchlintGate
import ArchlintModel
import Foundation
import Testing

/// In-process runs of the gate in a temporary directory: paths given to it are relative to
/// that directory, so the reports name files absolutely (the test process runs elsewhere).
@Suite struct SuppressionTests {
    func run(_ directory: TemporaryDirectory, now: String, paths: [String] = ["infra"], config: String? = nil) throws -> ScanReport {
        let request = GateRequest(check: CheckOptions(paths: paths, now: Paths.date(now), jobs: 2), configFile: config,
                                  cwd: directory.path)
        return try GatedCheck.run(request).report
    }

    func finding(_ report: ScanReport, _ rule: String) throws -> Finding {
        try #require(report.findings.first { $0.ruleId == rule }, "no \(rule) finding")
    }

    @Test func inlineSuppressionWorksThroughItsLastDayThenTheFindingReturns() throws {
        let directory = try TemporaryDirectory()
        try directory.write("infra/app.yaml", Inputs.template)

        let before = try run(directory, now: "2027-01-31")
        let waived = try finding(before, "LP101")
        #expect(waived.waiver == Waiver(kind: .inline, reason: "Break-glass role, reviewed by security", until: "2027-01-31",
                                        site: Site(file: directory.path + "/infra/app.yaml", line: 7, column: 13,
                                                   path: "Resources/AdminRole/Metadata/archlint/suppress/0")))
        #expect(waived.message == "statement allows every action on every resource")
        #expect(before.count(atLeast: .error) == 0)

        let after = try run(directory, now: "2027-02-01")
        let back = try finding(after, "LP101")
        #expect(back.waiver == nil)
        #expect(back.message == "statement allows every action on every resource (waiver expired on 2027-01-31, \(directory.path)/infra/app.yaml:7)")
        #expect(back.site.line == 20 && back.site.column == 17)
        #expect(after.count(atLeast: .error) == 1)
        #expect(after.notices.isEmpty, "an expired waiver that still matches is not stale")
    }

    @Test func configSuppressionByPathAndResource() throws {
        let directory = try TemporaryDirectory()
        try directory.write("infra/app.yaml", Inputs.template)
        try directory.write(".archlint.yml", """
            suppress:
              - rule: single-task
                path: "infra/*.yaml"
                resource: Service
                reason: One task in staging
              - rule: HC108
                path: "other/**"
                reason: Not this one
            """)
        let report = try run(directory, now: "2026-11-26")
        #expect(try finding(report, "HC109").waiver?.kind == .config)
        #expect(try finding(report, "HC109").waiver?.site == Site(file: ".archlint.yml", line: 2, column: 5, path: ""))
        #expect(try finding(report, "HC108").waiver == nil)
        // `other/**` names files the scan never reached: not judged stale.
        #expect(report.notices.isEmpty)
    }

    @Test func configPathsAreRelativeToTheConfigFileWhateverTheWorkingDirectory() throws {
        let directory = try TemporaryDirectory()
        try directory.write("infra/app.yaml", Inputs.template)
        try directory.write(".archlint.yml", "suppress:\n  - {rule: HC109, path: infra/app.yaml, reason: staging}\n")
        let request = GateRequest(check: CheckOptions(paths: ["."], now: Paths.now, jobs: 2), cwd: directory.path + "/infra")
        let report = try GatedCheck.run(request).report
        // The config lies above the working directory: it is named by its absolute path.
        #expect(report.findings.first { $0.ruleId == "HC109" }?.waiver?.site.file == directory.path + "/.archlint.yml")
    }

    @Test func staleSuppressionsAreNotes() throws {
        let directory = try TemporaryDirectory()
        try directory.write("infra/app.yaml", Inputs.template)
        try directory.write(".archlint.yml", """
            suppress:
              - rule: PS101
                resource: Service
                reason: Public IP on purpose
              - rule: HC109
                path: infra/app.yaml
                reason: staging

            """ + Inputs.onlyRules(["LP101", "HC108", "HC109", "PS101"]))
        let report = try run(directory, now: "2026-11-26")
        #expect(report.notices == [Notice(kind: .staleSuppression, ruleId: "PS101",
                                          message: "suppression of PS101 for resource `Service` matches no finding",
                                          site: Site(file: ".archlint.yml", line: 2, column: 5, path: ""))])
        #expect(report.count(atLeast: .warning) == 1)  // HC108 only
        #expect(report.count(atLeast: .note) == 2)

        // An inline waiver on a resource the rule no longer reports is stale too.
        try directory.write("infra/app.yaml", Inputs.template.replacingOccurrences(of: "Action: '*'", with: "Action: 's3:GetObject'"))
        let fixed = try run(directory, now: "2026-11-26")
        #expect(fixed.notices.map(\.site) == [Site(file: ".archlint.yml", line: 2, column: 5, path: ""),
                                             Site(file: directory.path + "/infra/app.yaml", line: 7, column: 13,
                                                  path: "Resources/AdminRole/Metadata/archlint/suppress/0")])
        #expect(fixed.notices.last?.message == "suppression of LP101 on AdminRole matches no finding")
    }

    @Test func suppressionsOfDisabledRulesAreNotJudged() throws {
        let directory = try TemporaryDirectory()
        try directory.write("infra/app.yaml", Inputs.template)
        try directory.write(".archlint.yml", """
            rules:
              PS101: {enabled: false}
            suppress:
              - {rule: PS101, resource: Service, reason: later}
            """)
        let report = try run(directory, now: "2026-11-26")
        #expect(report.notices.isEmpty)
        #expect(!report.runs.contains { $0.rule.id == "PS101" })
    }

    /// A waiver archlint cannot honour is never skipped quietly: a load error at its line.
    @Test(arguments: [
        ("          - rule: LP101\n            until: 2027-01-31", "7:13", "a suppression needs a `reason`"),
        ("          - rule: LP999\n            reason: x", "7:19", "unknown rule `LP999`"),
        ("          - rule: LP101\n            reason: x\n            until: soon", "9:20", "`until` must be a date"),
        ("          - rule: LP101\n            reason: x\n            expires: 2027-01-31", "9:22", "unknown key `expires`"),
        ("          - LP101", "7:13", "a suppression must be a mapping"),
        ("          - rule: LP101\n            reason: [x]", "8:13", "`reason` must be a string"),
    ])
    func badInlineSuppressionIsALoadErrorAtItsLine(entry: String, position: String, message: String) throws {
        let directory = try TemporaryDirectory()
        try directory.write("infra/app.yaml", Inputs.template(waiver: entry))
        let report = try run(directory, now: "2026-11-26")
        let error = try #require(report.errors.first, "no load error")
        #expect("\(error.line):\(error.column)" == position, "\(error)")
        #expect(error.message.contains(message), "\(error)")
        #expect(error.file == directory.path + "/infra/app.yaml")
        #expect(try finding(report, "LP101").waiver == nil)
    }

    @Test func inlineShapeMistakes() throws {
        let directory = try TemporaryDirectory()
        try directory.write("infra/app.yaml", Inputs.template.replacingOccurrences(of: "        suppress:\n", with: "        suppres:\n"))
        let report = try run(directory, now: "2026-11-26")
        #expect(report.errors.map { "\($0.line):\($0.column) \($0.message)" }
                    == ["6:9 unknown key `suppres` in `Metadata.archlint` (expected: suppress)"])
    }

    @Test func severityOverridesAndDisabledRules() throws {
        let directory = try TemporaryDirectory()
        try directory.write("infra/app.yaml", Inputs.templateWithoutWaiver)
        try directory.write(".archlint.yml", "rules:\n  HC108: {enabled: false}\n  admin-access: {severity: note}\n")
        let report = try run(directory, now: "2026-11-26")
        #expect(!report.runs.contains { $0.rule.id == "HC108" })
        #expect(try finding(report, "LP101").severity == .note)
        #expect(report.runs.first { $0.rule.id == "LP101" }?.rule.severity == .note)
    }

    @Test func excludedFilesAreNotRead() throws {
        let directory = try TemporaryDirectory()
        try directory.write("infra/app.yaml", Inputs.template)
        try directory.write("infra/legacy/old.json", Inputs.passRolePolicy)
        try directory.write("infra/broken/bad.yaml", "a: [\n")
        try directory.write(".archlint.yml", "exclude: [\"infra/legacy\", \"bad.yaml\"]\n")
        let report = try run(directory, now: "2026-11-26")
        #expect(report.errors.isEmpty)
        #expect(report.files == 1)
        #expect(!report.findings.contains { $0.ruleId == "LP104" })
    }
}
