import Foundation

// libyaml rejects some valid JSON: surrogate-pair escapes ("\ud83d\ude00")
// and keys longer than 1024 characters. For such files Foundation's parser is
// tried; it gives no positions (every mark is 1:1), no key order (keys are
// sorted) and no duplicate-key check, so it is only a fallback.

enum JSONFallback {
    /// The first non-space byte opens an object or array.
    static func looksLikeJSON(_ text: [UInt8]) -> Bool {
        for b in text {
            switch b {
            case 0x20, 0x09, 0x0A, 0x0D: continue
            case UInt8(ascii: "{"), UInt8(ascii: "["): return true
            default: return false
            }
        }
        return false
    }

    /// The document, or `nil` when Foundation rejects the text too.
    static func parse(_ text: [UInt8], limits: YAMLLimits) throws(YAMLError) -> [Node]? {
        // Foundation's parser recurses: refuse deep nesting before calling it.
        try checkDepth(text, limit: limits.maxDepth)
        guard let object = try? JSONSerialization.jsonObject(with: Data(text), options: []) else {
            return nil
        }
        var count = 0
        return [try node(object, count: &count, limits: limits)]
    }

    static func checkDepth(_ text: [UInt8], limit: Int) throws(YAMLError) {
        var depth = 0
        var inString = false
        var escaped = false
        for (i, b) in text.enumerated() {
            if inString {
                if escaped {
                    escaped = false
                } else if b == UInt8(ascii: "\\") {
                    escaped = true
                } else if b == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch b {
            case UInt8(ascii: "\""):
                inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > limit {
                    throw YAMLError("nesting deeper than \(limit) levels", at: Encoding.mark(ofByte: i, in: text))
                }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth -= 1
            default:
                break
            }
        }
    }

    private static let origin = Mark(line: 1, column: 1)

    private static func node(_ value: Any, count: inout Int, limits: YAMLLimits) throws(YAMLError) -> Node {
        count += 1
        if count > limits.maxNodes {
            throw YAMLError("more than \(limits.maxNodes) nodes in one document", at: origin)
        }
        if let s = value as? String {
            return Node(kind: .scalar(s), style: .doubleQuoted, mark: origin)
        }
        if let n = value as? NSNumber {
            // On Linux, JSON booleans come back as the shared NSNumber
            // true/false instances (class __NSCFBoolean); numbers never do.
            let text: String
            if n === NSNumber(value: true) {
                text = "true"
            } else if n === NSNumber(value: false) {
                text = "false"
            } else {
                text = n.stringValue
            }
            return Node(kind: .scalar(text), style: .plain, mark: origin)
        }
        if let d = value as? [String: Any] {
            var pairs: [Node.Pair] = []
            pairs.reserveCapacity(d.count)
            for key in d.keys.sorted() {
                count += 1
                let k = Node(kind: .scalar(key), style: .doubleQuoted, mark: origin)
                pairs.append(Node.Pair(key: k, value: try node(d[key]!, count: &count, limits: limits)))
            }
            return Node(kind: .mapping(pairs), style: .flow, mark: origin)
        }
        if let a = value as? [Any] {
            var items: [Node] = []
            items.reserveCapacity(a.count)
            for v in a { items.append(try node(v, count: &count, limits: limits)) }
            return Node(kind: .sequence(items), style: .flow, mark: origin)
        }
        return Node(kind: .scalar("null"), style: .plain, mark: origin)  // NSNull
    }
}
