/// A position in the input: 1-based line and column. Columns count
/// characters (Unicode scalars), as libyaml does; a tab is one column.
public struct Mark: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: Mark, b: Mark) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }

    /// "line:column"
    public var description: String { "\(line):\(column)" }
}

/// One node of a composed YAML (or JSON) document, with where it was written.
public struct Node: Sendable {
    public enum Style: Sendable, Hashable {
        case plain, singleQuoted, doubleQuoted, literal, folded, flow, block
    }

    // Not `indirect`: the arrays already break the recursion, and an indirect
    // case would cost one heap box per node (about 15% of parse time).
    public enum Kind: Sendable {
        case scalar(String)
        case mapping([Pair])
        case sequence([Node])
    }

    public struct Pair: Sendable {
        public var key: Node
        public var value: Node

        public init(key: Node, value: Node) {
            self.key = key
            self.value = value
        }
    }

    public var kind: Kind
    /// The explicit tag as libyaml resolved it: short local tags stay verbatim
    /// ("!Ref", "!GetAtt"), "!!str" becomes "tag:yaml.org,2002:str",
    /// "!<x>" becomes "x". `nil` when the node had no tag.
    public var tag: String?
    /// Scalars: how they were quoted. Collections: `.flow` or `.block`.
    public var style: Style
    /// Start of the node's first token (its anchor or tag, if it has one).
    public var mark: Mark
    /// Set on the root of a node copied by expanding an alias (and on keys
    /// and values brought in by a `<<` merge of an alias): where the alias was.
    public var aliasMark: Mark?

    public init(kind: Kind, tag: String? = nil, style: Style, mark: Mark, aliasMark: Mark? = nil) {
        self.kind = kind
        self.tag = tag
        self.style = style
        self.mark = mark
        self.aliasMark = aliasMark
    }
}
