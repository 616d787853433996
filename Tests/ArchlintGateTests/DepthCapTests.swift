import Foundation
import Testing

/// Nesting costs libyaml time quadratic in depth (each token rescans every open flow
/// collection): `--max-depth` is capped where that cost is still small, and a document at
/// the cap is read whole, through the loaders and rules.
@Suite struct DepthCapTests {
    static func nested(_ depth: Int) -> String {
        String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
    }

    @Test func maxDepthIsCapped() throws {
        let directory = try TemporaryDirectory()
        try directory.write("deep.json", Self.nested(100))
        for depth in ["10001", "1000000"] {
            let refused = try archlint(["check", directory.path, "--max-depth", depth], in: directory.path)
            #expect(refused.status == 2, "--max-depth \(depth)")
            #expect(refused.stderr.contains("--max-depth is at most 10000"), "\(refused.stderr)")
        }
    }

    @Test func aDocumentAtTheCapIsReadInBoundedTime() throws {
        let directory = try TemporaryDirectory()
        let depth = 10_000
        // Deep inside a template's properties, so the loaders and the rules walk it too.
        try directory.write("deep.yaml", """
            Resources:
              Bucket:
                Type: AWS::S3::Bucket
                Properties: {Tags: \(Self.nested(depth - 4))}

            """)
        // Functions nested in functions, resolved as far as they can be.
        let joins = (depth - 10) / 2
        try directory.write("joins.yaml", """
            Resources:
              Bucket:
                Type: AWS::S3::Bucket
                Properties: {BucketName: \(String(repeating: "!Join [\"\", [", count: joins) + "x" + String(repeating: "]]", count: joins))}

            """)
        let nots = (depth - 10) / 2
        try directory.write("conditions.json", """
            {"Conditions": {"C": \(String(repeating: "{\"Fn::Not\": [", count: nots) + "true" + String(repeating: "]}", count: nots))},
             "Resources": {"Bucket": {"Type": "AWS::S3::Bucket", "Condition": "C"}}}
            """)
        try directory.write("too-deep.json", Self.nested(depth + 1))
        let clock = ContinuousClock()
        var run: Run?
        let elapsed = try clock.measure {
            run = try archlint(["check", directory.path, "--now", "2026-11-26", "--max-depth", String(depth),
                                "--format", "json", "--output", "r.json"], in: directory.path)
        }
        #expect(run?.status == 2, "\(run?.stderr ?? "")")
        let report = try directory.read("r.json")
        #expect(report.contains("\"message\": \"nesting deeper than 10000 levels\""), "\(report.prefix(2000))")
        #expect(report.contains("\"resources\": 3"), "\(report.prefix(2000))")
        #expect(elapsed < .seconds(20), "\(elapsed)")
    }
}
