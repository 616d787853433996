// Why hand-written: libyaml rejects some valid JSON (keys longer than 1,024 characters,
// surrogate-pair escapes such as "\ud83d\ude00"), and Foundation's JSONSerialization, the
// other parser at hand, gives no positions, sorts the keys and silently keeps one of two
// duplicate keys: a policy could then hide `"Action": "*"` behind an earlier `"Action"`.
// This reader gives the tree the composer gives for the same JSON: the same marks, styles,
// key order, limits and duplicate-key error. An explicit stack, so no input sets the
// recursion depth.

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

    /// The document, or `nil` when the text is not JSON either (libyaml's error then stands).
    static func parse(_ text: [UInt8], limits: YAMLLimits) throws(YAMLError) -> [Node]? {
        var reader = JSONReader(text: text, limits: limits)
        return try reader.document().map { [$0] }
    }
}

private struct JSONReader {
    let text: [UInt8]
    let limits: YAMLLimits
    var offset = 0
    var marks = MarkCounter()
    var nodeCount = 0

    /// An open object or array.
    struct Frame {
        var isMapping: Bool
        var mark: Mark
        var items: [Node] = []
        var pairs: [Node.Pair] = []
        var pendingKey: Node?
        var keys: [String: Mark] = [:]
    }

    init(text: [UInt8], limits: YAMLLimits) {
        self.text = text
        self.limits = limits
    }

    private var byte: UInt8? { offset < text.count ? text[offset] : nil }

    private mutating func mark() -> Mark { marks.mark(ofByte: offset, in: text) }

    private mutating func skipSpace() {
        while let b = byte, b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { offset += 1 }
    }

    private mutating func count(at mark: Mark) throws(YAMLError) {
        nodeCount += 1
        if nodeCount > limits.maxNodes {
            throw YAMLError("more than \(limits.maxNodes) nodes in one document", at: mark)
        }
    }

