@testable import ArchlintRules
import Testing

/// The parts of the check format that read more than one value: defaults that depend on other
/// properties, tests against another property, `sum`/`product`, `overlaps`, and messages chosen
/// by a condition. Positions are marked with ⚠ and compared exactly.
@Suite struct DeclarativeValueTests {
    static func run(_ check: String, _ template: String) throws -> DeclarativeCheckTests.Result {
        try DeclarativeCheckTests.run(check, files: ["t.yaml": template])
    }

    // MARK: Defaults that depend on other properties

    static let intervalCheck = """
    check:
      resources: [AWS::Foo::Group]
      defaults:
        Kind: web
        Interval:
          - {when: {property: Kind, equals: batch}, value: 600}
          - {when: {property: Protocol, equals: HTTP}, value: 30}
      assert: {property: Interval, at-most: 60}
      message: interval {value} s
      absent-message: default interval {Interval} s
    """

    @Test func aDefaultIsTheFirstCaseThatHoldsAndReadsOtherDefaults() throws {
        let result = try Self.run(Self.intervalCheck, """
        Parameters:
          P: {Type: String}
        Resources:
          ⚠Batch:
            Type: AWS::Foo::Group
            Properties: {Kind: batch, Protocol: HTTP}
          Web:
            Type: AWS::Foo::Group
            Properties: {Protocol: HTTP}
          NoCase:
            Type: AWS::Foo::Group
            Properties: {Protocol: TCP}
          UnknownWhen:
            Type: AWS::Foo::Group
            Properties: {Kind: !Ref P, Protocol: HTTP}
          Written:
            Type: AWS::Foo::Group
            Properties: {Kind: batch, Interval: ⚠90}
        """)
        // Web: Kind defaults to web, so the HTTP case gives 30. NoCase: no case holds, so no
        // default and nothing judged. UnknownWhen: the first `when` cannot be known.
        #expect(result.sites == result.marks)
        #expect(result.messages == ["default interval 600 s", "interval 90 s"])
    }

    @Test func aFallbackCaseAndAnExistsTestThatIgnoresDefaults() throws {
        let result = try Self.run("""
        check:
          resources: [AWS::Foo::Group]
          defaults:
            Mode:
              - {when: {property: Legacy, equals: true}, value: open}
              - {value: closed}
          unless: {property: Mode, exists: true}
          assert: {property: Mode, equals: closed}
          message: mode {value}
        """, """
        Resources:
          ⚠Old:
            Type: AWS::Foo::Group
            Properties: {Legacy: true}
          New:
            Type: AWS::Foo::Group
          Set:
            Type: AWS::Foo::Group
            Properties: {Legacy: true, Mode: open}
        """)
        // `exists` asks whether Mode is written: Set is skipped, the others are judged at their default.
        #expect(result.sites == result.marks)
        #expect(result.messages == ["mode open"])
    }

    @Test func aDefaultThatDependsOnItselfIsAnError() {
        let check = """
        check:
          resources: [AWS::Foo::Group]
          defaults:
            A: [{when: {property: B, equals: 1}, value: 1}]
            B: [{when: {not: {property: A, equals: 1}}, value: 1}]
          assert: {property: A, equals: 1}
          message: m
        """
        #expect { try DeclarativeCheckTests.rule(check) } throws: { "\($0)".contains("the default of `A` depends on itself") }
        let early = "check:\n  resources: [AWS::Foo::Group]\n  defaults:\n    A: [{value: 1}, {when: {property: B, equals: 1}, value: 2}]\n  assert: {property: A, equals: 1}\n  message: m"
        #expect { try DeclarativeCheckTests.rule(early) } throws: { "\($0)".contains("only the last case may leave out `when`") }
    }

    // MARK: Another property's value

    static let timeoutCheck = """
    check:
      resources: [AWS::Foo::Group]
      defaults: {Interval: 30, Timeout: 5}
      assert: {property: Timeout, less-than: {property: Interval}}
      message: timeout {value} s, interval {Interval} s
      absent-message: default timeout {value} s, interval {Interval} s
    """

