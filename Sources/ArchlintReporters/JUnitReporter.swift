import ArchlintModel

/// JUnit XML (valid against the Jenkins xUnit `junit-10.xsd`), written through libxml2.
///
/// `<testsuites name="archlint">` holds one `<testsuite>` per rule run, then, when files failed
/// to load, `<testsuite name="load errors">`, when files were of no known kind, `<testsuite
/// name="skipped files">` (a skipped test case each, with the reason), and the gate's notices. The first suite carries
/// archlint's version as the property `archlint.version`.
///
/// Every finding is a test case of its own: readers such as junit2html and xunitparser (and,
/// by their documentation, Jenkins and GitLab) keep only one `<failure>` per test case, so two
/// findings in one would lose one and make the failure count differ from archlint's. A
/// finding's test case is named `file: resource at document path`, stable across runs (the
/// rule is the classname); a checked resource without findings is a passing test case named
/// `file: resource`. A finding is a `<failure>` whose `type` is its severity (notes included);
/// a waived one (suppressed, baselined) is `<skipped message="reason">`. So `failures` counts
/// the findings that are not waived, `skipped` the waived ones, `errors` the load errors; the
/// XSD allows no `skipped` on `<testsuites>`. The gate's notices (stale waivers) are each a
/// failure of type `note`. Times are "0" and there is no timestamp or hostname: the output
/// depends on the report only.
enum JUnitReporter {
    struct TestCase {
        var file: String
        var resource: String
        var type: String
        /// Nil for a passing test case.
        var finding: Finding?
        var name: String
    }

    struct Suite {
        var name: String
        var classname: String
        var remediation: String
        var cases: [TestCase]
        var failures: Int { cases.filter { $0.finding?.isActive == true }.count }
        var skipped: Int { cases.filter { $0.finding.map { !$0.isActive } ?? false }.count }
    }

    static func render(_ report: ScanReport) -> [UInt8] {
        let suites = report.runs.map(suite)
        let tests = suites.reduce(0) { $0 + $1.cases.count } + report.errors.count + report.skippedFiles.count
            + report.notices.count
        let failures = suites.reduce(0) { $0 + $1.failures } + report.notices.count

        let xml = XMLMemoryWriter()
        xml.start("testsuites")
        xml.attribute("name", "archlint")
        xml.attribute("tests", tests)
        xml.attribute("failures", failures)
        xml.attribute("errors", report.errors.count)
        xml.attribute("time", "0")
        // archlint's version goes on the first suite only: xunitparser pools the properties
        // of every suite and rejects a name given twice.
        var version: String? = report.toolVersion
        for suite in suites {
            write(suite, version: version, to: xml)
            version = nil
        }
        if !report.errors.isEmpty { writeLoadErrors(report.errors, version: version, to: xml); version = nil }
        if !report.skippedFiles.isEmpty { writeSkippedFiles(report.skippedFiles, version: version, to: xml); version = nil }
        if !report.notices.isEmpty { writeNotices(report.notices, version: version, to: xml) }
        xml.end()
        return xml.finish()
    }

    /// Test cases of one rule, in the order of its checked resources: a resource without
    /// findings is one passing case, a resource with findings one case per finding. A finding
    /// belongs to the checked resource with the same file, name and type, else the same file
    /// and name, else to a resource of its own (appended in report order).
    static func suite(_ run: RuleRun) -> Suite {
        struct Key: Hashable { var file, resource, type: String }
        var resources = run.checked.map { (file: $0.file, resource: $0.name, type: $0.type, findings: [Finding]()) }
        var exact: [Key: Int] = [:]
        var loose: [Key: Int] = [:]
        func index(_ i: Int) {  // the first resource wins
            let r = resources[i]
            exact.merge([Key(file: r.file, resource: r.resource, type: r.type): i]) { first, _ in first }
            loose.merge([Key(file: r.file, resource: r.resource, type: ""): i]) { first, _ in first }
        }
        resources.indices.forEach(index)
        for finding in run.findings {
            let file = finding.site.file
            if let i = exact[Key(file: file, resource: finding.resource, type: finding.resourceType)]
                ?? loose[Key(file: file, resource: finding.resource, type: "")] {
                resources[i].findings.append(finding)
            } else {
                resources.append((file, finding.resource, finding.resourceType, [finding]))
                index(resources.count - 1)
            }
        }
        var cases: [TestCase] = []
        var used: [String: Int] = [:]
        func add(_ file: String, _ resource: String, _ type: String, _ finding: Finding?) {
            var name = "\(file): \(resource)" + (finding.map { " at \($0.site.path)" } ?? "")
            let seen = used[name, default: 0] + 1
            used[name] = seen
            if seen > 1 { name += " (\(seen))" }  // one rule, one path, two findings: rare
            cases.append(TestCase(file: file, resource: resource, type: type, finding: finding, name: name))
        }
        for r in resources {
            if r.findings.isEmpty { add(r.file, r.resource, r.type, nil) }
            for finding in r.findings { add(r.file, r.resource, r.type, finding) }
        }
        let rule = run.rule
        return Suite(name: "\(rule.id) \(rule.slug): \(rule.title)",
                     classname: "\(rule.category.rawValue).\(rule.id)",
                     remediation: trimmingTrailingWhitespace(rule.remediation), cases: cases)
    }

