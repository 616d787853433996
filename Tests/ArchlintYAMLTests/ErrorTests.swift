import ArchlintYAML
import Testing

@Suite struct ErrorTests {
    @Test func duplicateKeyNamesTheFirst() {
        let e = parseError("""
            Policy:
              Document:
                Version: '2012-10-17'
                Statement: []
                Statement:
                  - Effect: Allow
            """)
        #expect(e == YAMLError("duplicate key \"Statement\" (first at 4:5)", at: at(5, 5)))
        #expect(e?.description == "5:5: duplicate key \"Statement\" (first at 4:5)")
    }

    @Test func duplicateKeyInJSONAndInLargeMappings() {
        let json = parseError("{\n  \"a\": 1,\n  \"b\": 2,\n  \"a\": 3\n}")
        #expect(json == YAMLError("duplicate key \"a\" (first at 2:3)", at: at(4, 3)))
        // Past the point where keys are indexed in a dictionary.
        let many = (0..<40).map { "k\($0): \($0)" }.joined(separator: "\n") + "\nk7: again\n"
        #expect(parseError(many) == YAMLError("duplicate key \"k7\" (first at 8:1)", at: at(41, 1)))
        let late = (0..<40).map { "k\($0): \($0)" }.joined(separator: "\n") + "\nk39: again\n"
        #expect(parseError(late) == YAMLError("duplicate key \"k39\" (first at 40:1)", at: at(41, 1)))
    }

    @Test func firstDuplicateInDocumentOrderIsReported() {
        let e = parseError("a:\n  x: 1\n  x: 2\nb: 1\nb: 2\n")
        #expect(e == YAMLError("duplicate key \"x\" (first at 2:3)", at: at(3, 3)))
        let nested = parseError("a: 1\nb:\n  c: 1\n  c: 2\na: 2\n")
        #expect(nested == YAMLError("duplicate key \"c\" (first at 3:3)", at: at(4, 3)))
    }

    @Test func notDuplicates() throws {
        // Same key in sibling mappings, non-scalar keys, quoted vs plain differ only in style.
        _ = try doc("a: {x: 1}\nb: {x: 2}\n? [k]\n: 1\n? [k]\n: 2\n")
        #expect(parseError("a: 1\n'a': 2\n") == YAMLError("duplicate key \"a\" (first at 1:1)", at: at(2, 1)))
    }

    @Test func libyamlSyntaxErrors() {
        #expect(parseError("{\"a\": 1, \"b\" 2}")
            == YAMLError("did not find expected ',' or '}' while parsing a flow mapping (started at 1:1)", at: at(1, 14)))
        #expect(parseError("a: [1, 2\nb: 3\n")
            == YAMLError("did not find expected ',' or ']' while parsing a flow sequence (started at 1:4)", at: at(2, 2)))
        #expect(parseError("a:\n  b: 1\n c: 2\n")
            == YAMLError("did not find expected key while parsing a block mapping (started at 1:1)", at: at(3, 2)))
        #expect(parseError("a: b: c\n") == YAMLError("mapping values are not allowed in this context", at: at(1, 5)))
        #expect(parseError("a:\n\t- b\n")?.message
            == "found character that cannot start any token while scanning for the next token")
        #expect(parseError("a:\n\t- b\n")?.mark == at(2, 1))
    }

    @Test func readerErrorOffsetBecomesLineAndColumn() {
        #expect(parseError("a: 1\nb: x\u{01}\n") == YAMLError("control characters are not allowed (#x1)", at: at(2, 5)))
        #expect(parseError("é: ü\u{01}\n") == YAMLError("control characters are not allowed (#x1)", at: at(1, 5)))
        #expect(parseError("a: 1\r\nb: 2\r\nc: \u{7F}") == YAMLError("control characters are not allowed (#x7F)", at: at(3, 4)))
    }

    @Test func deepFlowNestingStopsAtTheLimitQuickly() {
        let clock = ContinuousClock()
        let bytes = [UInt8](repeating: UInt8(ascii: "["), count: 200_000)
        var e: YAMLError?
        let elapsed = clock.measure { e = parseError(bytes) }
        #expect(e == YAMLError("nesting deeper than 512 levels", at: at(1, 513)))
        #expect(elapsed < .seconds(1))
    }

    @Test func deepBlockNestingStopsAtTheLimit() {
        let seq = String(repeating: "- ", count: 100_000) + "x\n"
        #expect(parseError(seq) == YAMLError("nesting deeper than 512 levels", at: at(1, 1025)))
        var map = ""
        for i in 0..<600 { map += String(repeating: " ", count: i) + "k:\n" }
        #expect(parseError(map) == YAMLError("nesting deeper than 512 levels", at: at(513, 513)))
    }

    @Test func nestingAtTheLimitIsFineAndTheTreeDropsCleanly() throws {
        let open = String(repeating: "[", count: 512)
        let close = String(repeating: "]", count: 512)
        var node = try doc(open + "x" + close)
        var depth = 1
        while let inner = node[0], inner.isSequence {
            node = inner
            depth += 1
        }
        #expect(depth == 512)
        #expect(parseError("[" + open + close + "]") == YAMLError("nesting deeper than 512 levels", at: at(1, 513)))
        let small = YAMLLimits(maxDepth: 3)
        #expect(parseError("a: {b: {c: [1]}}", limits: small) == YAMLError("nesting deeper than 3 levels", at: at(1, 12)))
        _ = try doc("a: {b: {c: 1}}", limits: small)
    }

    @Test func aliasesCountTowardNesting() {
        let limits = YAMLLimits(maxDepth: 4)
        // *x is two levels deep and would sit at depth 3 + 2 = 5.
        #expect(parseError("a: &x [[1]]\nb: [[*x]]\n", limits: limits)
            == YAMLError("nesting deeper than 4 levels", at: at(2, 6)))
        // A chain of anchors, each nesting the previous one deeper.
        let d = String(repeating: "[", count: 300), c = String(repeating: "]", count: 300)
        let chain = "a: &a \(d)1\(c)\nb: &b \(d)*a\(c)\n"
        #expect(parseError(chain) == YAMLError("nesting deeper than 512 levels", at: at(2, 307)))
    }

    @Test func nodeAndByteLimits() {
        #expect(parseError("[1,2,3,4,5]", limits: YAMLLimits(maxNodes: 5))
            == YAMLError("more than 5 nodes in one document", at: at(1, 10)))
        // The count starts again for each document.
        #expect(parseError("--- [1,2]\n--- [1,2]\n", limits: YAMLLimits(maxNodes: 3)) == nil)
        let mb = 1024 * 1024
        let big = [UInt8](repeating: UInt8(ascii: "a"), count: mb + 1)
        #expect(parseError(big, limits: YAMLLimits(maxBytes: mb))
            == YAMLError("input larger than the 1 MB limit", at: at(1, 1)))
        #expect(parseError("abcdef", limits: YAMLLimits(maxBytes: 5))
            == YAMLError("input larger than the 5-byte limit", at: at(1, 1)))
        #expect(YAMLLimits().maxBytes == 50 * mb)
    }
}