    @Test func aTestAgainstAnotherPropertyReportsOnAWrittenValue() throws {
        let result = try Self.run(Self.timeoutCheck, """
        Parameters:
          Free: {Type: Number}
          Slow: {Type: Number, Default: 40}
          Quick: {Type: Number, Default: 4}
        Resources:
          Both:
            Type: AWS::Foo::Group
            Properties: {Interval: 10, Timeout: ⚠10}
          IntervalOnly:
            Type: AWS::Foo::Group
            Properties: {Interval: ⚠3}
          TimeoutOnly:
            Type: AWS::Foo::Group
            Properties: {Timeout: ⚠45}
          Defaults:
            Type: AWS::Foo::Group
            Properties: {Interval: 5, Timeout: 4}
          Fine:
            Type: AWS::Foo::Group
            Properties: {Interval: 30, Timeout: 5}
          Unknown:
            Type: AWS::Foo::Group
            Properties: {Interval: !Ref Free, Timeout: 60}
          Unresolved:
            Type: AWS::Foo::Group
            Properties: {Interval: !GetAtt X.Y, Timeout: 60}
          FromDefault:
            Type: AWS::Foo::Group
            Properties: {Interval: 30, Timeout: ⚠!Ref Slow}
          OtherFromDefault:
            Type: AWS::Foo::Group
            Properties: {Interval: ⚠!Ref Quick}
        """)
        // IntervalOnly: the timeout is absent (default 5), so the finding is on the interval.
        #expect(result.sites == result.marks)
        #expect(result.messages == [
            "timeout 10 s, interval 10 s",
            "default timeout 5 s, interval 3 s",
            "timeout 45 s, interval 30 s",
            "timeout 40 s, interval 30 s (at the default of parameter Slow)",
            "default timeout 5 s, interval 4 s (at the default of parameter Quick)",
        ])
        #expect(result.findings.map(\.site.path)[1] == "Resources/IntervalOnly/Properties/Interval")
    }

    @Test func bothValuesAbsentAreReportedOnTheResourceAndOneWithoutDefaultIsNotJudged() throws {
        let result = try Self.run("""
        check:
          resources: [AWS::Foo::Group]
          defaults: {Low: 9}
          assert: {property: Low, equals: {property: High}}
          message: low {value} is not high {High}
        """, """
        Resources:
          Same:
            Type: AWS::Foo::Group
            Properties: {Low: 9, High: 9.0}
          Differ:
            Type: AWS::Foo::Group
            Properties: {Low: ⚠'8', High: 9}
          NoHigh:
            Type: AWS::Foo::Group
            Properties: {Low: 8}
          Text:
            Type: AWS::Foo::Group
            Properties: {Low: abc, High: abc}
        """)
        #expect(result.sites == result.marks)
        #expect(result.messages == ["low 8 is not high 9"])
        let both = try Self.run("""
        check:
          resources: [AWS::Foo::Group]
          defaults: {Low: 9, High: 3}
          assert: {property: Low, less-than: {property: High}}
          message: low {value}
        """, "Resources:\n  ⚠G:\n    Type: AWS::Foo::Group\n")
        #expect(both.sites == both.marks)
        #expect(both.findings.first?.site.path == "Resources/G")
    }

    // MARK: Arithmetic

    static let productCheck = """
    check:
      resources: [AWS::Foo::Group]
      defaults:
        Interval: 30
        Count: [{when: {property: Kind, equals: slow}, value: 20}, {value: 2}]
      assert: {not: {product: [Interval, Count], greater-than: 300}}
      message: '{Count} × {Interval} s = {value} s'
      absent-message: 'by default {Count} × {Interval} s = {value} s'
    """

    @Test func aProductIsReportedOnTheFirstWrittenOperand() throws {
        let result = try Self.run(Self.productCheck, """
        Parameters:
          Free: {Type: Number}
          Many: {Type: Number, Default: 12}
        Resources:
          Interval:
            Type: AWS::Foo::Group
            Properties: {Interval: ⚠60, Count: 10}
          CountOnly:
            Type: AWS::Foo::Group
            Properties: {Count: ⚠11}
          ⚠AllDefaults:
            Type: AWS::Foo::Group
            Properties: {Kind: slow}
          Fine:
            Type: AWS::Foo::Group
            Properties: {Interval: 30, Count: 10}
          Unknown:
            Type: AWS::Foo::Group
            Properties: {Interval: !Ref Free, Count: 100}
          NotANumber:
            Type: AWS::Foo::Group
            Properties: {Interval: soon, Count: 100}
          Parameter:
            Type: AWS::Foo::Group
            Properties: {Interval: ⚠30, Count: !Ref Many}
        """)
        #expect(result.sites == result.marks)
        #expect(result.messages == [
            "10 × 60 s = 600 s", "11 × 30 s = 330 s", "by default 20 × 30 s = 600 s",
            "12 × 30 s = 360 s (at the default of parameter Many)",
        ])
        #expect(result.findings.map(\.site.path) == ["Resources/Interval/Properties/Interval", "Resources/CountOnly/Properties/Count",
                                                      "Resources/AllDefaults", "Resources/Parameter/Properties/Interval"])
    }

    @Test func aSumAndAnOperandWithoutDefault() throws {
        let result = try Self.run("""
        check:
          resources: [AWS::Foo::Group]
          assert: {sum: [A, B], at-most: 10}
          message: '{A} + {B} = {value}'
        """, """
        Resources:
          Over:
            Type: AWS::Foo::Group
            Properties: {A: ⚠4.5, B: 6}
          Under:
            Type: AWS::Foo::Group
            Properties: {A: 4, B: 6}
          Missing:
            Type: AWS::Foo::Group
            Properties: {A: 40}
        """)
        #expect(result.sites == result.marks)
        #expect(result.messages == ["4.5 + 6 = 10.5"])
    }

    // MARK: Ranges

    @Test func overlapsReadsNumbersAndRangesAndSaysWhichPartOverlaps() throws {
        let result = try Self.run("""
        check:
          resources: [AWS::Foo::Group]
          assert: {not: {property: Codes, overlaps: '400-499,503'}}
          message: codes {value} accept {overlap}
        """, """
        Parameters:
          Free: {Type: String}
          Broad: {Type: String, Default: 200-404}
        Resources:
          Range:
            Type: AWS::Foo::Group
            Properties: {Codes: ⚠200-599}
          List:
            Type: AWS::Foo::Group
            Properties: {Codes: ⚠'200, 404,abc'}
          Success:
            Type: AWS::Foo::Group
            Properties: {Codes: 200-399}
          Text:
            Type: AWS::Foo::Group
            Properties: {Codes: any}
          Free:
            Type: AWS::Foo::Group
            Properties: {Codes: !Ref Free}
          Default:
            Type: AWS::Foo::Group
            Properties: {Codes: ⚠!Ref Broad}
        """)
        #expect(result.sites == result.marks)
        #expect(result.messages == ["codes 200-599 accept 400-499, 503", "codes 200, 404,abc accept 404",
                                    "codes 200-404 accept 400-404 (at the default of parameter Broad)"])
    }

    // MARK: Messages by case

    @Test func aMessageIsTheFirstCaseThatHolds() throws {
        let result = try Self.run("""
        check:
          resources: [AWS::Foo::Group]
          defaults: {Limit: 10}
          assert: {property: Used, at-most: {property: Limit}}
          message:
            - when: {property: Limit, exists: true}
              text: used {value} of {Limit}
            - text: used {value} of the default {Limit}
        """, """
        Resources:
          Set:
            Type: AWS::Foo::Group
            Properties: {Used: ⚠12, Limit: 11}
          Default:
            Type: AWS::Foo::Group
            Properties: {Used: ⚠12}
        """)
        #expect(result.sites == result.marks)
        #expect(result.messages == ["used 12 of 11", "used 12 of the default 10"])
    }

    // MARK: Mistakes

    @Test func mistakesInTheNewFormsAreErrorsAtTheirLine() {
        let cases: [(String, String)] = [
            ("assert: {product: [A], greater-than: 1}", "11:21: `product` takes a list of two or more property paths"),
            ("assert: {sum: [A, 'B[*]'], greater-than: 1}", "11:21: `B[*]` must reach one value"),
            ("assert: {sum: [A, B], exists: true}", "11:11: `exists` does not apply to a `sum`"),
            ("assert: {property: A, less-than: {property: B, x: 1}}", "11:50: unknown key `x` in a value"),
            ("assert: {property: A, equals: {property: 'B[*]'}}", "11:44: `B[*]` must reach one value"),
            ("assert: {property: A, overlaps: 400-x}", "11:35: `overlaps` takes whole numbers and ranges"),
            ("assert: {property: A, exists: true}\n  message: [{when: {property: A, exists: true}, text: t}]",
             "12:12: the last message case has no `when`"),
        ]
        for (body, expected) in cases {
            let check = "check:\n  resources: [AWS::Foo::Group]\n  \(body)" + (body.contains("message:") ? "" : "\n  message: m")
            do {
                _ = try DeclarativeCheckTests.rule(check)
                Issue.record("no error for \(body)")
            } catch {
                #expect("\(error)".hasPrefix(expected), "got \(error), expected \(expected)")
            }
        }
    }
}
