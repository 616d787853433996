/// Where a value was written: file as reached from the scanned argument, 1-based line and
/// column, and the document path (`Resources/Service/Properties/DesiredCount`) that stays stable
/// across unrelated edits. Captured once, by the loader; rules only pass sites along.
public struct Site: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var path: String

    public init(file: String, line: Int, column: Int, path: String) {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
    }

    public static func < (a: Site, b: Site) -> Bool {
        if a.file != b.file { return a.file < b.file }
        if a.line != b.line { return a.line < b.line }
        if a.column != b.column { return a.column < b.column }
        return a.path < b.path
    }

    public var description: String { "\(file):\(line):\(column)" }

    /// The same position with one more path component (a key or an index).
    public func appending(_ component: String) -> Site {
        Site(file: file, line: line, column: column, path: Self.path(path, component))
    }

    /// `path/component`, or `component` at the root: built in one allocation (`a + "/" + b`
    /// made two, for every value a loader reads).
    public static func path(_ path: String, _ component: String) -> String {
        if path.isEmpty { return component }
        var joined = String()
        joined.reserveCapacity(path.utf8.count + 1 + component.utf8.count)
        joined.append(path)
        joined.append("/")
        joined.append(component)
        return joined
    }
}
