import ArchlintYAML
import Testing

@Suite struct AliasMergeTests {
    @Test func aliasCopiesTheAnchoredNodeAndRecordsWhereItWasUsed() throws {
        let root = try doc("base: &b\n  x: 1\n  y: [a]\nuse: *b\nname: &n hello\nagain: *n\n")
        let base = try #require(root["base"])
        let use = try #require(root["use"])
        #expect(base.aliasMark == nil)
        #expect(use.aliasMark == at(4, 6))
        #expect(use.mark == base.mark)
        #expect(use.mark == at(1, 7))
        #expect(use["y"]?[0]?.scalar == "a")
        #expect(use["y"]?.aliasMark == nil)  // only the copy's root is marked
        #expect(root["again"]?.scalar == "hello")
        #expect(root["again"]?.aliasMark == at(6, 8))
    }

    @Test func undefinedAndSelfReferentialAliases() {
        #expect(parseError("a: *x\n") == YAMLError("undefined alias \"x\"", at: at(1, 4)))
        #expect(parseError("a: &x [1, *x]\n") == YAMLError("alias \"x\" refers to a node that contains it", at: at(1, 11)))
        // Anchors do not carry over to the next document.
        #expect(parseError("--- &x a\n--- *x\n") == YAMLError("undefined alias \"x\"", at: at(2, 5)))
    }

    @Test func laterAnchorReplacesEarlierOne() throws {
        let root = try doc("a: &x 1\nb: &x 2\nc: *x\n")
        #expect(root["c"]?.scalar == "2")
    }

    @Test func billionLaughsFailsFastWithinTheBudget() {
        var text = "a0: &a0 [" + Array(repeating: "\"lol\"", count: 9).joined(separator: ",") + "]\n"
        for i in 1...9 {
            text += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 9).joined(separator: ",") + "]\n"
        }
        let clock = ContinuousClock()
        var e: YAMLError?
        let elapsed = clock.measure { e = parseError(text) }
        // Level 6 holds 1+9+…: the 9^5-leaf copies run past 1,000,000 at line 7.
        #expect(e == YAMLError("alias expansion exceeds limit of 1000000 nodes", at: at(7, 10)))
        #expect(elapsed < .milliseconds(500))
        #expect(parseError(text, limits: YAMLLimits(maxAliasExpansion: 100))
            == YAMLError("alias expansion exceeds limit of 100 nodes", at: at(3, 10)))
    }

    @Test func mergeKeysBringInKeysAndExplicitKeysWin() throws {
        let root = try doc("""
            base: &b {x: 1, y: 2}
            other: &o {y: 20, z: 30, x: 10}
            m:
              y: 99
              <<: [*b, *o]
              w: 5
            """)
        let m = try #require(root["m"])
        #expect(m.pairs.compactMap(\.key.scalar) == ["y", "x", "z", "w"])
        #expect(m["y"]?.scalar == "99")
        #expect(m["x"]?.scalar == "1")  // the first merged mapping wins
        #expect(m["z"]?.scalar == "30")
        #expect(m.pair("x")?.key.mark == at(1, 11))
        #expect(m.pair("x")?.key.aliasMark == at(5, 8))
        #expect(m["x"]?.aliasMark == at(5, 8))
        #expect(m["z"]?.aliasMark == at(5, 12))
        #expect(m["w"]?.aliasMark == nil)
    }

    @Test func explicitKeyAfterMergeIsNotADuplicate() throws {
        let root = try doc("d: &d {Type: A, Size: 1}\nr:\n  <<: *d\n  Type: B\n")
        #expect(root["r"]?["Type"]?.scalar == "B")
        #expect(root["r"]?["Size"]?.scalar == "1")
        #expect(root["r"]?.pairs.count == 2)
        // A duplicate among explicit keys is still one.
        #expect(parseError("d: &d {a: 1}\nr:\n  <<: *d\n  b: 1\n  b: 2\n")
            == YAMLError("duplicate key \"b\" (first at 4:3)", at: at(5, 3)))
    }

    @Test func mergeOfInlineMappingAndTaggedMergeKey() throws {
        let root = try doc("a:\n  <<: {p: 1}\n  q: 2\nb: &b {p: 3}\nc:\n  !!merge <<: *b\n")
        #expect(root["a"]?.pairs.compactMap(\.key.scalar) == ["p", "q"])
        #expect(root["a"]?["p"]?.aliasMark == nil)
        #expect(root["c"]?["p"]?.scalar == "3")
    }

    @Test func quotedMergeKeyIsAnOrdinaryKey() throws {
        let root = try doc("a: 1\n\"<<\": 2\n")
        #expect(root.pairs.compactMap(\.key.scalar) == ["a", "<<"])
    }

    @Test func mergeNeedsMappings() {
        #expect(parseError("m:\n  <<: 3\n")
            == YAMLError("merge key \"<<\" needs a mapping or a sequence of mappings", at: at(2, 7)))
        #expect(parseError("s: &s x\nm:\n  <<: [{a: 1}, *s]\n")
            == YAMLError("merge key \"<<\" needs a mapping or a sequence of mappings", at: at(3, 16)))
    }
}
