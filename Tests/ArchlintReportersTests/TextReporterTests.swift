import Foundation
import ArchlintModel
import Testing
@testable import ArchlintReporters

@Suite struct TextReporterTests {
    func text(_ report: ScanReport, color: Bool = false) -> String {
        String(decoding: Reporter.render(report, format: .text, style: TextStyle(color: color)), as: UTF8.self)
    }

    @Test func plainGolden() {
        let expected = #"""
            infra/app.yaml:12:9: error: [LP101] Statement allows "*" on "*" & more (ServiceRole)
            infra/app.yaml:20:9: error: [LP101] Action \u001b[31mred\u001b[0m allowed (ServiceRole)
            infra/app.yaml:30:5: warning: [EN201] Bucket has no default encryption (Bucket)

            infra/broken.yaml:4:1: error: [load] mapping values are not allowed here

            infra/evil\u001b]0;title\u0007.yaml:1:1: error: [load] bad & <bad>

            infra/net.json:3:5: warning: [LP101] bad\u0001char \#u{FFFE} and 🔥 emoji\u000asecond line (Role]]>&"quoted")
            infra/net.json:7:3: note: [EN201] line\u2028sep\u0085 (Ghost)

            5 files (1 skipped), 6 resources: 2 errors, 2 warnings, 1 note; 2 load errors

            """#
        #expect(text(Fixture.report) == expected)
    }

    @Test func colorGolden() {
        let b = "\u{1B}[1m", red = "\u{1B}[31m", yellow = "\u{1B}[33m", cyan = "\u{1B}[36m", o = "\u{1B}[0m"
        let expected = #"""
            \#(b)infra/app.yaml:12:9:\#(o) \#(red)error:\#(o) [LP101] Statement allows "*" on "*" & more (ServiceRole)
            \#(b)infra/app.yaml:20:9:\#(o) \#(red)error:\#(o) [LP101] Action \u001b[31mred\u001b[0m allowed (ServiceRole)
            \#(b)infra/app.yaml:30:5:\#(o) \#(yellow)warning:\#(o) [EN201] Bucket has no default encryption (Bucket)

            \#(b)infra/broken.yaml:4:1:\#(o) \#(red)error:\#(o) [load] mapping values are not allowed here

            \#(b)infra/evil\u001b]0;title\u0007.yaml:1:1:\#(o) \#(red)error:\#(o) [load] bad & <bad>

            \#(b)infra/net.json:3:5:\#(o) \#(yellow)warning:\#(o) [LP101] bad\u0001char \#u{FFFE} and 🔥 emoji\u000asecond line (Role]]>&"quoted")
            \#(b)infra/net.json:7:3:\#(o) \#(cyan)note:\#(o) [EN201] line\u2028sep\u0085 (Ghost)

            5 files (1 skipped), 6 resources: 2 errors, 2 warnings, 1 note; 2 load errors

            """#
        #expect(text(Fixture.report, color: true) == expected)
    }

    @Test func noInputCanReachTheTerminalRaw() {
        let plain = text(Fixture.report)
        #expect(!plain.unicodeScalars.contains { TerminalText.isUnsafe($0) && $0 != "\n" })
        // In colour, every ESC is one of the reporter's own SGR sequences.
        let colored = text(Fixture.report, color: true)
        var stripped = colored
        for code in ["1", "31", "33", "36", "0"] {
            stripped = stripped.replacingOccurrences(of: "\u{1B}[\(code)m", with: "")
        }
        #expect(stripped == plain)
    }

    @Test func emptyReportIsJustTheSummary() {
        #expect(text(Fixture.empty) == "1 file, 1 resource: 0 errors, 0 warnings, 0 notes\n")
        #expect(text(Fixture.empty, color: true) == "1 file, 1 resource: 0 errors, 0 warnings, 0 notes\n")
    }
}

@Suite struct TerminalTextTests {
    @Test(arguments: [
        ("plain text / ok", "plain text / ok"),
        ("\u{1B}[2J\u{1B}]0;pwned\u{07}", #"\u001b[2J\u001b]0;pwned\u0007"#),
        ("a\tb\r\nc", #"a\u0009b\u000d\u000ac"#),
        ("\u{00}\u{7F}\u{80}\u{9B}31m", #"\u0000\u007f\u0080\u009b31m"#),
        ("abc\u{202E}fed\u{2066}x\u{2069}\u{2029}", #"abc\u202efed\u2066x\u2069\u2029"#),
        ("é 🔥 \u{FFFE} \\u001b", "é 🔥 \u{FFFE} \\u001b"),
    ])
    func escape(input: String, expected: String) {
        #expect(TerminalText.escape(input) == expected)
    }
}

@Suite struct SummaryLineTests {
    @Test func fixture() {
        #expect(Reporter.summaryLine(Fixture.report)
                == "5 files (1 skipped), 6 resources: 2 errors, 2 warnings, 1 note; 2 load errors")
    }

    @Test func singularAndZeros() {
        let one = ScanReport(toolVersion: "x", files: 1, skipped: 1, resources: 0,
                             errors: [LoadError(file: "a", line: 1, column: 1, message: "m")], runs: [])
        #expect(Reporter.summaryLine(one) == "1 file (1 skipped), 0 resources: 0 errors, 0 warnings, 0 notes; 1 load error")
    }
}

@Suite struct DeterminismTests {
    @Test(arguments: ReportFormat.allCases)
    func renderingTwiceGivesTheSameBytes(format: ReportFormat) {
        for color in [false, true] {
            let style = TextStyle(color: color)
            let first = Reporter.render(Fixture.report, format: format, style: style)
            let second = Reporter.render(Fixture.report, format: format, style: style)
            #expect(first == second)
            #expect(!first.isEmpty)
        }
    }
}

@Suite struct SkippedFilesReportTests {
    static let report = ScanReport(toolVersion: "0.1.0", files: 3, skipped: 2, resources: 1, errors: [], runs: [],
                                   skippedFiles: [SkippedFile(file: "infra/package.json", reason: "no top-level Resources key"),
                                                  SkippedFile(file: "infra/compose.yml", reason: "no top-level Resources key")])

    @Test func textCountsThemAndListsThemOnlyWhenVerbose() {
        let plain = String(decoding: Reporter.render(Self.report, format: .text), as: UTF8.self)
        #expect(plain.contains("3 files (2 skipped)"))
        #expect(!plain.contains("infra/compose.yml"))
        let verbose = String(decoding: Reporter.render(Self.report, format: .text,
                                                       style: TextStyle(color: false, listsSkippedFiles: true)), as: UTF8.self)
        #expect(verbose.hasSuffix("""
            skipped infra/compose.yml: no top-level Resources key
            skipped infra/package.json: no top-level Resources key

            """))
    }

    @Test func jsonNamesEachWithItsReason() throws {
        let json = try JSONSerialization.jsonObject(with: Data(Reporter.render(Self.report, format: .json))) as? [String: Any]
        let skipped = try #require(json?["skipped"] as? [[String: String]])
        #expect(skipped == [["file": "infra/compose.yml", "reason": "no top-level Resources key"],
                            ["file": "infra/package.json", "reason": "no top-level Resources key"]])
    }
}
