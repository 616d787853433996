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
}
