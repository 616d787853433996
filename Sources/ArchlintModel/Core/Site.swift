import Foundation
/// Where a value was written: file as reached from the scanned argument, 1-based line and
/// column, and the document path (`Resources/Service/Properties/DesiredCount`) that stays stable
/// across unrelated edits. Captured once, by the loader; rules only pass sites along.
///
/// Every value the model holds carries one, so it is kept small: one reference (the path
/// node, which also holds the file) and two 32-bit numbers, 16 bytes. A copy retains one
/// object where a file string beside a path retained two, in 40 bytes.
public struct Site: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The path as a chain of components that shares its prefix with the parent's: a loader
    /// gives every value it reads a site, and spelling each path out in full cost more time
    /// (and memory) than the values. Spelled out only when asked for: findings, baselines.
    private var node: PathNode
    /// Lines and columns past 2³¹ cannot come from a file within the size limit: clamped
    /// rather than trapping.
    private var storedLine: Int32
    private var storedColumn: Int32

    public var file: String {
        get { node.file }
        set { node = node.withFile(newValue) }
    }

    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }

    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }

    public var path: String {
        get { node.spelled }
        set { node = PathNode(file: node.file, path: newValue) }
    }

    public init(file: String, line: Int, column: Int, path: String) {
        node = PathNode(file: file, path: path)
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
    }

    /// A site whose path is `parent`'s path with one more component (a key or an index).
    public init(file: String, line: Int, column: Int, parent: Site, component: String) {
        node = PathNode(parent: parent.node, file: file, component: component)
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
    }

    public static func < (a: Site, b: Site) -> Bool {
        if a.file != b.file { return a.file < b.file }
        if a.storedLine != b.storedLine { return a.storedLine < b.storedLine }
        if a.storedColumn != b.storedColumn { return a.storedColumn < b.storedColumn }
        return a.path < b.path
    }

    public static func == (a: Site, b: Site) -> Bool {
        a.storedLine == b.storedLine && a.storedColumn == b.storedColumn
            && (a.node === b.node || (a.file == b.file && a.path == b.path))
    }

    /// Without the path, which would have to be spelled out: sites that differ only by path
    /// (the same position) are rare, and equality still tells them apart.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(file)
        hasher.combine(storedLine)
        hasher.combine(storedColumn)
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

/// One component of a document path, the path before it and the file. Immutable, so shared
/// freely. A site with no path has a node too (`isRoot`), which only names the file.
final class PathNode: Sendable {
    let parent: PathNode?
    let file: String
    let component: String
    let isRoot: Bool

    /// A path written out whole (or none: "").
    init(file: String, path: String) {
        parent = nil
        self.file = file
        component = path
        isRoot = path.isEmpty
    }

    /// One more component below `parent` (whose own path may be empty).
    init(parent: PathNode, file: String, component: String) {
        self.parent = parent.isRoot ? nil : parent
        self.file = file
        self.component = component
        isRoot = false
    }

    private init(parent: PathNode?, file: String, component: String, isRoot: Bool) {
        self.parent = parent
        self.file = file
        self.component = component
        self.isRoot = isRoot
    }

    /// The same path in another file.
    func withFile(_ file: String) -> PathNode {
        PathNode(parent: parent?.withFile(file), file: file, component: component, isRoot: isRoot)
    }

    /// `a/b/c`. Built from the root once per call: only reports and baselines ask.
    var spelled: String {
        if isRoot { return "" }
        guard parent != nil else { return component }
        var components: [String] = []
        var node: PathNode? = self
        while let current = node {
            components.append(current.component)
            node = current.parent
        }
        return components.reversed().joined(separator: "/")
    }
}
