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
