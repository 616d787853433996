/// A problem with the input, at a 1-based line and column.
public struct YAMLError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var mark: Mark

    public init(_ message: String, at mark: Mark) {
        self.message = message
        self.mark = mark
    }

    /// "line:col: message"
    public var description: String { "\(mark.line):\(mark.column): \(message)" }
}

/// Bounds that keep hostile input (deep nesting, billion laughs, huge files)
/// from exhausting the stack, memory or time.
public struct YAMLLimits: Sendable, Hashable {
    /// Deepest nesting of collections, counted through expanded aliases too.
    public var maxDepth: Int
    /// Nodes written in one document (aliases not expanded).
    public var maxNodes: Int
    /// Total nodes copied by alias expansions in one document.
    public var maxAliasExpansion: Int
    /// Size of the input in bytes, before any re-encoding.
    public var maxBytes: Int

    public init(
        maxDepth: Int = 512,
        maxNodes: Int = 5_000_000,
        maxAliasExpansion: Int = 1_000_000,
        maxBytes: Int = 50 * 1024 * 1024
    ) {
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
        self.maxAliasExpansion = maxAliasExpansion
        self.maxBytes = maxBytes
    }
}
