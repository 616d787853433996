/// Text that came from an input file (messages, resource names, file names) made safe to
/// print: input must not be able to move the cursor, recolour, retitle the terminal, start
/// a new line that looks like another finding, or reorder what is shown.
///
/// Every unsafe scalar is written visibly as `\u` and at least four lowercase hex digits
/// (`ESC` becomes `\u001b`, a newline `\u000a`, U+202E `\u202e`). The same notation is used
/// by the JSON escaper and the XML sanitizer, so one character looks the same in every format.
/// A backslash is left alone: a literal `\u001b` typed in the input reads the same as an
/// escaped ESC, which is harmless because it is inert either way.
enum TerminalText {
    /// C0 controls (tab and newline included), DEL, C1 controls, the Unicode line and
    /// paragraph separators, and the bidirectional formatting controls.
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x2028, 0x2029: return true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    static func escape(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) {
                out.append(contentsOf: visibleEscape(scalar).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// `\u` and at least four lowercase hex digits: `\u0001`, `\ufffe`, `\u1f525`.
    static func visibleEscape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
