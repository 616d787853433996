@testable import ArchlintYAML
import Testing

@Suite struct EncodingTests {
    @Test func utf8ByteOrderMarkIsSkipped() throws {
        let root = try doc("\u{FEFF}a: 1\nb: é\n")
        #expect(root.pair("a")?.key.mark == at(1, 1))
        #expect(root["b"]?.scalar == "é")
        #expect(root["b"]?.mark == at(2, 4))
    }

    static func utf16(_ s: String, bigEndian: Bool) -> [UInt8] {
        var out: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for u in s.utf16 {
            let pair = [UInt8(u >> 8), UInt8(u & 0xFF)]
            out += bigEndian ? pair : pair.reversed()
        }
        return out
    }

    @Test(arguments: [false, true])
    func utf16WithByteOrderMarkIsConverted(bigEndian: Bool) throws {
        let docs = try YAML.parse(Self.utf16("a: ü😀\nb: [x, \"ÿ\"]\n", bigEndian: bigEndian))
        let root = try #require(docs.first)
        #expect(root["a"]?.scalar == "ü😀")
        #expect(root["b"]?.mark == at(2, 4))
        #expect(root["b"]?[1]?.scalar == "ÿ")
        #expect(root["b"]?[1]?.mark == at(2, 8))
    }

    @Test func brokenUTF16() {
        let lone = [0xFF, 0xFE, 0x61, 0x00, 0x0A, 0x00, 0x00, 0xD8, 0x62, 0x00] as [UInt8]
        #expect(parseError(lone) == YAMLError("not UTF-16 at byte 6 (line 2): unpaired surrogate", at: at(2, 1)))
        #expect(parseError([0xFE, 0xFF, 0x00, 0x61, 0x00])?.message == "not UTF-16 at byte 4 (line 1): odd number of bytes")
        #expect(parseError([0xFE, 0xFF, 0x00, 0x61, 0x00, 0x00])?.message == "binary data: NUL character at byte 4 (line 1)")
    }

    @Test func invalidUTF8IsRejectedBeforeParsing() {
        #expect(parseError(Array("a: 1\nb: ".utf8) + [0xFF, 0x0A])
            == YAMLError("not UTF-8 at byte 8 (line 2)", at: at(2, 4)))
        // Overlong, encoded surrogate, past U+10FFFF, lone continuation, truncated at the end.
        for bad: [UInt8] in [[0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80], [0xE2, 0x82]] {
            let bytes = Array("k: é ".utf8) + bad
            #expect(parseError(bytes) == YAMLError("not UTF-8 at byte 6 (line 1)", at: at(1, 6)))
        }
        #expect(parseError(Array("k: ".utf8) + [0xF0, 0x9F, 0x98, 0x80]) == nil)
    }

    @Test func nulBytesAreBinaryData() {
        #expect(parseError(Array("a: 1\n".utf8) + [0])
            == YAMLError("binary data: NUL byte at byte 5 (line 2)", at: at(2, 1)))
        // Inside an eight-byte word of the ASCII fast path.
        #expect(parseError(Array("abcdefghijk: ".utf8) + [0] + Array("xyz".utf8))?.message
            == "binary data: NUL byte at byte 13 (line 1)")
        #expect(parseError([0x61, 0x00, 0x3A, 0x00])
            == YAMLError("UTF-16 without a byte order mark is not supported", at: at(1, 1)))
    }

    /// The validator agrees with the standard library on random byte strings.
    @Test func validatorMatchesStandardLibrary() {
        var rng = SplitMix(seed: 42)
        let pieces: [[UInt8]] = [
            [0x41], [0x0A], [0xC3, 0xA9], [0xE2, 0x82, 0xAC], [0xF0, 0x9F, 0x98, 0x80], [0xC0], [0x80], [0xBF],
            [0xE0, 0x80], [0xED, 0x9F, 0xBF], [0xED, 0xA0], [0xF4, 0x8F, 0xBF, 0xBF], [0xF5], [0xFF], [0xC2],
            Array("longer ascii run".utf8),
        ]
        for _ in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(rng.next() % 12) { bytes += pieces[Int(rng.next() % UInt64(pieces.count))] }
            let ours = (try? Encoding.validateUTF8(bytes)) != nil
            let std = String(validating: bytes, as: UTF8.self) != nil
            #expect(ours == std, "\(bytes)")
        }
    }

    @Test func byteOffsetToMark() {
        let text = Array("ab\r\ncd\ré\u{2028}x\u{85}yz".utf8)
        #expect(Encoding.mark(ofByte: 0, in: text) == at(1, 1))
        #expect(Encoding.mark(ofByte: 4, in: text) == at(2, 1))
        #expect(Encoding.mark(ofByte: 7, in: text) == at(3, 1))
        #expect(Encoding.mark(ofByte: 9, in: text) == at(3, 2))
        #expect(Encoding.mark(ofByte: 12, in: text) == at(4, 1))
        #expect(Encoding.mark(ofByte: 15, in: text) == at(5, 1))
        #expect(Encoding.mark(ofByte: 16, in: text) == at(5, 2))
    }
}

struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
