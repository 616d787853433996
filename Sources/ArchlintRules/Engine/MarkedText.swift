import ArchlintModel

/// Example text with `⚠` markers where findings must appear. Markers are removed before the
/// text is loaded; each leaves the line and column of the character after it.
public struct MarkedText: Sendable {
    public static let marker: Unicode.Scalar = "⚠"

    public var text: String
    public var marks: [(line: Int, column: Int)]

    public init(_ source: String) {
        var text = String.UnicodeScalarView()
        var marks: [(line: Int, column: Int)] = []
        var line = 1
        var column = 1
        for scalar in source.unicodeScalars {
            if scalar == Self.marker {
                marks.append((line, column))
                continue
            }
            text.append(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        self.text = String(text)
        self.marks = marks
    }
}
