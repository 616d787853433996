import ArchlintModel
import ArchlintYAML
import Foundation

/// The text written inside an intrinsic function that cannot be resolved offline, located
/// (`Fn::Base64: !Sub |` user data, the branches of `Fn::If`, the parts of `Fn::Join`). The
/// property tree keeps such a function indeterminate; this text is kept beside it for the
/// secrets scan only (`PropertyNode.Value.templateText`).
enum TemplateTexts {
    /// Nodes read at most per function: a huge generated `Fn::If` costs no more than this.
    static let budget = 10_000

    /// The literal scalars inside `node` (an intrinsic), in document order. Names that are not
    /// text (a `Ref`'s parameter, a `GetAtt`'s resource, a `Join`'s separator, an `If`'s
    /// condition) are left out, and so are mappings (an `If` branch that is a structure: its
    /// values are settings under their own keys, not text of the property).
    static func texts(in node: Node, template: TemplateContext) -> [TemplateText] {
        var found: [TemplateText] = []
        var pending = [node]
        var visited = 0
        while let next = pending.popLast(), visited < budget {
            visited += 1
            guard let intrinsic = Intrinsic.of(next) else {
                switch next.kind {
                case .scalar(let text):
                    if next.tag == nil, !next.isNull { found.append(located(next, text: text, source: template.source)) }
                case .mapping: continue
                case .sequence(let items): pending += items.reversed()
                }
                continue
            }
            let argument = argumentNode(of: next)
            switch intrinsic {
            case .ref, .getAtt, .condition, .findInMap:
                continue
            case .sub(let text, let variables):
                // The template string as written (`${...}` left in), then the variables' values.
                if let variables { pending += variables.pairs.reversed().map(\.value) }
                let scalar = argument.scalar != nil ? written(next, argument) : argument.items.first ?? argument
                found.append(located(scalar, text: text, source: template.source))
            case .join(_, let parts):
                pending += parts.reversed()
            case .choice(_, let whenTrue, let whenFalse):
                pending += [whenFalse, whenTrue]
            case .other(let function):
                let items = argument.items
                switch function {
                case "Fn::Base64", "Fn::ToJsonString":
                    // `!Base64 "text"` is located from its tag; a long form's argument is read as any node.
                    if next.tag != nil, let text = argument.scalar {
                        found.append(located(next, text: text, source: template.source))
                    } else {
                        pending.append(argument)
                    }
                case "Fn::Select", "Fn::Split": pending += items.dropFirst().prefix(1)
                default: continue
                }
            }
        }
        return found
    }

    /// What an intrinsic applies to: the node itself without its tag for the short form
    /// (`!Base64 ...`), the single value of the long form (`{"Fn::Base64": ...}`).
    private static func argumentNode(of node: Node) -> Node {
        if node.tag != nil {
            var bare = node
            bare.tag = nil
            return bare
        }
        if case .mapping(let pairs) = node.kind, let first = pairs.first { return first.value }
        return node
    }

    /// The scalar argument as written: with its tag for the short form, whose text starts after the tag.
    private static func written(_ function: Node, _ argument: Node) -> Node {
        function.tag != nil ? function : argument
    }

    /// Where the characters of a scalar's text were written. Exact for a literal block and
    /// for one-line scalars without escapes; otherwise the scalar's start.
    static func located(_ node: Node, text: String, source: SourceLines?) -> TemplateText {
        let mark = node.mark
        let whole = TemplateText(text, line: mark.line, column: mark.column, layout: .node)
        switch node.style {
        case .literal:
            guard let source, let indent = source.blockIndent(after: mark, text: text) else { return whole }
            return TemplateText(text, line: mark.line + 1, column: indent + 1, layout: .lines(indent: Int32(indent)))
        case .plain, .singleQuoted, .doubleQuoted:
            if FastText.contains(text, "\n") { return whole }
            if node.style == .singleQuoted && FastText.contains(text, "'") { return whole }
            // A double-quoted scalar may have escapes: only text that needs none maps 1:1.
            if node.style == .doubleQuoted,
               text.unicodeScalars.contains(where: { $0 == "\"" || $0 == "\\" || $0.value < 0x20 || $0.value > 0x7E }) {
                return whole
            }
            var column = mark.column
            if node.tag != nil {
                guard let source, let start = source.columnAfterTag(at: mark) else { return whole }
                column = start
            }
            if node.style != .plain { column += 1 }
            return TemplateText(text, line: mark.line, column: column, layout: .inline)
        case .folded, .flow, .block:
            return whole
        }
    }
}

/// A template file's bytes (UTF-8), with its line starts found on first use: only a template
/// with a literal block or a tagged scalar inside an unresolved function reads them.
final class SourceLines: Sendable {
    let bytes: [UInt8]
    private let starts: OnDemand<[Int]>

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        // memchr: most templates with functions ask, and a loop over every byte cost about a
        // tenth of a debug build's whole run.
        starts = OnDemand {
            var starts = [0]
            bytes.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                var position = 0
                while position < buffer.count, let found = memchr(base + position, 0x0A, buffer.count - position) {
                    position = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
                    starts.append(position)
                }
            }
            return starts
        }
    }

    /// The bytes of 1-based line `number`, without its line break.
    func line(_ number: Int) -> ArraySlice<UInt8>? {
        let starts = self.starts.value
        guard number >= 1, number <= starts.count else { return nil }
        let start = starts[number - 1]
        var end = number < starts.count ? starts[number] - 1 : bytes.count
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return bytes[start..<max(start, end)]
    }

    /// The byte offset in `line` of 1-based `column` (columns count characters).
    private static func offset(_ line: ArraySlice<UInt8>, column: Int) -> ArraySlice<UInt8>.Index? {
        var seen = 0
        for index in line.indices where line[index] & 0xC0 != 0x80 {
            seen += 1
            if seen == column { return index }
        }
        return nil
    }

    /// The column of the first character after the tag that starts at `mark` (and the spaces after it).
    func columnAfterTag(at mark: Mark) -> Int? {
        guard let line = line(mark.line), var index = Self.offset(line, column: mark.column) else { return nil }
        var column = mark.column
        while index < line.endIndex, line[index] != 0x20, line[index] != 0x09 { index += 1; column += 1 }
        while index < line.endIndex, line[index] == 0x20 || line[index] == 0x09 { index += 1; column += 1 }
        return index < line.endIndex ? column : nil
    }

    /// The indentation of a literal block whose indicator (`|`) is on the line of `mark`: the
    /// first line of `text` with content, compared with the file line it came from.
    func blockIndent(after mark: Mark, text: String) -> Int? {
        guard let header = line(mark.line), let start = Self.offset(header, column: mark.column),
              header[start...].contains(UInt8(ascii: "|")) else { return nil }
        // Line by line over the bytes up to the first with content: splitting the whole text
        // (a user-data script) into lines first was most of the cost of reading templates' text.
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var number = 0
        while true {
            let lineEnd = utf8[lineStart...].firstIndex(of: 0x0A) ?? utf8.endIndex
            let textLine = utf8[lineStart..<lineEnd]
            if textLine.contains(where: { $0 != 0x20 }) {
                guard let written = line(mark.line + 1 + number) else { return nil }
                let writtenIndent = written.prefix { $0 == 0x20 }.count
                let textIndent = textLine.prefix { $0 == 0x20 }.count
                return writtenIndent >= textIndent ? writtenIndent - textIndent : nil
            }
            guard lineEnd < utf8.endIndex else { return nil }
            lineStart = utf8.index(after: lineEnd)
            number += 1
        }
    }
}
