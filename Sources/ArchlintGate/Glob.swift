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
    /// Each component's characters, for `component(_:_:)`.
    private let scalars: [[Unicode.Scalar]]

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
        self.scalars = parts.map { Array($0.unicodeScalars) }
    }

    public var description: String { pattern }

    /// True when the pattern matches the path or one of the directories leading to it.
    ///
    /// One pass over the path, keeping the set of pattern positions reached (as an NFA is
    /// run): linear in pattern × path components. Trying each way of splitting the path among
    /// several `**` was exponential, and `.archlint.yml` comes with the pull request.
    public func matches(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
        guard !parts.isEmpty else { return false }
        // reached[i]: the pattern's first i components match the path's components read so far.
        var reached = [Bool](repeating: false, count: components.count + 1)
        reached[0] = true
        closeOverDoubleStars(&reached)
        for part in parts {
            let text = Array(part.unicodeScalars)
            var next = [Bool](repeating: false, count: reached.count)
            for index in components.indices where reached[index] {
                if components[index] == "**" {
                    next[index] = true  // `**` takes this component too
                } else if Self.component(scalars[index], text) {
                    next[index + 1] = true
                }
            }
            closeOverDoubleStars(&next)
            reached = next
            // The whole pattern matched a directory on the way (or the path itself).
            if reached[components.count] { return true }
            if !reached.contains(true) { return false }
        }
        return false
    }

    /// A `**` may match no component: reaching it reaches the position after it.
    private func closeOverDoubleStars(_ reached: inout [Bool]) {
        for index in components.indices where reached[index] && components[index] == "**" {
            reached[index + 1] = true
        }
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
