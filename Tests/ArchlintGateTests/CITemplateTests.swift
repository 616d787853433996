import Foundation
import Testing

/// action.yml's shell steps run as a GitHub runner runs them, with the built archlint packed as
/// a release tarball and fetched from a file:// URL, and the GitLab template against GitLab's CI
/// schema when check-jsonschema is installed: `scripts/ci-templates-test.py`.
@Suite struct CITemplateTests {
    static let tools: Bool = {
        let probe = try? launch("/usr/bin/env", ["sh", "-c", "command -v curl && python3 -c 'import yaml'"], in: Paths.root)
        return probe?.status == 0
    }()

    @Test(.enabled(if: tools, "curl or python3 with PyYAML is not installed"))
    func actionStepsRunWithALocalTarball() throws {
        let run = try launch("/usr/bin/env", ["python3", "scripts/ci-templates-test.py", "--binary", Paths.executable],
                             in: Paths.root)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        for line in ["ok   action: the checksum is verified", "ok   action: exit-code output",
                     "ok   action: reports/archlint.sarif written", "ok   action: job summary written"] {
            #expect(run.stdout.contains(line), "\(run.stdout)")
        }
    }
}
