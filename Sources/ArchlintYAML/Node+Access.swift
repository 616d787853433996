// Conveniences for reading a composed tree.
extension Node {
    /// The text of a scalar, `nil` for collections.
    public var scalar: String? {
        if case .scalar(let s) = kind { return s }
        return nil
    }

    /// A scalar written without quotes (so `true`, `null`, `12` may be typed).
    public var isPlainScalar: Bool {
        if case .scalar = kind { return style == .plain }
        return false
    }

    /// A plain, untagged scalar that YAML 1.1/JSON reads as null
    /// (`null`, `~`, `Null`, `NULL` or nothing).
    public var isNull: Bool {
        // Asked of most values the loaders read: the length first, before any comparison.
        guard tag == nil, style == .plain, case .scalar(let s) = kind, s.utf8.count <= 4 else { return false }
        return s.isEmpty || s == "~" || s == "null" || s == "Null" || s == "NULL"
    }

    public var isMapping: Bool {
        if case .mapping = kind { return true }
        return false
    }

    public var isSequence: Bool {
        if case .sequence = kind { return true }
        return false
    }

    /// The pairs of a mapping in document order; empty for anything else.
    public var pairs: [Pair] {
        if case .mapping(let p) = kind { return p }
        return []
    }

    /// The items of a sequence; empty for anything else.
    public var items: [Node] {
        if case .sequence(let n) = kind { return n }
        return []
    }

    /// The value of the first pair whose key is a scalar equal to `key`.
    public subscript(key: String) -> Node? {
        pair(key)?.value
    }

    /// The first pair whose key is a scalar equal to `key`.
    public func pair(_ key: String) -> Pair? {
        guard case .mapping(let p) = kind else { return nil }
        for pair in p {
            if case .scalar(let s) = pair.key.kind, s == key { return pair }
        }
        return nil
    }

    /// The item at `index` of a sequence, `nil` when out of range.
    public subscript(index: Int) -> Node? {
        guard case .sequence(let n) = kind, n.indices.contains(index) else { return nil }
        return n[index]
    }
}
