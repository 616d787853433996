import CLibYAML

// Why hand-written: none of the packages we may depend on composes libyaml's
// events into a Sendable tree that keeps each node's line, column, tag, style
// and alias site, checks duplicate keys and bounds alias expansion. This file
// does that with an explicit stack, so no recursion depth is set by the input.

/// Where a compose failure came from: libyaml's own scanner/parser (the JSON
/// fallback may still succeed) or one of our checks (final).
enum ComposeFailure: Error {
    case libyaml(YAMLError)
    case own(YAMLError)
}

struct Composer {
    let limits: YAMLLimits

    /// An open collection.
    struct Frame {
        var isMapping: Bool
        var tag: String?
        var anchor: String?
        var style: Node.Style
        var mark: Mark
        var items: [Node] = []
        var pairs: [Node.Pair] = []
        var pendingKey: Node?
        var pendingIsMerge = false
        /// `<<` values and the index in `pairs` where they were written.
        var merges: [(index: Int, value: Node)] = []
        /// Scalar keys seen, built once a mapping grows past a few keys.
        var keyIndex: [String: Mark]?
        /// Nodes in this subtree with aliases expanded, itself included.
        var size = 1
        /// Deepest chain of collections below and including this one.
        var height = 1
    }

    private struct Anchored {
        var node: Node
        var size: Int
        var height: Int
    }

    private var stack: [Frame] = []
    private var anchors: [String: Anchored] = [:]
    private var root: Node?
    private var nodeCount = 0
    private var aliasCopied = 0

    init(limits: YAMLLimits) {
        self.limits = limits
    }

    /// All documents of `text` (UTF-8, no BOM, not empty).
    mutating func compose(_ text: [UInt8]) throws(ComposeFailure) -> [Node] {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw .own(YAMLError("out of memory", at: Mark(line: 1, column: 1)))
        }
        defer { yaml_parser_delete(&parser) }
        return try text.withUnsafeBufferPointer { (buf) throws(ComposeFailure) -> [Node] in
            yaml_parser_set_input_string(&parser, buf.baseAddress, buf.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            return try run(&parser, text)
        }
    }

