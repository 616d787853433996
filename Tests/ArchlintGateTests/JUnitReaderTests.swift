import ArchlintReporters
import Foundation
import Testing

/// The JUnit report of samples/campuslearn read by the readers CI servers and people use
/// (junitparser, xunitparser, junit2html, through `scripts/junit-readers.py`): each one sees
/// every finding, and as many failures as archlint counts. `.ci/run` installs them from PyPI.
@Suite struct JUnitReaderTests {
    static let readersInstalled: Bool = {
        let probe = try? launch("/usr/bin/env", ["python3", "-c", "import junitparser, xunitparser, junit2htmlreport"],
                                in: Paths.root)
        return probe?.status == 0
    }()

    @Test(.enabled(if: readersInstalled,
                   "python3 with junitparser, xunitparser and junit2html is not installed (pip install junitparser xunitparser junit2html)"))
    func everyFindingReachesEveryReader() throws {
        let report = GoldenTests.report
        let directory = try TemporaryDirectory()
        let file = try directory.write("report.xml", GoldenTests.render(.junit))
        let run = try launch("/usr/bin/env", ["python3", Paths.root + "/scripts/junit-readers.py", file], in: Paths.root)
        #expect(run.status == 0, "\(run.stderr)")
        let seen = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: [String]])
        #expect(seen.keys.sorted() == ["junit2html", "junitparser", "xunitparser"])
        let expected = report.findings.filter(\.isActive).map { "\($0.site) \($0.message)" }
        #expect(expected.count == report.tally.failing && expected.count > 50)
        for (reader, messages) in seen {
            #expect(messages.count == report.tally.failing, "\(reader) shows \(messages.count) failures")
            #expect(messages.sorted() == expected.sorted(), "\(reader) misses findings")
        }
    }
}
