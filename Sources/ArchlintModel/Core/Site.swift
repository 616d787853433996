/// Where a value was written: file as reached from the scanned argument, 1-based line and
/// column, and the document path (`Resources/Service/Properties/DesiredCount`) that stays stable
/// across unrelated edits. Captured once, by the loader; rules only pass sites along.
public struct Site: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    /// The path as a chain of components that shares its prefix with the parent's: a loader
    /// gives every value it reads a site, and spelling each path out in full cost more time
    /// (and memory) than the values. Spelled out only when asked for: findings, baselines.
    private var pathNode: PathNode?

    public var path: String {
        get { pathNode?.spelled ?? "" }
        set { pathNode = newValue.isEmpty ? nil : PathNode(parent: nil, component: newValue) }
    }

    public init(file: String, line: Int, column: Int, path: String) {
        self.file = file
        self.line = line
        self.column = column
        self.pathNode = path.isEmpty ? nil : PathNode(parent: nil, component: path)
    }

    /// A site whose path is `parent`'s path with one more component (a key or an index).
    public init(file: String, line: Int, column: Int, parent: Site, component: String) {
        self.file = file
        self.line = line
        self.column = column
        self.pathNode = PathNode(parent: parent.pathNode, component: component)
    }

    public static func < (a: Site, b: Site) -> Bool {
        if a.file != b.file { return a.file < b.file }
        if a.line != b.line { return a.line < b.line }
        if a.column != b.column { return a.column < b.column }
        return a.path < b.path
    }

    public static func == (a: Site, b: Site) -> Bool {
        a.file == b.file && a.line == b.line && a.column == b.column && (a.pathNode === b.pathNode || a.path == b.path)
    }

    /// Without the path, which would have to be spelled out: sites that differ only by path
    /// (the same position) are rare, and equality still tells them apart.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(file)
        hasher.combine(line)
        hasher.combine(column)
    }

    private enum CodingKeys: String, CodingKey { case file, line, column, path }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(file: try container.decode(String.self, forKey: .file), line: try container.decode(Int.self, forKey: .line),
                  column: try container.decode(Int.self, forKey: .column), path: try container.decode(String.self, forKey: .path))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
        try container.encode(path, forKey: .path)
    }

    public var description: String { "\(file):\(line):\(column)" }

    /// The same position with one more path component (a key or an index).
    public func appending(_ component: String) -> Site {
        Site(file: file, line: line, column: column, parent: self, component: component)
    }
}

/// One component of a document path and the path before it. Immutable, so shared freely.
final class PathNode: Sendable {
    let parent: PathNode?
    let component: String

    init(parent: PathNode?, component: String) {
        self.parent = parent
        self.component = component
    }

    /// `a/b/c`. Built from the root once per call: only reports and baselines ask.
    var spelled: String {
        var components: [String] = []
        var node: PathNode? = self
        while let current = node {
            components.append(current.component)
            node = current.parent
        }
        return components.reversed().joined(separator: "/")
    }
}
