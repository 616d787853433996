@testable import ArchlintRules
import Testing

/// `count`: the number of elements of one or more lists. Absent lists have none; a list that
/// is one unresolved value is never judged; unresolved elements (an `!If` may remove them) leave
/// the count open, and it is judged only when the test comes out the same for every count it
/// can be. Positions are marked with ⚠ and compared exactly.
@Suite struct DeclarativeCountTests {
    static func run(_ check: String, _ template: String) throws -> DeclarativeCheckTests.Result {
        try DeclarativeValueTests.run(check, template)
    }

    static let zonesCheck = """
    check:
      resources: [AWS::Foo::Balancer]
      assert: {count: Zones, at-least: 2}
      message: '{value} zone(s)'
      absent-message: no zones
    """

    @Test func anAbsentListCountsNoneAndAWrittenOneIsReportedAtItsKey() throws {
        let result = try Self.run(Self.zonesCheck, """
        Resources:
          ⚠Absent:
            Type: AWS::Foo::Balancer
          One:
            Type: AWS::Foo::Balancer
            Properties:
              ⚠Zones: [a]
          Two:
            Type: AWS::Foo::Balancer
            Properties:
              Zones: [a, b]
          Removed:
            Type: AWS::Foo::Balancer
            Properties:
              ⚠Zones: [a, !Ref AWS::NoValue]
          Empty:
            Type: AWS::Foo::Balancer
            Properties:
              ⚠Zones: []
        """)
        #expect(result.sites == result.marks)
        #expect(result.messages == ["no zones", "1 zone(s)", "1 zone(s)", "0 zone(s)"])
        #expect(result.findings.map(\.site.path) == ["Resources/Absent", "Resources/One/Properties/Zones",
                                                      "Resources/Removed/Properties/Zones", "Resources/Empty/Properties/Zones"])
    }

    @Test func aListWrittenAsOneUnresolvedValueIsNeverJudged() throws {
        let result = try Self.run(Self.zonesCheck, """
        Parameters:
          Free: {Type: CommaDelimitedList}
        Resources:
          Azs:
            Type: AWS::Foo::Balancer
            Properties: {Zones: !GetAZs ''}
          Param:
            Type: AWS::Foo::Balancer
            Properties: {Zones: !Ref Free}
          Imported:
            Type: AWS::Foo::Balancer
            Properties: {Zones: !Split [',', !ImportValue zones]}
          Scalar:
            Type: AWS::Foo::Balancer
            Properties: {Zones: a}
        """)
        #expect(result.findings.isEmpty)
    }

    @Test func aListParameterIsCountedAtItsDefaultOrItsChoices() throws {
        let result = try Self.run(Self.zonesCheck, """
        Parameters:
          Single: {Type: CommaDelimitedList, Default: subnet-a}
          Pair: {Type: 'List<AWS::EC2::Subnet::Id>', Default: 'subnet-a,subnet-b'}
          Small: {Type: CommaDelimitedList, AllowedValues: [a, b]}
          Mixed: {Type: CommaDelimitedList, AllowedValues: [a, 'a,b']}
        Resources:
          Single:
            Type: AWS::Foo::Balancer
            Properties:
              ⚠Zones: !Ref Single
          Pair:
            Type: AWS::Foo::Balancer
            Properties: {Zones: !Ref Pair}
          Small:
            Type: AWS::Foo::Balancer
            Properties:
              ⚠Zones: !Ref Small
          Mixed:
            Type: AWS::Foo::Balancer
            Properties: {Zones: !Ref Mixed}
        """)
        #expect(result.findings.map(\.site.path) == ["Resources/Single/Properties/Zones", "Resources/Small/Properties/Zones"])
        #expect(result.messages == ["1 zone(s) (at the default of parameter Single)",
                                    "1 zone(s) (every value parameter Small allows: a, b)"])
    }

    @Test func unresolvedElementsLeaveTheCountOpenAndOnlyACountThatCouldMatterIsUnknown() throws {
        let result = try Self.run(Self.zonesCheck, """
        Conditions:
          Wide: !Equals [!Ref 'AWS::Region', us-east-1]
        Resources:
          Refs:
            Type: AWS::Foo::Balancer
            Properties:
              Zones: [!Ref A, !Ref B]
          MaybeOne:
            Type: AWS::Foo::Balancer
            Properties:
              ⚠Zones: [!If [Wide, a, !Ref AWS::NoValue]]
          OneOrTwo:
            Type: AWS::Foo::Balancer
            Properties:
              Zones: [a, !If [Wide, b, !Ref AWS::NoValue]]
          Three:
            Type: AWS::Foo::Balancer
            Properties:
              Zones: [a, b, !GetAtt X.Y]
        """)
        // Refs: 0 to 2 elements, and 2 would pass: unknown. MaybeOne: fewer than 2 whatever the
        // condition. OneOrTwo: unknown. Three: at least 2 either way.
        #expect(result.sites == result.marks)
        #expect(result.messages == ["0 to 1 zone(s)"])
    }

    @Test func severalListsCountTogetherAndReportOnTheFirstWrittenOne() throws {
        let result = try Self.run("""
        check:
          resources: [AWS::Foo::Balancer]
          assert: {count: [Subnets, SubnetMappings], at-least: 2}
          message: '{value} subnet(s)'
          absent-message: no subnets
        """, """
        Resources:
          Mappings:
            Type: AWS::Foo::Balancer
            Properties:
              ⚠SubnetMappings: [{SubnetId: a}]
          Both:
            Type: AWS::Foo::Balancer
            Properties:
              ⚠Subnets: [a]
              SubnetMappings: []
          Enough:
            Type: AWS::Foo::Balancer
            Properties:
              SubnetMappings: [{SubnetId: a}, {SubnetId: b}]
          ⚠Neither:
            Type: AWS::Foo::Balancer
        """)
        #expect(result.sites == result.marks)
        #expect(result.messages == ["1 subnet(s)", "1 subnet(s)", "no subnets"])
    }

    @Test func aCountComparesWithEqualsAndUnderNot() throws {
        let result = try Self.run("""
        check:
          resources: [AWS::Foo::Balancer]
          assert: {not: {count: Rules, equals: 0}}
          message: no rules
        """, """
        Resources:
          ⚠None:
            Type: AWS::Foo::Balancer
          Some:
            Type: AWS::Foo::Balancer
            Properties: {Rules: [{Id: 1}]}
          Open:
            Type: AWS::Foo::Balancer
            Properties: {Rules: [!If [C, {Id: 1}, !Ref AWS::NoValue]]}
        """)
        #expect(result.sites == result.marks)
    }

    @Test func mistakesInACountAreErrorsAtTheirLine() {
        let cases: [(String, String)] = [
            ("assert: {count: [], at-least: 1}", "11:19: `count` takes a property path or a list of them"),
            ("assert: {count: A, exists: true}", "11:11: `exists` does not apply to a `count`"),
            ("assert: {count: 'A[*]', at-least: 1}", "11:19: `A[*]` must reach one value"),
            ("assert: {count: A, sum: [B, C], at-least: 1}", "11:11: a condition tests one of"),
        ]
        for (body, expected) in cases {
            do {
                _ = try DeclarativeCheckTests.rule("check:\n  resources: [AWS::Foo::Group]\n  \(body)\n  message: m")
                Issue.record("no error for \(body)")
            } catch {
                #expect("\(error)".hasPrefix(expected), "got \(error), expected \(expected)")
            }
        }
    }
}
