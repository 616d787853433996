/// Entry point: bytes in, located node trees out.
public enum YAML {
    /// Parse every document in the bytes. JSON is YAML and goes through the
    /// same path; where libyaml rejects valid JSON (a key over 1,024
    /// characters, a surrogate-pair escape), `JSONFallback` reads it into the
    /// same tree, with the same marks and the same duplicate-key check.
    public static func parse(_ bytes: [UInt8], limits: YAMLLimits = .init()) throws(YAMLError) -> [Node] {
        if bytes.count > limits.maxBytes {
            throw YAMLError("input larger than the \(sizeText(limits.maxBytes)) limit", at: Mark(line: 1, column: 1))
        }
        let text = try Encoding.utf8Text(bytes)
        if text.isEmpty { return [] }  // libyaml wants a non-null buffer
        var composer = Composer(limits: limits)
        do {
            return try composer.compose(text)
        } catch {
            switch error {
            case .own(let e):
                throw e
            case .libyaml(let e):
                if JSONFallback.looksLikeJSON(text), let nodes = try JSONFallback.parse(text, limits: limits) {
                    return nodes
                }
                throw e
            }
        }
    }

    /// Parse every document in a string.
    public static func parse(_ text: String, limits: YAMLLimits = .init()) throws(YAMLError) -> [Node] {
        try parse(Array(text.utf8), limits: limits)
    }

    private static func sizeText(_ bytes: Int) -> String {
        let mb = 1024 * 1024
        return bytes % mb == 0 ? "\(bytes / mb) MB" : "\(bytes)-byte"
    }
}
