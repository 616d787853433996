import ArchlintModel

/// JUnit XML (valid against the Jenkins xUnit `junit-10.xsd`), written through libxml2.
///
/// `<testsuites name="archlint">` holds one `<testsuite>` per rule run and, when files failed
/// to load, a last `<testsuite name="load errors">`. A rule's suite has one `<testcase>` per
/// checked resource, passing ones included, then one per resource that has findings but was
/// not among the checked ones, so no finding is lost. Each finding is a `<failure>` whose
/// `type` is its severity (notes included). Counts follow Surefire: `tests` counts test
/// cases, `failures` counts test cases with at least one failure (two findings on one
/// resource make one failed test), `errors` counts test cases with an error. A waived finding
/// (suppressed or baselined) is a `<skipped message="reason">` instead of a failure; `skipped`
/// on each suite counts test cases whose every finding is waived (the XSD allows no `skipped`
/// on `<testsuites>`). The gate's notices (stale waivers) come last, in `archlint gate`, each
/// a failure of type `note`.
/// Times are "0" and there is no timestamp or hostname: the output depends on the report only.
enum JUnitReporter {
    struct TestCase {
        var file: String
        var resource: String
        var type: String
        var findings: [Finding] = []
    }

    struct Suite {
        var name: String
        var classname: String
        var remediation: String
        var cases: [TestCase]
        var failures: Int { cases.filter { $0.findings.contains(where: \.isActive) }.count }
        /// Test cases whose every finding is waived.
        var skipped: Int { cases.filter { !$0.findings.isEmpty && !$0.findings.contains(where: \.isActive) }.count }
    }

    static func render(_ report: ScanReport) -> [UInt8] {
        let suites = report.runs.map(suite)
        let tests = suites.reduce(0) { $0 + $1.cases.count } + report.errors.count + report.notices.count
        let failures = suites.reduce(0) { $0 + $1.failures } + report.notices.count

        let xml = XMLMemoryWriter()
        xml.start("testsuites")
        xml.attribute("name", "archlint")
        xml.attribute("tests", tests)
        xml.attribute("failures", failures)
        xml.attribute("errors", report.errors.count)
        xml.attribute("time", "0")
        for suite in suites { write(suite, to: xml) }
        if !report.errors.isEmpty { writeLoadErrors(report.errors, to: xml) }
        if !report.notices.isEmpty { writeNotices(report.notices, to: xml) }
        xml.end()
        return xml.finish()
    }

    /// Test cases of one rule: its checked resources in order, each finding attached to the
    /// checked resource with the same file, name and type, else the same file and name, else
    /// to an extra test case for that resource (appended in report order).
    static func suite(_ run: RuleRun) -> Suite {
        struct Key: Hashable { var file, resource, type: String }
        var cases = run.checked.map { TestCase(file: $0.file, resource: $0.name, type: $0.type) }
        var exact: [Key: Int] = [:]
        var loose: [Key: Int] = [:]
        func index(_ i: Int) {  // the first test case wins
            let c = cases[i]
            exact.merge([Key(file: c.file, resource: c.resource, type: c.type): i]) { first, _ in first }
            loose.merge([Key(file: c.file, resource: c.resource, type: ""): i]) { first, _ in first }
        }
        cases.indices.forEach(index)
        for finding in run.findings {
            let file = finding.site.file
            if let i = exact[Key(file: file, resource: finding.resource, type: finding.resourceType)]
                ?? loose[Key(file: file, resource: finding.resource, type: "")] {
                cases[i].findings.append(finding)
            } else {
                cases.append(TestCase(file: file, resource: finding.resource, type: finding.resourceType,
                                      findings: [finding]))
                index(cases.count - 1)
            }
        }
        let rule = run.rule
        return Suite(name: "\(rule.id) \(rule.slug): \(rule.title)",
                     classname: "\(rule.category.rawValue).\(rule.id)",
                     remediation: trimmingTrailingWhitespace(rule.remediation), cases: cases)
    }

    private static func write(_ suite: Suite, to xml: XMLMemoryWriter) {
        xml.start("testsuite")
        xml.attribute("name", suite.name)
        xml.attribute("tests", suite.cases.count)
        xml.attribute("failures", suite.failures)
        xml.attribute("errors", 0)
        xml.attribute("skipped", suite.skipped)
        xml.attribute("time", "0")
        for testCase in suite.cases {
            xml.start("testcase")
            xml.attribute("name", "\(testCase.file): \(testCase.resource)")
            xml.attribute("classname", suite.classname)
            xml.attribute("time", "0")
            for finding in testCase.findings {
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

    private static func writeLoadErrors(_ errors: [LoadError], to xml: XMLMemoryWriter) {
        xml.start("testsuite")
        xml.attribute("name", "load errors")
        xml.attribute("tests", errors.count)
        xml.attribute("failures", 0)
        xml.attribute("errors", errors.count)
        xml.attribute("skipped", 0)
        xml.attribute("time", "0")
        for error in errors {
            xml.start("testcase")
            xml.attribute("name", error.file)
            xml.attribute("classname", "load")
            xml.attribute("time", "0")
            xml.start("error")
            xml.attribute("type", "load")
            xml.attribute("message", "\(error.file):\(error.line):\(error.column) \(error.message)")
            xml.end()
            xml.end()
        }
        xml.end()
    }

    /// The gate's notices (stale waivers): one test case each, failed as a note.
    private static func writeNotices(_ notices: [Notice], to xml: XMLMemoryWriter) {
        xml.start("testsuite")
        xml.attribute("name", "archlint gate")
        xml.attribute("tests", notices.count)
        xml.attribute("failures", notices.count)
        xml.attribute("errors", 0)
        xml.attribute("skipped", 0)
        xml.attribute("time", "0")
        for notice in notices {
            xml.start("testcase")
            xml.attribute("name", "\(notice.site.file): \(notice.kind.rawValue) \(notice.ruleId)")
            xml.attribute("classname", "gate.\(notice.kind.rawValue)")
            xml.attribute("time", "0")
            xml.start("failure")
            xml.attribute("type", "note")
            xml.attribute("message", "\(notice.site) \(notice.message)")
            xml.text(notice.kind.help)
            xml.end()
            xml.end()
        }
        xml.end()
    }

    private static func trimmingTrailingWhitespace(_ text: String) -> String {
        var text = Substring(text)
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
