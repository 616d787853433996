import ArgumentParser
import ArchlintLoaders

/// Bounds on what one input may cost: each limit has its own clear load error.
struct LimitOptions: ParsableArguments {
    @Option(name: .customLong("max-file-size"), help: "Largest input file, in MB.")
    var maxFileSize: Int = 50

    @Option(name: .customLong("max-depth"), help: "Deepest nesting of mappings and sequences in a document (at most \(Self.depthCap)).")
    var maxDepth: Int = 512

    @Option(name: .customLong("max-nodes"), help: "Most nodes in one document.")
    var maxNodes: Int = 5_000_000

    @Option(name: .customLong("max-alias-nodes"), help: "Most nodes that YAML alias expansion may add to one document.")
    var maxAliasNodes: Int = 1_000_000

    /// libyaml rescans every open flow collection at each token, so nesting costs time
    /// quadratic in depth (README, Input limits): this bounds it.
    static let depthCap = 10_000

    func validate() throws {
        for (name, value) in [("--max-file-size", maxFileSize), ("--max-depth", maxDepth), ("--max-nodes", maxNodes),
                              ("--max-alias-nodes", maxAliasNodes)] where value < 1 {
            throw ValidationError("\(name) must be at least 1")
        }
        if maxFileSize > 4096 { throw ValidationError("--max-file-size is in MB and at most 4096") }
        if maxDepth > Self.depthCap {
            throw ValidationError("--max-depth is at most \(Self.depthCap): parsing costs time quadratic in nesting depth")
        }
    }

    var limits: LoadLimits {
        LoadLimits(maxFileBytes: maxFileSize * 1024 * 1024, maxDepth: maxDepth, maxNodes: maxNodes,
                   maxAliasExpansion: maxAliasNodes)
    }
}
