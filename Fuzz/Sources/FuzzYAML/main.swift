import ArchlintYAML
import FuzzDriver

/// The YAML/JSON composer: any bytes must give nodes or a YAMLError, never a trap or a hang.
exit(FuzzDriver.run { bytes in
    let limits = YAMLLimits(maxDepth: 512, maxNodes: 200_000, maxAliasExpansion: 200_000, maxBytes: 1 << 20)
    if let documents = try? YAML.parse(bytes, limits: limits) {
        for document in documents { _ = document[0]?.scalar; _ = document["Resources"]?.pairs.count }
    }
})
