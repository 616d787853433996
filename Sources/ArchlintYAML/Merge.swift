// YAML merge keys (`<<: *base`, `<<: [*a, *b]`).

extension Composer {
    /// The pairs of a mapping with its `<<` merges applied: merged pairs go
    /// where the `<<` was written, explicit keys win over merged ones wherever
    /// they appear, and among merged mappings the first one wins. A key both
    /// written and merged is not a duplicate.
    static func merged(_ f: Frame) throws(YAMLError) -> [Node.Pair] {
        var seen = Set<String>()
        for p in f.pairs {
            if case .scalar(let s) = p.key.kind { seen.insert(s) }
        }
        var result: [Node.Pair] = []
        result.reserveCapacity(f.pairs.count)
        var next = 0
        func mergeUpTo(_ index: Int) throws(YAMLError) {
            while next < f.merges.count && f.merges[next].index <= index {
                try merge(f.merges[next].value, into: &result, seen: &seen)
                next += 1
            }
        }
        for (i, p) in f.pairs.enumerated() {
            try mergeUpTo(i)
            result.append(p)
        }
        try mergeUpTo(Int.max)
        return result
    }

    private static func merge(_ value: Node, into result: inout [Node.Pair], seen: inout Set<String>) throws(YAMLError) {
        let sources: [Node]
        switch value.kind {
        case .mapping: sources = [value]
        case .sequence(let items): sources = items
        case .scalar:
            throw YAMLError("merge key \"<<\" needs a mapping or a sequence of mappings", at: value.aliasMark ?? value.mark)
        }
        for source in sources {
            guard case .mapping(let pairs) = source.kind else {
                throw YAMLError("merge key \"<<\" needs a mapping or a sequence of mappings", at: source.aliasMark ?? source.mark)
            }
            for var p in pairs {
                if case .scalar(let s) = p.key.kind {
                    guard seen.insert(s).inserted else { continue }
                }
                if let site = source.aliasMark {
                    if p.key.aliasMark == nil { p.key.aliasMark = site }
                    if p.value.aliasMark == nil { p.value.aliasMark = site }
                }
                result.append(p)
            }
        }
    }
}
