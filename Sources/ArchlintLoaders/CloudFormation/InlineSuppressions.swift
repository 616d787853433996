import ArchlintModel

/// Reads `Metadata: {archlint: {suppress: [{rule, reason, until}, ...]}}` on a resource, as
/// written: each field with its site. The gate checks the fields; here only the shape is
/// judged, and a wrong shape is kept as a problem so that it is reported, never ignored.
enum InlineSuppressions {
    static func read(_ body: Cursor, resource id: String) -> [InlineSuppression] {
        guard let archlint = body.child("Metadata")?.child("archlint") else { return [] }
        let resourcePath = body.site.path
        func problem(_ message: String, at site: Site) -> InlineSuppression {
            InlineSuppression(resource: id, resourcePath: resourcePath, site: site, fields: [], problem: message)
        }
        guard archlint.isMapping else {
            return [problem("`Metadata.archlint` must be a mapping with a `suppress` list", at: archlint.site)]
        }
        var found: [InlineSuppression] = []
        for (key, value) in archlint.pairs where key != "suppress" {
            found.append(problem("unknown key `\(key)` in `Metadata.archlint` (expected: suppress)", at: value.site))
        }
        guard let suppress = archlint.child("suppress") else { return found }
        guard suppress.isSequence else {
            return found + [problem("`Metadata.archlint.suppress` must be a list of {rule, reason, until}", at: suppress.site)]
        }
        for entry in suppress.items {
            guard entry.isMapping else {
                found.append(problem("a suppression must be a mapping {rule, reason, until}", at: entry.site))
                continue
            }
            let fields = entry.pairs.map { key, value in
                InlineSuppression.Field(key: key, value: value.node.scalar, site: value.site)
            }
            found.append(InlineSuppression(resource: id, resourcePath: resourcePath, site: entry.site, fields: fields))
        }
        return found
    }
}
