import ArchlintYAML

/// The YAML/JSON composer: any bytes must give nodes or a YAMLError, never a trap or a hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let limits = YAMLLimits(maxDepth: 512, maxNodes: 200_000, maxAliasExpansion: 200_000, maxBytes: 1 << 20)
    if let documents = try? YAML.parse(bytes, limits: limits) {
        for document in documents { _ = document[0]?.scalar; _ = document["Resources"]?.pairs.count }
    }
    return 0
}
