/// A path pattern of `.archlint.yml` (`exclude`, `suppress[].path`), matched against a path
/// relative to the directory that holds the configuration, `/`-separated.
///
/// - `*` matches any run of characters within one path component, `?` one character;
/// - `**` as a whole component matches any number of components, none included;
/// - a pattern without `/` matches a file or directory name at any depth (`*.json`, `legacy`);
///   a leading `/` anchors it to the configuration's directory instead;
/// - a pattern that matches a directory matches everything below it (`vendor`, `infra/old/`).
public struct Glob: Sendable, Hashable, CustomStringConvertible {
    public let pattern: String
    private let components: [Substring]

    /// Nil for an empty pattern, or one with an empty component (`a//b`).
    public init?(_ pattern: String) {
        var text = Substring(pattern)
        let anchored = text.hasPrefix("/")
        while text.hasPrefix("/") { text.removeFirst() }
        while text.hasSuffix("/") { text.removeLast() }
        guard !text.isEmpty else { return nil }
        var parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard !parts.contains(where: \.isEmpty) else { return nil }
        parts.removeAll { $0 == "." }
        guard !parts.isEmpty else { return nil }
        if !anchored && parts.count == 1 && parts[0] != "**" { parts.insert("**", at: 0) }
        self.pattern = pattern
        self.components = parts
    }

    public var description: String { pattern }

    /// True when the pattern matches the path or one of the directories leading to it.
    public func matches(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
        guard !parts.isEmpty else { return false }
        for length in 1...parts.count where Self.match(components[...], parts[..<length]) {
            return true
        }
        return false
    }

    private static func match(_ pattern: ArraySlice<Substring>, _ path: ArraySlice<Substring>) -> Bool {
        guard let head = pattern.first else { return path.isEmpty }
        if head == "**" {
            let rest = pattern.dropFirst()
            var tail = path
            while true {
                if match(rest, tail) { return true }
                guard !tail.isEmpty else { return false }
                tail = tail.dropFirst()
            }
        }
        guard let first = path.first, component(Array(head.unicodeScalars), Array(first.unicodeScalars)) else {
            return false
        }
        return match(pattern.dropFirst(), path.dropFirst())
    }

    /// `*` and `?` within one component, iteratively with one backtrack point (linear-ish, no
    /// exponential blow-up on `*a*a*a*b`).
    static func component(_ pattern: [Unicode.Scalar], _ text: [Unicode.Scalar]) -> Bool {
        var p = 0, t = 0
        var star = -1, resume = 0
        while t < text.count {
            if p < pattern.count && (pattern[p] == "?" || pattern[p] == text[t]) {
                p += 1
                t += 1
            } else if p < pattern.count && pattern[p] == "*" {
                star = p
                resume = t
                p += 1
            } else if star >= 0 {
                p = star + 1
                resume += 1
                t = resume
            } else {
                return false
            }
        }
        while p < pattern.count && pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }
}
