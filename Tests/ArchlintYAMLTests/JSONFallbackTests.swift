@testable import ArchlintYAML
import Testing

@Suite struct JSONFallbackTests {
    @Test func surrogatePairEscapeFallsBackToFoundation() throws {
        let root = try doc(#"{"b": "x\ud83d\ude00", "a": [true, false, 1, 0, 1.5, -3, null, "true"]}"#)
        #expect(root.pairs.compactMap(\.key.scalar) == ["a", "b"])  // sorted: Foundation keeps no order
        #expect(root["b"]?.scalar == "x😀")
        #expect(root["b"]?.style == .doubleQuoted)
        let a = try #require(root["a"])
        #expect(a.items.compactMap(\.scalar) == ["true", "false", "1", "0", "1.5", "-3", "null", "true"])
        #expect(a.items.map(\.style) == [.plain, .plain, .plain, .plain, .plain, .plain, .plain, .doubleQuoted])
        #expect(a[6]?.isNull == true)
        #expect(root.mark == at(1, 1))
        #expect(a[4]?.mark == at(1, 1))
    }

    @Test func longKeyFallsBack() throws {
        let key = String(repeating: "k", count: 1500)
        let root = try doc("[{\"\(key)\": 1}]")
        #expect(root[0]?[key]?.scalar == "1")
    }

    @Test func invalidJSONKeepsTheLibyamlError() {
        let e = parseError(#"{"a": "\ud83d\ude00" "b": 1}"#)
        #expect(e?.message == "found invalid Unicode character escape code while parsing a quoted scalar (started at 1:7)")
        #expect(e?.mark == at(1, 10))
        // Not JSON-looking: no fallback.
        #expect(parseError(#"a: "\ud83d\ude00""#)?.message.hasPrefix("found invalid Unicode") == true)
    }

    @Test func ourOwnErrorsAreNotRetried() {
        // Foundation would silently keep one "a"; libyaml's path reports it.
        #expect(parseError(#"{"a": 1, "a": 2}"#) == YAMLError("duplicate key \"a\" (first at 1:2)", at: at(1, 10)))
    }

    @Test func depthIsCheckedBeforeFoundationRecurses() throws {
        // libyaml fails on the escape first, so the fallback sees the deep array.
        let deep = "[\"\\ud83d\\ude00\", " + String(repeating: "[", count: 600) + String(repeating: "]", count: 600) + "]"
        #expect(parseError(deep) == YAMLError("nesting deeper than 512 levels", at: at(1, 529)))
        // Brackets inside strings do not count.
        try JSONFallback.checkDepth(Array("[\"[[[[\\\"[[[[\"]".utf8), limit: 2)
    }

    @Test func fallbackRespectsNodeLimit() {
        let e = parseError(#"["\ud83d\ude00", 1, 2, 3]"#, limits: YAMLLimits(maxNodes: 3))
        #expect(e?.message == "more than 3 nodes in one document")
    }
}