    /// Opens a `<testsuite>` with its counts and, when given, archlint's version as a property
    /// (the XSD allows properties on suites only).
    private static func startSuite(_ name: String, tests: Int, failures: Int, errors: Int, skipped: Int,
                                   version: String?, to xml: XMLMemoryWriter) {
        xml.start("testsuite")
        xml.attribute("name", name)
        xml.attribute("tests", tests)
        xml.attribute("failures", failures)
        xml.attribute("errors", errors)
        xml.attribute("skipped", skipped)
        xml.attribute("time", "0")
        guard let version else { return }
        xml.start("properties")
        xml.start("property")
        xml.attribute("name", "archlint.version")
        xml.attribute("value", version)
        xml.end()
        xml.end()
    }

    private static func write(_ suite: Suite, version: String?, to xml: XMLMemoryWriter) {
        startSuite(suite.name, tests: suite.cases.count, failures: suite.failures, errors: 0, skipped: suite.skipped,
                   version: version, to: xml)
        for testCase in suite.cases {
            xml.start("testcase")
            xml.attribute("name", testCase.name)
            xml.attribute("classname", suite.classname)
            xml.attribute("time", "0")
            if let finding = testCase.finding {
                if let waiver = finding.waiver {
                    xml.start("skipped")
                    xml.attribute("type", waiver.kind == .baseline ? "baselined" : "suppressed")
                    xml.attribute("message", waiver.reason)
                    let until = waiver.until.map { " until \($0)" } ?? ""
                    xml.text("\(finding.site) \(finding.message)\nPath: \(finding.site.path)\n"
                             + "Waived\(until) by \(waiver.site.file):\(waiver.site.line)")
                } else {
                    xml.start("failure")
                    xml.attribute("type", finding.severity.rawValue)
                    xml.attribute("message", "\(finding.site) \(finding.message)")
                    xml.text(suite.remediation + "\nPath: " + finding.site.path)
                }
                xml.end()
            }
            xml.end()
        }
        xml.end()
    }

    private static func writeLoadErrors(_ errors: [LoadError], version: String?, to xml: XMLMemoryWriter) {
        startSuite("load errors", tests: errors.count, failures: 0, errors: errors.count, skipped: 0, version: version, to: xml)
        for error in errors {
            writeCase(name: error.file, classname: "load", result: "error",
                      [("type", "load"), ("message", "\(error.file):\(error.line):\(error.column) \(error.message)")], to: xml)
        }
        xml.end()
    }

    /// Files of no known kind: a skipped test case each, with the reason, so a file that was
    /// meant to be checked and was not is seen.
    private static func writeSkippedFiles(_ files: [SkippedFile], version: String?, to xml: XMLMemoryWriter) {
        startSuite("skipped files", tests: files.count, failures: 0, errors: 0, skipped: files.count, version: version, to: xml)
        for skipped in files {
            writeCase(name: skipped.file, classname: "skipped", result: "skipped", [("message", "not checked: " + skipped.reason)],
                      to: xml)
        }
        xml.end()
    }

    /// The gate's notices (stale waivers): one test case each, failed as a note.
    private static func writeNotices(_ notices: [Notice], version: String?, to xml: XMLMemoryWriter) {
        startSuite("archlint gate", tests: notices.count, failures: notices.count, errors: 0, skipped: 0, version: version,
                   to: xml)
        for notice in notices {
            writeCase(name: "\(notice.site.file): \(notice.kind.rawValue) \(notice.ruleId)", classname: "gate.\(notice.kind.rawValue)",
                      result: "failure", [("type", "note"), ("message", "\(notice.site) \(notice.message)")], text: notice.kind.help,
                      to: xml)
        }
        xml.end()
    }

    /// A test case of the reports' own suites (load errors, skipped files, notices): one result
    /// element (`error`, `skipped`, `failure`) with its attributes and, optionally, text.
    private static func writeCase(name: String, classname: String, result: String, _ attributes: [(String, String)],
                                  text: String? = nil, to xml: XMLMemoryWriter) {
        xml.start("testcase")
        xml.attribute("name", name)
        xml.attribute("classname", classname)
        xml.attribute("time", "0")
        xml.start(result)
        for (key, value) in attributes { xml.attribute(key, value) }
        if let text { xml.text(text) }
        xml.end()
        xml.end()
    }

    private static func trimmingTrailingWhitespace(_ text: String) -> String {
        var text = Substring(text)
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
