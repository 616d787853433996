import ArchlintLoaders
import ArchlintModel
import ArchlintYAML

/// What `check` costs at the least: discover the files, read them and compose them with
/// libyaml, exactly as `check` does, on as many threads, and build nothing from the nodes.
/// `scripts/bench.sh` times it (`archlint parse-only`) as the floor `check` is measured against.
public enum ParseFloor {
    public struct Result: Sendable {
        public var files = 0
        public var bytes = 0
        public var documents = 0
        public var errors = 0
    }

    public static func run(paths: [String], jobs: Int, limits: LoadLimits = .init()) -> Result {
        let discovery = InputDiscovery.discover(paths)
        let yamlLimits = YAMLLimits(maxDepth: limits.maxDepth, maxNodes: limits.maxNodes,
                                    maxAliasExpansion: limits.maxAliasExpansion, maxBytes: limits.maxFileBytes)
        let outcomes = ParallelMap.map(discovery.files, jobs: jobs) { file -> (bytes: Int, documents: Int?) in
            guard case .success(let bytes) = FileReader.read(file, maxBytes: limits.maxFileBytes) else { return (0, nil) }
            guard let documents = try? YAML.parse(bytes, limits: yamlLimits) else { return (bytes.count, nil) }
            return (bytes.count, documents.count)
        }
        var result = Result()
        result.files = discovery.files.count
        result.errors = discovery.errors.count
        for outcome in outcomes {
            result.bytes += outcome.bytes
            if let documents = outcome.documents { result.documents += documents } else { result.errors += 1 }
        }
        return result
    }
}
