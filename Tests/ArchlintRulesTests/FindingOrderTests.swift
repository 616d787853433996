import ArchlintModel
@testable import ArchlintRules
import Testing

/// A rule's findings: sorted, each once, and ties (same site, rule and message, another
/// resource) in the order they were reported, whatever the hash seed.
@Suite struct FindingOrderTests {
    func finding(_ file: String, _ line: Int, _ message: String = "m", resource: String = "R") -> Finding {
        Finding(ruleId: "LP106", category: .leastPrivilege, severity: .warning, message: message,
                site: Site(file: file, line: line, column: 1, path: "p"), resource: resource, resourceType: "T")
    }

    @Test func sortedAndUnique() {
        let input = [finding("b", 2), finding("a", 9), finding("a", 1), finding("b", 2), finding("a", 1, "n"), finding("a", 1)]
        let output = RuleContext.sortedUnique(input)
        #expect(output == [finding("a", 1), finding("a", 1, "n"), finding("a", 9), finding("b", 2)])
        #expect(output == Array(Set(input)).sorted())
    }

    @Test func tiesKeepReportOrder() {
        let input = [finding("a", 1, resource: "Y"), finding("a", 1, resource: "X"), finding("a", 1, resource: "Y"),
                     finding("a", 0)]
        #expect(RuleContext.sortedUnique(input) == [finding("a", 0), finding("a", 1, resource: "Y"), finding("a", 1, resource: "X")])
    }

    /// Report order across rules (files ranked, then each file's findings placed by position
    /// and rule): the same as sorting every finding with `<`, ties broken by rule then report order.
    @Test func reportOrderIsTheSortedOrderOfEveryRun() {
        var generator = SystemRandomNumberGenerator()
        let files = ["b.yaml", "a.yaml", "c/d.json", "a.yaml.bak"]
        let runs = ["PS105", "LP106", "CE101"].map { id in
            let metadata = RuleMetadata(id: id, slug: "s", title: "t", category: .leastPrivilege, severity: .warning,
                                        rationale: "", remediation: "", references: [], examples: [], sourcePath: "")
            let findings = (0..<200).map { _ in
                Finding(ruleId: id, category: .leastPrivilege, severity: .warning,
                        message: ["m", "n"].randomElement(using: &generator)!,
                        site: Site(file: files.randomElement(using: &generator)!, line: Int.random(in: 1...9, using: &generator),
                                   column: Int.random(in: 1...3, using: &generator), path: "p"),
                        resource: ["R", "S"].randomElement(using: &generator)!, resourceType: "T")
            }
            return RuleRun(rule: metadata, checked: [], findings: RuleContext.sortedUnique(findings))
        }
        let report = ScanReport(toolVersion: "0", files: 4, skipped: 0, resources: 0, errors: [], runs: runs)
        var expected: [(run: Int, index: Int)] = []
        for run in runs.indices { for index in runs[run].findings.indices { expected.append((run, index)) } }
        expected.sort { a, b in
            let x = runs[a.run].findings[a.index], y = runs[b.run].findings[b.index]
            if (x.site.file, x.site.line, x.site.column) != (y.site.file, y.site.line, y.site.column) {
                return (x.site.file, x.site.line, x.site.column) < (y.site.file, y.site.line, y.site.column)
            }
            if x.ruleId != y.ruleId { return x.ruleId < y.ruleId }
            if x < y { return true }
            if y < x { return false }
            return (a.run, a.index) < (b.run, b.index)
        }
        #expect(report.reportOrder.map { [$0.run, $0.index] } == expected.map { [$0.run, $0.index] })
    }

    /// Resources a rule looked at: sorted, each once, whether the rule visited them in file
    /// order (the fast path: only each file's run is sorted) or not.
    @Test func checkedResourcesSortedAndUnique() {
        func resource(_ file: String, _ name: String, _ type: String = "T") -> CheckedResource {
            CheckedResource(name: name, type: type, file: file)
        }
        let fileOrder = [resource("a", "Z"), resource("a", "B"), resource("a", "Z"), resource("a", "B", "S"),
                         resource("b", "C"), resource("b", "A"), resource("c", "A")]
        let expected = [resource("a", "B", "S"), resource("a", "B"), resource("a", "Z"), resource("b", "A"),
                        resource("b", "C"), resource("c", "A")]
        #expect(RuleContext.sortedUniqueResources(fileOrder) == expected)
        #expect(RuleContext.sortedUniqueResources(fileOrder.reversed()) == expected)
        #expect(RuleContext.sortedUniqueResources(fileOrder.shuffled()) == expected)
        #expect(RuleContext.sortedUniqueResources([]) == [])
    }
}