    mutating func document() throws(YAMLError) -> Node? {
        var stack: [Frame] = []
        skipSpace()
        while true {
            // A value starts here.
            var value: Node
            let start = mark()
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let isMapping = byte == UInt8(ascii: "{")
                try count(at: start)
                if stack.count + 1 > limits.maxDepth {
                    throw YAMLError("nesting deeper than \(limits.maxDepth) levels", at: start)
                }
                offset += 1
                skipSpace()
                if byte == (isMapping ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    offset += 1
                    value = Node(kind: isMapping ? .mapping([]) : .sequence([]), style: .flow, mark: start)
                    break
                }
                stack.append(Frame(isMapping: isMapping, mark: start))
                if isMapping {
                    guard try key(into: &stack[stack.count - 1]) else { return nil }
                }
                continue
            default:
                guard let scalar = try scalar(at: start) else { return nil }
                value = scalar
            }
            // The value is complete: add it to its parent, closing every parent it completes.
            while true {
                guard !stack.isEmpty else {
                    skipSpace()
                    return offset == text.count ? value : nil
                }
                let top = stack.count - 1
                if stack[top].isMapping {
                    stack[top].pairs.append(Node.Pair(key: stack[top].pendingKey!, value: value))
                } else {
                    stack[top].items.append(value)
                }
                skipSpace()
                if byte == UInt8(ascii: ",") {
                    offset += 1
                    skipSpace()
                    if stack[top].isMapping {
                        guard try key(into: &stack[top]) else { return nil }
                    }
                    break
                }
                guard byte == (stack[top].isMapping ? UInt8(ascii: "}") : UInt8(ascii: "]")) else { return nil }
                offset += 1
                let frame = stack.removeLast()
                value = Node(kind: frame.isMapping ? .mapping(frame.pairs) : .sequence(frame.items), style: .flow,
                             mark: frame.mark)
            }
        }
    }

    /// Reads `"key":` into the frame; false when the text is not JSON.
    private mutating func key(into frame: inout Frame) throws(YAMLError) -> Bool {
        let start = mark()
        guard byte == UInt8(ascii: "\""), let key = try scalar(at: start), case .scalar(let name) = key.kind else {
            return false
        }
        if let first = frame.keys[name] {
            throw YAMLError("duplicate key \"\(name)\" (first at \(first))", at: start)
        }
        frame.keys[name] = start
        frame.pendingKey = key
        skipSpace()
        guard byte == UInt8(ascii: ":") else { return false }
        offset += 1
        skipSpace()
        return true
    }

    /// A string, number, `true`, `false` or `null`; nil when none starts here.
    private mutating func scalar(at start: Mark) throws(YAMLError) -> Node? {
        let text: String
        let style: Node.Style
        if byte == UInt8(ascii: "\"") {
            guard let string = string() else { return nil }
            text = string
            style = .doubleQuoted
        } else if let word = literal() ?? number() {
            text = word
            style = .plain
        } else {
            return nil
        }
        try count(at: start)
        return Node(kind: .scalar(text), style: style, mark: start)
    }

    private mutating func literal() -> String? {
        for word in ["true", "false", "null"] where text[offset...].starts(with: word.utf8) {
            offset += word.utf8.count
            return word
        }
        return nil
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, kept as written (as libyaml does).
    private mutating func number() -> String? {
        let begin = offset
        func digits(_ reader: inout JSONReader) -> Int {
            let from = reader.offset
            while let b = reader.byte, b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") { reader.offset += 1 }
            return reader.offset - from
        }
        if byte == UInt8(ascii: "-") { offset += 1 }
        if byte == UInt8(ascii: "0") {
            offset += 1
        } else if digits(&self) == 0 {
            offset = begin
            return nil
        }
        if byte == UInt8(ascii: ".") {
            offset += 1
            guard digits(&self) > 0 else { return nil }
        }
        if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
            offset += 1
            if byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") { offset += 1 }
            guard digits(&self) > 0 else { return nil }
        }
        return String(decoding: text[begin..<offset], as: UTF8.self)
    }

    /// A quoted string with its escapes decoded; nil when it is not valid JSON (a control
    /// character, an unknown escape, a lone surrogate, no closing quote).
    private mutating func string() -> String? {
        offset += 1
        let begin = offset
        // Most strings have no escape: one slice, decoded once.
        while let b = byte, b != UInt8(ascii: "\""), b != UInt8(ascii: "\\") {
            guard b >= 0x20 else { return nil }
            offset += 1
        }
        guard let stop = byte else { return nil }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: String(decoding: text[begin..<offset], as: UTF8.self).unicodeScalars)
        guard stop == UInt8(ascii: "\\") else {
            offset += 1
            return String(scalars)
        }
        var bytes: [UInt8] = []
        while let b = byte {
            offset += 1
            switch b {
            case UInt8(ascii: "\""):
                scalars.append(contentsOf: String(decoding: bytes, as: UTF8.self).unicodeScalars)
                return String(scalars)
            case UInt8(ascii: "\\"):
                guard let escape = byte else { return nil }
                offset += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): bytes.append(escape)
                case UInt8(ascii: "b"): bytes.append(0x08)
                case UInt8(ascii: "f"): bytes.append(0x0C)
                case UInt8(ascii: "n"): bytes.append(0x0A)
                case UInt8(ascii: "r"): bytes.append(0x0D)
                case UInt8(ascii: "t"): bytes.append(0x09)
                case UInt8(ascii: "u"):
                    guard let scalar = unicodeEscape() else { return nil }
                    bytes.append(contentsOf: Array(String(scalar).utf8))
                default: return nil
                }
            default:
                guard b >= 0x20 else { return nil }
                bytes.append(b)
            }
        }
        return nil
    }

    /// The character of `\uXXXX` (the `\u` read), or of a surrogate pair `\uD83D\uDE00`.
    private mutating func unicodeEscape() -> Unicode.Scalar? {
        guard let first = hex4() else { return nil }
        switch first {
        case 0xD800...0xDBFF:
            guard text[offset...].starts(with: "\\u".utf8) else { return nil }
            offset += 2
            guard let second = hex4(), (0xDC00...0xDFFF).contains(second) else { return nil }
            return Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
        case 0xDC00...0xDFFF:
            return nil
        default:
            return Unicode.Scalar(first)
        }
    }

    private mutating func hex4() -> UInt32? {
        guard offset + 4 <= text.count else { return nil }
        var value: UInt32 = 0
        for b in text[offset..<offset + 4] {
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = value << 4 | UInt32(b - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): value = value << 4 | UInt32(b - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): value = value << 4 | UInt32(b - UInt8(ascii: "A") + 10)
            default: return nil
            }
        }
        offset += 4
        return value
    }
}