    private mutating func run(_ parser: inout yaml_parser_t, _ text: [UInt8]) throws(ComposeFailure) -> [Node] {
        var documents: [Node] = []
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                throw .libyaml(libyamlError(parser, text))
            }
            defer { yaml_event_delete(&event) }
            let mark = Mark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
            do {
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return documents
                case YAML_DOCUMENT_START_EVENT:
                    anchors.removeAll(keepingCapacity: true)
                    nodeCount = 0
                    aliasCopied = 0
                    root = nil
                case YAML_DOCUMENT_END_EVENT:
                    if let root { documents.append(root) }
                    root = nil
                case YAML_SCALAR_EVENT:
                    let s = event.data.scalar
                    try count(at: mark)
                    let value = String(
                        decoding: UnsafeBufferPointer(start: s.value, count: Int(s.length)), as: UTF8.self)
                    let node = Node(
                        kind: .scalar(value), tag: string(s.tag), style: scalarStyle(s.style), mark: mark)
                    try add(node, size: 1, height: 0, anchor: string(s.anchor))
                case YAML_SEQUENCE_START_EVENT:
                    let s = event.data.sequence_start
                    try open(
                        Frame(isMapping: false, tag: string(s.tag), anchor: string(s.anchor),
                              style: s.style == YAML_FLOW_SEQUENCE_STYLE ? .flow : .block, mark: mark))
                case YAML_MAPPING_START_EVENT:
                    let m = event.data.mapping_start
                    try open(
                        Frame(isMapping: true, tag: string(m.tag), anchor: string(m.anchor),
                              style: m.style == YAML_FLOW_MAPPING_STYLE ? .flow : .block, mark: mark))
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    try close()
                case YAML_ALIAS_EVENT:
                    try alias(string(event.data.alias.anchor) ?? "", at: mark)
                default:
                    break  // stream start
                }
            } catch {
                throw .own(error)
            }
        }
    }

    // MARK: - Building

    private mutating func count(at mark: Mark) throws(YAMLError) {
        nodeCount += 1
        if nodeCount > limits.maxNodes {
            throw YAMLError("more than \(limits.maxNodes) nodes in one document", at: mark)
        }
    }

    private mutating func open(_ frame: Frame) throws(YAMLError) {
        try count(at: frame.mark)
        if stack.count + 1 > limits.maxDepth {
            throw YAMLError("nesting deeper than \(limits.maxDepth) levels", at: frame.mark)
        }
        stack.append(frame)
    }

    private mutating func close() throws(YAMLError) {
        let f = stack.removeLast()
        let node: Node
        if f.isMapping {
            let pairs = f.merges.isEmpty ? f.pairs : try Self.merged(f)
            node = Node(kind: .mapping(pairs), tag: f.tag, style: f.style, mark: f.mark)
        } else {
            node = Node(kind: .sequence(f.items), tag: f.tag, style: f.style, mark: f.mark)
        }
        try add(node, size: f.size, height: f.height, anchor: f.anchor)
    }

    private mutating func alias(_ name: String, at mark: Mark) throws(YAMLError) {
        guard let target = anchors[name] else {
            if stack.contains(where: { $0.anchor == name }) {
                throw YAMLError("alias \"\(name)\" refers to a node that contains it", at: mark)
            }
            throw YAMLError("undefined alias \"\(name)\"", at: mark)
        }
        if stack.count + target.height > limits.maxDepth {
            throw YAMLError("nesting deeper than \(limits.maxDepth) levels", at: mark)
        }
        aliasCopied += target.size
        if aliasCopied > limits.maxAliasExpansion {
            throw YAMLError("alias expansion exceeds limit of \(limits.maxAliasExpansion) nodes", at: mark)
        }
        var copy = target.node  // a value copy: arrays are shared until written
        copy.aliasMark = mark
        try add(copy, size: target.size, height: target.height, anchor: nil)
    }

    /// Puts a finished node into its parent (or makes it the document root).
    private mutating func add(_ node: Node, size: Int, height: Int, anchor: String?) throws(YAMLError) {
        if let anchor {
            anchors[anchor] = Anchored(node: node, size: size, height: height)
        }
        guard !stack.isEmpty else {
            root = node
            return
        }
        try Self.append(node, size: size, height: height, to: &stack[stack.count - 1])
    }

    /// Appends in place (through `inout`, so the frame is not copied).
    private static func append(_ node: Node, size: Int, height: Int, to f: inout Frame) throws(YAMLError) {
        f.size += size
        f.height = max(f.height, height + 1)
        if !f.isMapping {
            f.items.append(node)
        } else if let key = f.pendingKey {
            if f.pendingIsMerge {
                f.merges.append((f.pairs.count, node))
                f.pendingIsMerge = false
            } else {
                f.pairs.append(Node.Pair(key: key, value: node))
            }
            f.pendingKey = nil
        } else {
            f.pendingKey = node
            guard case .scalar(let text) = node.kind else { return }
            if text == "<<" && node.style == .plain
                && (node.tag == nil || node.tag == "tag:yaml.org,2002:merge") {
                f.pendingIsMerge = true
                return
            }
            try checkDuplicate(text, at: node.mark, in: &f)
        }
    }

    private static let indexAfter = 12

    private static func checkDuplicate(_ key: String, at mark: Mark, in f: inout Frame) throws(YAMLError) {
        var first: Mark?
        if f.keyIndex != nil {
            first = f.keyIndex![key]
            if first == nil { f.keyIndex![key] = mark }
        } else {
            for p in f.pairs {
                if case .scalar(let s) = p.key.kind, s == key {
                    first = p.key.mark
                    break
                }
            }
            if first == nil && f.pairs.count >= indexAfter {
                var index: [String: Mark] = [:]
                index.reserveCapacity(f.pairs.count * 2)
                for p in f.pairs.reversed() {
                    if case .scalar(let s) = p.key.kind { index[s] = p.key.mark }
                }
                index[key] = mark
                f.keyIndex = index
            }
        }
        if let first {
            throw YAMLError("duplicate key \"\(key)\" (first at \(first))", at: mark)
        }
    }

    // MARK: - Helpers

    private func string(_ p: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let p else { return nil }
        return String(cString: p)
    }

    private func scalarStyle(_ s: yaml_scalar_style_t) -> Node.Style {
        switch s {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }
}
