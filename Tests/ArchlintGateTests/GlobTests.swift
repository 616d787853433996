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
}
