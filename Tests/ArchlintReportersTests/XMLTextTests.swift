import ArchlintTestSupport
import Testing
@testable import ArchlintReporters

@Suite struct XMLTextTests {
    @Test(arguments: [
        (0x0, false), (0x8, false), (0x9, true), (0xA, true), (0xB, false), (0xC, false), (0xD, true),
        (0x1F, false), (0x20, true), (0x7F, true), (0x85, true), (0xD7FF, true), (0xE000, true),
        (0xFFFD, true), (0xFFFE, false), (0xFFFF, false), (0x10000, true), (0x1F525, true), (0x10FFFF, true),
    ] as [(UInt32, Bool)])
    func allowedCharacters(value: UInt32, allowed: Bool) throws {
        let scalar = try #require(Unicode.Scalar(value))
        #expect(XMLText.isAllowed(scalar) == allowed)
    }

    @Test(arguments: [
        ("plain & <simple> \"text\" ]]>", "plain & <simple> \"text\" ]]>"),
        ("a\u{01}b\u{00}c", #"a\u0001b\u0000c"#),
        ("tab\tnl\ncr\r", "tab\tnl\ncr\r"),
        ("\u{FFFE}\u{FFFF}\u{FFFD}", #"\ufffe\uffff"# + "\u{FFFD}"),
        ("\u{1B}[31m 🔥", #"\u001b[31m 🔥"#),
        ("del\u{7F} c1\u{85}\u{9B} ls\u{2028} rlo\u{202E}", #"del\u007f c1\u0085\u009b ls\u2028 rlo\u202e"#),
    ])
    func sanitize(input: String, expected: String) {
        #expect(XMLText.sanitize(input) == expected)
    }

    /// Whatever goes in, the writer's output is well-formed and reads back as the sanitized text.
    @Test(arguments: ["]]>", "a]]>b<![CDATA[x]]>", "&amp; & < > \" '", "\u{01}\u{FFFE}\u{1B}[1m",
                      "line\nbreak\r\n\ttab", "🔥 𝄞 \u{2028}", "", "\u{00}"])
    func writerRoundTrips(input: String) throws {
        let xml = XMLMemoryWriter()
        xml.start("root")
        xml.attribute("value", input)
        xml.start("child")
        xml.text(input)
        xml.end()
        xml.end()
        let parsed = parseXMLTree(xml.finish())
        let tree = try #require(parsed, "not well-formed")
        #expect(tree.attributes["value"] == XMLText.sanitize(input))
        #expect(tree.elements("child").first?.text == XMLText.sanitize(input))
    }

    @Test func documentHeaderAndIndentation() {
        let xml = XMLMemoryWriter()
        xml.start("a")
        xml.start("b")
        xml.end()
        xml.end()
        #expect(String(decoding: xml.finish(), as: UTF8.self) == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a>\n  <b/>\n</a>\n")
    }
}
