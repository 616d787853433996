import ArchlintYAML
import Testing

@Suite struct PositionTests {
    @Test func blockMappingAndSequence() throws {
        let root = try doc("""
            Resources:
              Role:
                Type: AWS::IAM::Role
                Policies:
                  - PolicyName: p
                    Statement: [a, b]
            """)
        #expect(root.mark == at(1, 1))
        #expect(root.style == .block)
        let role = try #require(root["Resources"]?["Role"])
        #expect(role.mark == at(3, 5))  // a block mapping starts at its first key
        #expect(root.pairs[0].key.mark == at(1, 1))
        let type = try #require(role.pair("Type"))
        #expect(type.key.mark == at(3, 5))
        #expect(type.value.mark == at(3, 11))
        #expect(type.value.scalar == "AWS::IAM::Role")
        let policies = try #require(role["Policies"])
        #expect(policies.mark == at(5, 7))  // the first dash
        #expect(policies.style == .block)
        let first = try #require(policies[0])
        #expect(first.mark == at(5, 9))
        let statement = try #require(first["Statement"])
        #expect(statement.mark == at(6, 20))
        #expect(statement.style == .flow)
        #expect(statement.items.map(\.mark) == [at(6, 21), at(6, 24)])
    }

    @Test func indentlessSequenceStartsAtDash() throws {
        let root = try doc("a:\n- x\n- y\n")
        let a = try #require(root["a"])
        #expect(a.mark == at(2, 1))
        #expect(a.items.map(\.mark) == [at(2, 3), at(3, 3)])
    }

    @Test func flowAndJSON() throws {
        let root = try doc("""
            {
              "Version": "2012-10-17",
              "Statement": [ { "Effect": "Allow", "Action": "*" },
                             {"Effect":"Deny"} ]
            }
            """)
        #expect(root.mark == at(1, 1))
        #expect(root.style == .flow)
        let version = try #require(root.pair("Version"))
        #expect(version.key.mark == at(2, 3))
        #expect(version.key.style == .doubleQuoted)
        #expect(version.value.mark == at(2, 14))
        let statement = try #require(root["Statement"])
        #expect(statement.mark == at(3, 16))
        #expect(statement.items.map(\.mark) == [at(3, 18), at(4, 18)])
        #expect(statement[0]?.pair("Action")?.value.mark == at(3, 49))
        #expect(statement[1]?.pair("Effect")?.value.mark == at(4, 28))
    }

    @Test func multiLineScalarsStartAtTheirIndicator() throws {
        let root = try doc("""
            a: |
              line one
              line two
            b: >-
              folded
              text
            c: "two
              lines"
            d: plain
              continued
            e: after
            """)
        #expect(root["a"]?.mark == at(1, 4))
        #expect(root["a"]?.style == .literal)
        #expect(root["a"]?.scalar == "line one\nline two\n")
        #expect(root["b"]?.style == .folded)
        #expect(root["b"]?.scalar == "folded text")
        #expect(root["c"]?.mark == at(7, 4))
        #expect(root["c"]?.scalar == "two lines")
        #expect(root["d"]?.scalar == "plain continued")
        #expect(root.pair("e")?.key.mark == at(11, 1))
        #expect(root["e"]?.mark == at(11, 4))
    }

    @Test func tabCountsAsOneColumn() throws {
        let root = try doc("a:\tb\nc: [1,\t2]\n")
        #expect(root["a"]?.mark == at(1, 4))
        #expect(root["c"]?[1]?.mark == at(2, 8))
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let root = try doc(#"{"ключ": "é😀", "b": 2}"#)
        #expect(root.pairs[0].value.mark == at(1, 10))
        #expect(root.pair("b")?.key.mark == at(1, 16))
        #expect(root["b"]?.mark == at(1, 21))
        let yaml = try doc("ä: ö\nx: [ü, 🙂, z]\n")
        #expect(yaml["ä"]?.mark == at(1, 4))
        #expect(yaml["x"]?[2]?.mark == at(2, 11))
    }

    @Test func anchorAndTagAreTheNodesFirstToken() throws {
        let root = try doc("a: &x !Sub 'v'\nb: !GetAtt [R, Arn]\nc: !!str 1\nd: !<tag:example.com,1:x> y\n")
        let a = try #require(root["a"])
        #expect(a.mark == at(1, 4))
        #expect(a.tag == "!Sub")
        #expect(a.style == .singleQuoted)
        #expect(root["b"]?.tag == "!GetAtt")
        #expect(root["b"]?.style == .flow)
        #expect(root["c"]?.tag == "tag:yaml.org,2002:str")
        #expect(root["c"]?.scalar == "1")
        #expect(root["d"]?.tag == "tag:example.com,1:x")
        #expect(root.pair("a")?.key.tag == nil)
    }

    @Test func stylesTellQuotedFromPlain() throws {
        let root = try doc("a: true\nb: \"true\"\nc: 'true'\nd:\ne: ~\n")
        #expect(root["a"]?.isPlainScalar == true)
        #expect(root["b"]?.style == .doubleQuoted)
        #expect(root["b"]?.isPlainScalar == false)
        #expect(root["c"]?.style == .singleQuoted)
        #expect(root["d"]?.isNull == true)
        #expect(root["d"]?.scalar == "")
        #expect(root["e"]?.isNull == true)
        #expect(root["b"]?.isNull == false)
    }

    @Test func emptyInputsAndMultipleDocuments() throws {
        #expect(try YAML.parse("").isEmpty)
        #expect(try YAML.parse("# only a comment\n").isEmpty)
        #expect(try YAML.parse([0xEF, 0xBB, 0xBF]).isEmpty)
        let empty = try YAML.parse("---\n")
        #expect(empty.count == 1)
        #expect(empty.first?.scalar == "")
        #expect(empty.first?.isNull == true)
        let docs = try YAML.parse("---\na: 1\n---\n- x\n...\n--- plain\n")
        #expect(docs.count == 3)
        #expect(docs[0]["a"]?.mark == at(2, 4))
        #expect(docs[1].mark == at(4, 1))
        #expect(docs[2].scalar == "plain")
        #expect(docs[2].mark == at(6, 5))
    }

    @Test func conveniencesOnTheWrongKind() throws {
        let root = try doc("a: [1]\n")
        #expect(root.scalar == nil)
        #expect(root.items.isEmpty)
        #expect(root["zzz"] == nil)
        #expect(root["a"]?[5] == nil)
        #expect(root["a"]?["x"] == nil)
        #expect(root["a"]?.isSequence == true)
        #expect(root.isMapping == true)
        #expect(Mark(line: 2, column: 1) > Mark(line: 1, column: 9))
    }
}
