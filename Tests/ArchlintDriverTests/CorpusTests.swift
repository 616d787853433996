import ArchlintDriver
import ArchlintLoaders
import ArchlintModel
import Foundation
import Testing

/// The whole shared corpus (about 3,600 real files, malformed ones included): nothing
/// crashes, and every file ends loaded, skipped or as a load error with a position.
@Suite(.enabled(if: Paths.corpusExists, "../shared/corpus is not present"))
struct CorpusTests {
    /// Files under corpus/cfn that are not valid templates, each with the reason.
    static let brokenTemplates: [String: String] = [
        "cfn/awslabs-aws-cloudformation-templates/aws/services/ServiceCatalog/Portfolio.yaml": #"duplicate key "Key" (first at 191:7)"#,
        "cfn/awslabs-aws-cloudformation-templates/aws/solutions/CloudFrontCustomOriginLambda@Edge/CloudFront.yaml": #"duplicate key "EC2InstanceSGID" (first at 804:3)"#,
        "cfn/cfn_nag/spec/test_templates/yaml/vulgar_bad_syntax.yml": "mapping values are not allowed in this context",
        // Loaded, its other resources checked, but CloudFormation rejects `Properties:` with no value.
        "cfn/cfn_nag/spec/test_templates/yaml/cloudwatchlogs_loggroup/cloudwatchlogs_loggroup_without_retention.yaml":
            "Properties of resource CWLogGroup must be a mapping, not null",
    ]

    @Test func everyCorpusFileIsAccountedFor() {
        let discovery = InputDiscovery.discover([Paths.corpus])
        #expect(discovery.errors.isEmpty)
        #expect(discovery.files.count > 3_000)
        var loaded = 0, skipped = 0, failed = 0
        for path in discovery.files.map(\.display) {
            guard let bytes = FileManager.default.contents(atPath: path) else {
                Issue.record("unreadable \(path)")
                continue
            }
            switch FileLoader.load(bytes: [UInt8](bytes), file: path) {
            case .loaded: loaded += 1
            case .skipped: skipped += 1
            case .failed(let error):
                failed += 1
                #expect(error.line >= 1 && error.column >= 1 && !error.message.isEmpty, "\(path): \(error)")
            }
        }
        #expect(loaded + skipped + failed == discovery.files.count)
        #expect(loaded > 3_000)
    }

    @Test func corpusTemplatesLoadAsCloudFormation() {
        let directory = Paths.corpus + "/cfn"
        let files = InputDiscovery.discover([directory]).files.map(\.display)
        #expect(files.count == 1_656)
        var broken: [String: String] = [:]
        for path in files {
            let relative = "cfn/" + path.dropFirst(directory.count + 1)
            let bytes = [UInt8](FileManager.default.contents(atPath: path) ?? Data())
            switch FileLoader.load(bytes: bytes, file: path) {
            case .loaded(let fragment, _):
                #expect(fragment.documentKinds.contains("CloudFormation"), "\(relative) loaded as \(fragment.documentKinds)")
                if let error = fragment.loadErrors.first { broken[relative] = error.message }
            case .skipped:
                Issue.record("\(relative) was skipped")
            case .failed(let error):
                broken[relative] = error.message
            }
        }
        #expect(broken == Self.brokenTemplates)
    }

    @Test func checkingTheWholeCorpusGivesACompleteReport() {
        let report = Checker.run(CheckOptions(paths: [Paths.corpus], now: Paths.now))
        #expect(report.files > 3_000)
        #expect(!report.errors.isEmpty, "cfn-bad holds malformed files")
        #expect(report.findings.allSatisfy { $0.site.line >= 1 && $0.site.column >= 1 })
    }
}
