import Foundation
import ArchlintDriver
import ArchlintReporters
import Testing

/// Same input, same bytes: whatever the number of worker threads.
@Suite struct DeterminismTests {
    @Test(arguments: [ReportFormat.json, .junit, .text])
    func reportsAreIdenticalWithOneAndManyThreads(format: ReportFormat) {
        let paths = [Paths.samples]
        let single = Reporter.render(Checker.run(CheckOptions(paths: paths, now: Paths.now, jobs: 1)), format: format)
        let many = Reporter.render(Checker.run(CheckOptions(paths: paths, now: Paths.now, jobs: 8)), format: format)
        #expect(single == many)
    }

    /// Without JUnit, the command line skips recording the resources each rule looked at: every
    /// other report must come out the same, and no run may keep a checked resource.
    @Test func reportsWithoutCheckedResourcesAreUnchanged() {
        var options = CheckOptions(paths: [Paths.samples], now: Paths.now, jobs: 2)
        let recorded = Checker.run(options)
        options.recordsCheckedResources = false
        let skipped = Checker.run(options)
        #expect(recorded.runs.contains { !$0.checked.isEmpty })
        #expect(skipped.runs.allSatisfy { $0.checked.isEmpty })
        for format in [ReportFormat.text, .json, .sarif, .github, .gitlab] {
            #expect(Reporter.render(recorded, format: format) == Reporter.render(skipped, format: format))
        }
    }

    /// Real files that link across each other (task definitions, target groups, certificates,
    /// policies): the merged model and every rule's output must not depend on the threads.
    @Test(.enabled(if: Paths.corpusExists, "../shared/corpus is not present"))
    func corpusReportIsIdenticalWithOneTwoAndEightThreads() {
        let paths = ["ecs-taskdef", "ecs-service", "elb", "acm", "iam-policy"].map { Paths.corpus + "/" + $0 }
        let reports = [1, 2, 8].map { jobs in
            Reporter.render(Checker.run(CheckOptions(paths: paths, now: Paths.now, jobs: jobs)), format: .json)
        }
        #expect(reports[0] == reports[1])
        #expect(reports[0] == reports[2])
    }

    /// One template large enough to be mapped in chunks on several threads (2,000 resources
    /// and up) and a text report large enough to be written in parallel (10,000 findings and
    /// up): the bytes must not change.
    @Test func largeTemplateAndLargeTextReportAreIdenticalWithOneAndFourThreads() throws {
        let directory = NSTemporaryDirectory() + "archlint-large-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        Generated.services(4_000, in: directory)
        let single = Checker.run(CheckOptions(paths: [directory], now: Paths.now, jobs: 1))
        let many = Checker.run(CheckOptions(paths: [directory], now: Paths.now, jobs: 4))
        #expect(single.count(atLeast: .note) > 10_000)
        for format in [ReportFormat.text, .json] {
            #expect(Reporter.render(single, format: format, jobs: 1) == Reporter.render(many, format: format, jobs: 4))
        }
    }
}
