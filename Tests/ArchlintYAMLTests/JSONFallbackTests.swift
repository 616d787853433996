@testable import ArchlintYAML
import Testing

@Suite struct JSONFallbackTests {
    @Test func surrogatePairEscapeFallsBack() throws {
        let root = try doc(#"{"b": "x\ud83d\ude00", "a": [true, false, 1, 0, 1.5, -3, null, "true"]}"#)
        #expect(root.pairs.compactMap(\.key.scalar) == ["b", "a"])
        #expect(root["b"]?.scalar == "x😀")
        #expect(root["b"]?.style == .doubleQuoted)
        let a = try #require(root["a"])
        #expect(a.items.compactMap(\.scalar) == ["true", "false", "1", "0", "1.5", "-3", "null", "true"])
        #expect(a.items.map(\.style) == [.plain, .plain, .plain, .plain, .plain, .plain, .plain, .doubleQuoted])
        #expect(a[6]?.isNull == true)
        #expect(root.mark == at(1, 1))
        #expect(a[4]?.mark == at(1, 49))
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

    @Test func depthIsCheckedInTheFallback() throws {
        // libyaml fails on the escape first, so the fallback sees the deep array.
        let deep = "[\"\\ud83d\\ude00\", " + String(repeating: "[", count: 600) + String(repeating: "]", count: 600) + "]"
        #expect(parseError(deep) == YAMLError("nesting deeper than 512 levels", at: at(1, 529)))
        // Brackets inside strings do not count.
        let strings = try #require(try JSONFallback.parse(Array("[\"[[[[\\\"[[[[\", [\"\\ud83d\\ude00\"]]".utf8),
                                                          limits: YAMLLimits(maxDepth: 2)))
        #expect(strings[0][0]?.scalar == "[[[[\"[[[[")
    }

    @Test func fallbackRespectsNodeLimit() {
        let e = parseError(#"["\ud83d\ude00", 1, 2, 3]"#, limits: YAMLLimits(maxNodes: 3))
        #expect(e?.message == "more than 3 nodes in one document")
    }

    // MARK: - Both paths: same inputs, same trees, same errors

    /// JSON that libyaml reads: the fallback must give the very same tree (keys in order,
    /// every mark, every style), so a file that falls back loses nothing.
    static let jsonInputs: [String] = [
        #"{"a": 1, "b": [true, false, null, -3, 1.5e3, "x"], "c": {}}"#,
        "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n\t\"Action\": [\"s3:GetObject\"],\n      \"Resource\": \"*\"\n    }\n  ]\n}\n",
        "[\r\n  {\"é\": \"ünïcödé\", \"z\": \"a\\\"b\\\\c\\/d\\n\\t\\u00e9\"},\r\n  [], [[1]], \"\"\n]",
        #"  {"k": {"l": {"m": [0, -0.5, 12345678901234567890]}}}  "#,
    ]

    @Test(arguments: jsonInputs)
    func theFallbackGivesLibyamlsTree(text: String) throws {
        var composer = Composer(limits: YAMLLimits())
        let libyaml = try composer.compose(Array(text.utf8))
        let fallback = try #require(try JSONFallback.parse(Array(text.utf8), limits: YAMLLimits()))
        #expect(fallback.map(dump) == libyaml.map(dump))
    }

    /// Duplicate keys: `"Action": "s3:GetObject", ..., "Action": "*"` must never pass as the
    /// first value; both paths give the same error at the same place.
    static let duplicates: [(text: String, error: YAMLError)] = [
        (#"{"a": 1, "a": 2}"#, YAMLError("duplicate key \"a\" (first at 1:2)", at: at(1, 10))),
        ("{\"Statement\": [{\"Effect\": \"Allow\",\n  \"Action\": \"s3:GetObject\", \"Resource\": \"*\",\n  \"Action\": \"*\"}]}",
         YAMLError("duplicate key \"Action\" (first at 2:3)", at: at(3, 3))),
        (#"[{"x": {"b": 1, "c": 2, "b": 3}}]"#, YAMLError("duplicate key \"b\" (first at 1:9)", at: at(1, 25))),
    ]

    @Test(arguments: duplicates.indices)
    func bothPathsRejectDuplicateKeys(index: Int) throws {
        let (text, expected) = Self.duplicates[index]
        var composer = Composer(limits: YAMLLimits())
        do {
            _ = try composer.compose(Array(text.utf8))
            Issue.record("libyaml's path accepted \(text)")
        } catch {
            guard case .own(let e) = error else { Issue.record("libyaml error \(error)"); return }
            #expect(e == expected)
        }
        #expect(throws: expected) { _ = try JSONFallback.parse(Array(text.utf8), limits: YAMLLimits()) }
    }

    /// What sends a file to the fallback (a key over 1,024 characters, a surrogate pair) must
    /// not switch off the duplicate-key check or the positions.
    @Test func aLongKeyOrASurrogatePairKeepsTheChecks() throws {
        let long = String(repeating: "k", count: 1500)
        for extra in ["\"\(long)\": 1", #""Sid": "x\ud83d\ude00""#] {
            let policy = """
                {
                  "Version": "2012-10-17",
                  "Statement": [{
                    \(extra),
                    "Effect": "Allow",
                    "Action": "s3:GetObject",
                    "Resource": "*",
                    "Action": "*"
                  }]
                }
                """
            #expect(parseError(policy) == YAMLError("duplicate key \"Action\" (first at 6:5)", at: at(8, 5)))
            let root = try doc(policy.replacingOccurrences(of: "\"Action\": \"*\"", with: "\"Condition\": {}"))
            let statement = try #require(root["Statement"]?[0])
            #expect(root.pairs.compactMap(\.key.scalar) == ["Version", "Statement"])
            #expect(statement["Action"]?.mark == at(6, 15))
            #expect(statement["Condition"]?.mark == at(8, 18))
            #expect(statement.pairs[0].key.mark == at(4, 5))
        }
    }
}

/// The whole tree as text: kinds, values, tags, styles and marks.
private func dump(_ node: Node) -> String {
    let head = "\(node.mark) \(node.style) \(node.tag ?? "-")"
    switch node.kind {
    case .scalar(let text): return "\(head) \(text.debugDescription)"
    case .sequence(let items): return "\(head) [" + items.map(dump).joined(separator: ", ") + "]"
    case .mapping(let pairs): return "\(head) {" + pairs.map { dump($0.key) + ": " + dump($0.value) }.joined(separator: ", ") + "}"
    }
}
