import ArchlintGate
import Testing

@Suite struct GlobTests {
    @Test(arguments: [
        ("infra/*.yaml", "infra/app.yaml", true),
        ("infra/*.yaml", "infra/sub/app.yaml", false),
        ("infra/**/*.yaml", "infra/app.yaml", true),
        ("infra/**/*.yaml", "infra/a/b/app.yaml", true),
        ("**/test-fixtures/**", "a/test-fixtures/x.json", true),
        ("**/test-fixtures/**", "test-fixtures/x.json", true),
        ("*.json", "deep/down/x.json", true),
        ("*.json", "x.yaml", false),
        ("/*.json", "deep/x.json", false),
        ("/*.json", "x.json", true),
        ("vendor", "vendor/lib/a.yaml", true),
        ("vendor", "src/vendor/a.yaml", true),
        ("vendor/", "vendor/a.yaml", true),
        ("infra/legacy", "infra/legacy/a.yaml", true),
        ("infra/legacy", "infra/legacy-new/a.yaml", false),
        ("app.y?ml", "app.yaml", true),
        ("app.y?ml", "app.yml", false),
        ("a*b*c", "aXXbYYc", true),
        ("a*b*c", "aXXbYY", false),
        ("./infra/*.yaml", "infra/x.yaml", true),
        ("infra/*.yaml", "../infra/x.yaml", false),
    ])
    func matches(pattern: String, path: String, expected: Bool) throws {
        let glob = try #require(Glob(pattern))
        #expect(glob.matches(path) == expected, "\(pattern) vs \(path)")
    }

    @Test(arguments: ["", "/", "a//b", "."])
    func rejects(pattern: String) {
        #expect(Glob(pattern) == nil)
    }

    @Test func manyStarsStayFast() throws {
        let glob = try #require(Glob(String(repeating: "*a", count: 30) + "b"))
        let clock = ContinuousClock()
        let elapsed = clock.measure { #expect(!glob.matches(String(repeating: "a", count: 5000))) }
        #expect(elapsed < .seconds(1))
    }

    /// `**` once cost a retry per way of splitting the path among them: eight against a
    /// 40-level path took over a minute. A pull request can change `exclude`, so the matcher
    /// must stay linear in pattern × path.
    @Test func manyDoubleStarsStayFast() throws {
        let path = (0..<40).map { "d\($0)" }.joined(separator: "/") + "/file.yaml"
        let clock = ContinuousClock()
        for pattern in [String(repeating: "**/", count: 8) + "nothing.json",
                        String(repeating: "**/x/", count: 8) + "*.yaml",
                        String(repeating: "**/d*/", count: 12) + "*.json"] {
            let glob = try #require(Glob(pattern))
            let elapsed = clock.measure { #expect(!glob.matches(path), "\(pattern)") }
            #expect(elapsed < .milliseconds(200), "\(pattern): \(elapsed)")
        }
        // The same shapes still match where they should.
        #expect(try #require(Glob(String(repeating: "**/", count: 8) + "file.yaml")).matches(path))
        #expect(try #require(Glob(String(repeating: "**/d*/", count: 12) + "*.yaml")).matches(path))
        #expect(try #require(Glob("**/d3/**/d39/**")).matches(path))
        #expect(try #require(Glob("d0/**/d1/**")).matches(path) == true)
        #expect(try #require(Glob("d1/**")).matches(path) == false)
    }
}
