/// Text written inside an intrinsic function that cannot be resolved offline (a `Fn::Base64`
/// around a `!Sub` script, a branch of `Fn::If`, a part of `Fn::Join`): template text, not a
/// value. The property tree keeps such a function indeterminate (`.templateText`) for every
/// rule that judges values; only the scan for secrets written into a template reads the text.
public struct TemplateText: Sendable {
    /// How the characters of `text` map back to the file.
    public enum Layout: Sendable {
        /// A literal block (`|`): line `n` of the text is file line `line + n`, its characters
        /// from column `indent + 1`.
        case lines(indent: Int32)
        /// One line as written: character `k` is at `column + k` on `line`.
        case inline
        /// Only where the scalar starts is known (folded or escaped text): `line`/`column`.
        case node
    }

    public var text: String
    public var line: Int32
    public var column: Int32
    public var layout: Layout

    public init(_ text: String, line: Int, column: Int, layout: Layout) {
        self.text = text
        self.line = Int32(clamping: line)
        self.column = Int32(clamping: column)
        self.layout = layout
    }

    /// Where the character at `index` of `text` was written (the scalar's start when the
    /// layout does not say).
    public func position(of index: String.Index) -> (line: Int, column: Int) {
        switch layout {
        case .node:
            return (Int(line), Int(column))
        case .inline:
            return (Int(line), Int(column) + text.unicodeScalars[..<index].count)
        case .lines(let indent):
            let before = text.unicodeScalars[..<index]
            let lineStart = before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex
            let newlines = before.reduce(0) { $0 + ($1 == "\n" ? 1 : 0) }
            return (Int(line) + newlines, Int(indent) + 1 + before[lineStart...].count)
        }
    }
}
