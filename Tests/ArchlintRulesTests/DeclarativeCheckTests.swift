import ArchlintLoaders
import ArchlintModel
@testable import ArchlintRules
import Foundation
import Testing

/// The declarative `check:` format end to end: a rule file's header and check, parsed as the
/// catalog parses it, run by the engine over files loaded by the real loader. Positions are
/// marked with ⚠ in the inputs and compared exactly.
@Suite struct DeclarativeCheckTests {
    /// A rule file around `check`, indented as written.
    static func rule(_ check: String) throws -> RuleMetadata {
        let text = """
        id: XX100
        slug: test
        title: Test rule
        category: encryption
        severity: error
        rationale: r
        remediation: r
        references: [https://example.com]
        \(check)
        """
        return try RuleFileParser.parse(text: text, path: "rules/encryption/XX100-test.yaml")
    }

    struct Result {
        var findings: [Finding]
        var marks: [String]
        var sites: [String] { findings.map { "\($0.site.file):\($0.site.line):\($0.site.column)" } }
        var messages: [String] { findings.map(\.message) }
        var checked: [String]
    }

    static func run(_ check: String, files: [String: String]) throws -> Result {
        let metadata = try rule(check)
        var fragment = ModelFragment()
        var marks: [String] = []
        for (name, content) in files.sorted(by: { $0.key < $1.key }) {
            let marked = MarkedText(content)
            marks += marked.marks.map { "\(name):\($0.line):\($0.column)" }
            guard case .loaded(let piece, _) = FileLoader.load(bytes: Array(marked.text.utf8), file: name) else {
                Issue.record("\(name) did not load")
                continue
            }
            fragment.append(piece)
        }
        let runs = Engine.run(Architecture(fragment), options: RuleOptions(now: Date(timeIntervalSince1970: 0)),
                              rules: [metadata], jobs: 1)
        let findings = runs.flatMap(\.findings).sorted()
        return Result(findings: findings, marks: marks, checked: runs.flatMap(\.checked).map(\.name))
    }

    // MARK: Any resource type

    @Test func aResourceTypeNeverHeardOfIsLoadedCountedAndChecked() throws {
        let template = """
        Resources:
          Widget:
            Type: AWS::Foo::Bar
            Properties:
              Mode: ⚠unsafe
              Nested: {Level: 3}
          Other:
            Type: AWS::Foo::Bar
            Properties: {Mode: safe}
        """
        let marked = MarkedText(template)
        guard case .loaded(let fragment, let count) = FileLoader.load(bytes: Array(marked.text.utf8), file: "t.yaml") else {
            Issue.record("not loaded")
            return
        }
        #expect(count == 2)
        #expect(fragment.resources.map(\.resource.type) == ["AWS::Foo::Bar", "AWS::Foo::Bar"])
        let result = try Self.run("""
        check:
          resources: [AWS::Foo::*]
          assert: {property: Mode, equals: safe}
          message: mode is {value}, level {Nested.Level}
        """, files: ["t.yaml": template])
        #expect(result.sites == result.marks)
        #expect(result.messages == ["mode is unsafe, level 3"])
        #expect(result.findings.first?.site.path == "Resources/Widget/Properties/Mode")
        #expect(result.findings.first?.resourceType == "AWS::Foo::Bar")
        #expect(result.checked == ["Other", "Widget"])
    }

    // MARK: Keys with dots

    @Test func aQuotedKeyHoldsDotsAsParameterGroupsWriteThem() throws {
        let result = try Self.run("""
        check:
          resources: [AWS::RDS::DBParameterGroup]
          assert: {not: {property: "Parameters['rds.force_ssl']", equals: 0}}
          message: force_ssl is {Parameters['rds.force_ssl']}
        """, files: ["t.yaml": """
        Resources:
          Off:
            Type: AWS::RDS::DBParameterGroup
            Properties: {Family: postgres16, Parameters: {rds.force_ssl: ⚠'0'}}
          On:
            Type: AWS::RDS::DBParameterGroup
            Properties: {Family: postgres16, Parameters: {rds.force_ssl: '1', rds: {force_ssl: '0'}}}
        """])
        #expect(result.sites == result.marks)
        #expect(result.messages == ["force_ssl is 0"])
        #expect(result.findings.first?.site.path == "Resources/Off/Properties/Parameters/rds.force_ssl")
        #expect(PropertyPath(parsing: "Parameters['rds.force_ssl']")?.description == "Parameters['rds.force_ssl']")
        #expect(PropertyPath(parsing: "A['x.y'][*].B")?.components == [.key("A"), .key("x.y"), .each, .key("B")])
        for malformed in ["A..B", ".A", "A.", "[*]", "A['']", "A['x", "A[*]B", "A.[*]"] {
            #expect(PropertyPath(parsing: malformed) == nil, "\(malformed)")
        }
    }

    @Test func aPathWithALeadingSlashReadsTheResourceFromAForEachElement() throws {
        let result = try Self.run("""
        check:
          resources: [AWS::Foo::Bar]
          for-each: 'Rules[*]'
          unless: {property: /Private, equals: true}
          assert: {not: {property: Open, equals: true}}
          message: rule is open ({/Name})
        """, files: ["t.yaml": """
        Resources:
          Public:
            Type: AWS::Foo::Bar
            Properties: {Name: a, Rules: [{Open: ⚠true}, {Open: false}]}
          Hidden:
            Type: AWS::Foo::Bar
            Properties: {Name: b, Private: true, Rules: [{Open: true}]}
        """])
        #expect(result.sites == result.marks)
        #expect(result.messages == ["rule is open (a)"])
        #expect(PropertyPath(parsing: "/VPCOptions")?.description == "/VPCOptions")
        #expect(PropertyPath(parsing: "/")  == nil)
    }

    // MARK: Absent properties

    @Test func anAbsentPropertyIsJudgedAtItsDefaultOnTheResource() throws {
        let result = try Self.run("""
        check:
          resources: [AWS::RDS::DBInstance]
          defaults: {StorageEncrypted: false}
          assert: {property: StorageEncrypted, equals: true}
          message: StorageEncrypted is {value}
          absent-message: StorageEncrypted is not set (default {value})
        """, files: ["t.yaml": """
        Resources:
          ⚠Left:
            Type: AWS::RDS::DBInstance
            Properties: {Engine: postgres}
          Off:
            Type: AWS::RDS::DBInstance
            Properties: {Engine: postgres, StorageEncrypted: ⚠'false'}
          On:
            Type: AWS::RDS::DBInstance
            Properties: {Engine: postgres, StorageEncrypted: true}
          ⚠Bare:
            Type: AWS::RDS::DBInstance
        """])
        #expect(result.sites == result.marks)
        #expect(result.messages == ["StorageEncrypted is not set (default false)", "StorageEncrypted is false",
                                    "StorageEncrypted is not set (default false)"])
        #expect(result.findings.map(\.site.path) == ["Resources/Left", "Resources/Off/Properties/StorageEncrypted", "Resources/Bare"])
    }

    /// A property written as null is not set: `exists: true` breaks where the null is written,
    /// with the message for an absent property.
    @Test func aNullPropertyIsReportedWhereWrittenWithTheAbsentMessage() throws {
        let result = try Self.run("""
        check:
          resources: [AWS::ECS::TaskDefinition]
          for-each: 'ContainerDefinitions[*]'
          assert: {property: User, exists: true}
          message: user {value}
          absent-message: no user
        """, files: ["t.json": """
        {"family": "f", "containerDefinitions": [{"name": "a", "user": ⚠null}, {"name": "b", "user": "1000"}]}
        """])
        #expect(result.sites == result.marks)
        #expect(result.messages == ["no user"])
    }

    @Test func anAbsentPropertyWithoutADefaultIsNotJudgedExceptByExists() throws {
        let notJudged = try Self.run("""
        check:
          resources: [AWS::S3::Bucket]
          assert: {property: BucketName, matches: '^corp-'}
          message: bad name
        """, files: ["t.yaml": "Resources:\n  B:\n    Type: AWS::S3::Bucket\n"])
        #expect(notJudged.findings.isEmpty)
        let required = try Self.run("""
        check:
          resources: [AWS::S3::Bucket]
          assert: {property: Tags, exists: true}
          message: no tags
        """, files: ["t.yaml": "Resources:\n  ⚠B:\n    Type: AWS::S3::Bucket\n  C:\n    Type: AWS::S3::Bucket\n    Properties: {Tags: !Ref AWS::NoValue}\n  D:\n    Type: AWS::S3::Bucket\n    Properties: {Tags: !If [C, [], []]}\n"])
        // C's Tags are removed by AWS::NoValue (absent); D's are unknown but written.
        #expect(required.sites.count == 2)
        #expect(required.findings.map(\.resource) == ["B", "C"])
        let forbidden = try Self.run("""
        check:
          resources: [AWS::S3::Bucket]
          assert: {property: AccessControl, exists: false}
          message: ACL set to {value}
        """, files: ["t.yaml": "Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties: {AccessControl: ⚠PublicRead}\n  C:\n    Type: AWS::S3::Bucket\n"])
        #expect(forbidden.sites == forbidden.marks)
        #expect(forbidden.messages == ["ACL set to PublicRead"])
    }

    /// Text kept inside an unresolved function (`!If`, `!Base64`) is for the secrets scan: a
    /// check sees the value as unknown, never as the text (Unknown is not false).
    @Test func textInsideAnUnresolvedFunctionIsNotAValueToChecks() throws {
        let result = try Self.run("""
        check:
          resources: [AWS::RDS::DBInstance]
          assert: {property: StorageEncrypted, equals: 'true'}
          message: unencrypted
        """, files: ["t.yaml": """
        Resources:
          A:
            Type: AWS::RDS::DBInstance
            Properties: {StorageEncrypted: !If [C, 'false', 'false']}
          B:
            Type: AWS::RDS::DBInstance
            Properties: {StorageEncrypted: !Base64 'false'}
        """])
        #expect(result.findings.isEmpty)
    }

    // MARK: Parameters

    static let encryptionCheck = """
    check:
      resources: [AWS::RDS::DBInstance]
      defaults: {StorageEncrypted: false}
      assert: {property: StorageEncrypted, equals: true}
      message: StorageEncrypted is {value}
    """

    @Test func aParameterIsJudgedAtItsDefaultAndTheMessageSaysSo() throws {
        let result = try Self.run(Self.encryptionCheck, files: ["t.yaml": """
        Parameters:
          EncryptionAtRest: {Type: String, Default: 'false', AllowedValues: ['true', 'false']}
          Encrypted: {Type: String, Default: 'true'}
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties: {StorageEncrypted: ⚠!Ref EncryptionAtRest}
          Fine:
            Type: AWS::RDS::DBInstance
            Properties: {StorageEncrypted: !Ref Encrypted}
        """])
        #expect(result.sites == result.marks)
        #expect(result.messages == ["StorageEncrypted is false (at the default of parameter EncryptionAtRest)"])
    }

    @Test func aParameterWithoutDefaultIsJudgedOnlyWhenEveryAllowedValueBreaksTheRule() throws {
        let result = try Self.run(Self.encryptionCheck, files: ["t.yaml": """
        Parameters:
          Never: {Type: String, AllowedValues: ['false', 'False']}
          Either: {Type: String, AllowedValues: ['true', 'false']}
          Free: {Type: String}
        Resources:
          A:
            Type: AWS::RDS::DBInstance
            Properties: {StorageEncrypted: ⚠!Ref Never}
          B:
            Type: AWS::RDS::DBInstance
            Properties: {StorageEncrypted: !Ref Either}
          C:
            Type: AWS::RDS::DBInstance
            Properties: {StorageEncrypted: !Ref Free}
          D:
            Type: AWS::RDS::DBInstance
            Properties: {StorageEncrypted: !GetAtt Other.Encrypted}
        """])
        #expect(result.sites == result.marks)
        #expect(result.messages == ["StorageEncrypted is false, False (every value parameter Never allows: false, False)"])
    }

    @Test func anSSMParameterIsNeverJudgedAtItsDefaultWhichNamesTheSSMParameter() throws {
        let result = try Self.run(Self.encryptionCheck, files: ["t.yaml": """
        Parameters:
          FromStore: {Type: 'AWS::SSM::Parameter::Value<String>', Default: 'false'}
          Plain: {Type: String, Default: 'false'}
        Resources:
          A:
            Type: AWS::RDS::DBInstance
            Properties: {StorageEncrypted: !Ref FromStore}
          B:
            Type: AWS::RDS::DBInstance
            Properties: {StorageEncrypted: ⚠!Ref Plain}
        """])
        #expect(result.sites == result.marks)
        #expect(result.messages == ["StorageEncrypted is false (at the default of parameter Plain)"])
    }

    // MARK: Operators

    @Test func everyOperator() throws {
        let template = """
        Resources:
          G:
            Type: AWS::Foo::Group
            Properties:
              Port: 22
              Count: 5
              Name: prod-web
              Flag: 'TRUE'
              Kind: blue
        """
        func findings(_ assert: String) throws -> Int {
            try Self.run("check:\n  resources: [AWS::Foo::Group]\n  assert: \(assert)\n  message: m", files: ["t.yaml": template]).findings.count
        }
        // Each pair: a condition that holds (no finding), and one that breaks (one finding).
        let cases: [(String, String)] = [
            ("{property: Port, equals: 22}", "{property: Port, equals: 23}"),
            ("{property: Port, equals: 22.0}", "{property: Port, equals: '22.0'}"),
            ("{property: Flag, equals: true}", "{property: Flag, equals: false}"),
            ("{property: Name, equals: prod-web}", "{property: Name, equals: Prod-web}"),
            ("{property: Kind, one-of: [red, blue]}", "{property: Kind, one-of: [red, green]}"),
            ("{property: Kind, exists: true}", "{property: Missing, exists: true}"),
            ("{property: Missing, exists: false}", "{property: Kind, exists: false}"),
            ("{property: Name, matches: '^prod-'}", "{property: Name, matches: '^dev-'}"),
            ("{property: Count, less-than: 6}", "{property: Count, less-than: 5}"),
            ("{property: Count, at-most: 5}", "{property: Count, at-most: 4}"),
            ("{property: Count, greater-than: 4}", "{property: Count, greater-than: 5}"),
            ("{property: Count, at-least: 5}", "{property: Count, at-least: 6}"),
            ("{all-of: [{property: Port, equals: 22}, {property: Kind, equals: blue}]}",
             "{all-of: [{property: Port, equals: 22}, {property: Kind, equals: red}]}"),
            ("{any-of: [{property: Port, equals: 80}, {property: Kind, equals: blue}]}",
             "{any-of: [{property: Port, equals: 80}, {property: Kind, equals: red}]}"),
            ("{not: {property: Port, equals: 80}}", "{not: {property: Port, equals: 22}}"),
            ("{not: {any-of: [{property: Port, equals: 80}, {property: Kind, equals: red}]}}",
             "{not: {all-of: [{property: Port, equals: 22}, {property: Kind, equals: blue}]}}"),
            ("{property: Missing, default: 3, less-than: 4}", "{property: Missing, default: 3, greater-than: 4}"),
        ]
        for (holds, breaks) in cases {
            #expect(try findings(holds) == 0, "\(holds) should hold")
            #expect(try findings(breaks) == 1, "\(breaks) should break")
        }
    }

    @Test func unlessSkipsAResourceAndAnUnknownUnlessSkipsItToo() throws {
        let result = try Self.run("""
        check:
          resources: [AWS::RDS::DBInstance]
          defaults: {StorageEncrypted: false}
          unless:
            - {property: DBClusterIdentifier, exists: true}
            - {property: Engine, matches: '^aurora'}
          assert: {property: StorageEncrypted, equals: true}
          message: not encrypted
        """, files: ["t.yaml": """
        Parameters:
          Engine: {Type: String}
        Resources:
          ⚠Plain:
            Type: AWS::RDS::DBInstance
            Properties: {Engine: postgres}
          Member:
            Type: AWS::RDS::DBInstance
            Properties: {Engine: postgres, DBClusterIdentifier: !Ref Cluster}
          Aurora:
            Type: AWS::RDS::DBInstance
            Properties: {Engine: aurora-postgresql}
          Unknown:
            Type: AWS::RDS::DBInstance
            Properties: {Engine: !Ref Engine}
          Cluster:
            Type: AWS::RDS::DBCluster
        """])
        #expect(result.sites == result.marks)
    }

    @Test func wildcardPathsAndForEachReportEachValueAtFault() throws {
        let files = ["t.yaml": """
        Resources:
          Group:
            Type: AWS::EC2::SecurityGroup
            Properties:
              SecurityGroupIngress:
                - {IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0}
                - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: ⚠0.0.0.0/0}
                - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 10.0.0.0/8}
                - {IpProtocol: tcp, FromPort: 3389, ToPort: 3389, CidrIp: ⚠0.0.0.0/0}
        """, "groups.json": """
        {"SecurityGroups": [{"GroupId": "sg-1", "IpPermissions": [
          {"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "IpRanges": [{"CidrIp": ⚠"0.0.0.0/0"}, {"CidrIp": "10.0.0.0/8"}]}]}]}
        """]
        let forEach = try Self.run("""
        check:
          - resources: [AWS::EC2::SecurityGroup]
            for-each: SecurityGroupIngress[*]
            unless: {property: FromPort, one-of: [80, 443]}
            assert: {not: {property: CidrIp, equals: 0.0.0.0/0}}
            message: port {FromPort} open to {value}
          - resources: [AWS::EC2::SecurityGroup]
            for-each: IpPermissions[*]
            unless: {property: FromPort, one-of: [80, 443]}
            assert: {not: {property: 'IpRanges[*].CidrIp', equals: 0.0.0.0/0}}
            message: port {FromPort} open to {value}
        """, files: files)
        #expect(forEach.sites == forEach.marks)
        #expect(forEach.messages == ["port 22 open to 0.0.0.0/0", "port 22 open to 0.0.0.0/0", "port 3389 open to 0.0.0.0/0"])
        #expect(forEach.findings.map(\.site.path) == [
            "SecurityGroups/0/IpPermissions/0/IpRanges/0/CidrIp",
            "Resources/Group/Properties/SecurityGroupIngress/1/CidrIp",
            "Resources/Group/Properties/SecurityGroupIngress/3/CidrIp",
        ])
    }

    @Test func oneCheckReadsTemplatesAndCLIExportsAlike() throws {
        let result = try Self.run("""
        check:
          resources: [AWS::ECR::Repository]
          assert: {property: ImageScanningConfiguration.ScanOnPush, equals: true}
          message: scanOnPush {value}
        """, files: ["t.yaml": """
        Resources:
          Repo:
            Type: AWS::ECR::Repository
            Properties: {ImageScanningConfiguration: {ScanOnPush: ⚠false}}
        """, "repos.json": """
        {"repositories": [{"repositoryName": "api", "imageScanningConfiguration": {"scanOnPush": ⚠false}}]}
        """])
        #expect(result.sites == result.marks)
        #expect(result.findings.map(\.resource) == ["api", "Repo"])
    }

    // MARK: Errors in rule files

    @Test func mistakesInACheckAreErrorsAtTheirLine() {
        let cases: [(String, String)] = [
            ("check:\n  resources: [AWS::S3::Bucket]\n  asert: {property: A, exists: true}\n  message: m", "11:3: unknown key `asert`"),
            ("check:\n  resources: [AWS::S3::Bucket]\n  assert: {property: A, equal: 1}\n  message: m", "11:25: unknown key `equal`"),
            ("check:\n  resources: [AWS::S3::Bucket]\n  assert: {property: A, matches: '(['}\n  message: m", "11:34: `matches` is not a valid regular expression"),
            ("check:\n  resources: [AWS::S3::Bucket]\n  assert: {any-of: [{not: {property: A, matches: '(['}}]}\n  message: m", "11:50: `matches` is not a valid regular expression"),
            ("check:\n  resources: [AWS::S3::Bucket]\n  assert: {property: 'A..B', exists: true}\n  message: m", "11:22: `A..B` is not a property path"),
            ("check:\n  resources: [AWS::S3::Bucket]\n  message: m", "10:3: check without `assert`"),
            ("check:\n  resources: [Bucket]\n  assert: {property: A, exists: true}\n  message: m", "10:14: `Bucket` is not a resource type"),
            ("check:\n  resources: [AWS::S3::Bucket]\n  assert: {property: A, exists: true, equals: 1}\n  message: m", "11:11: a property condition takes exactly one test"),
            ("check:\n  resources: [AWS::S3::Bucket]\n  assert: {property: A, less-than: many}\n  message: m", "11:36: `less-than` takes a number"),
        ]
        // A property that happens to be named `matches` takes any default: only conditions hold patterns.
        #expect(throws: Never.self) {
            try Self.rule("check:\n  resources: [AWS::S3::Bucket]\n  defaults: {matches: '(['}\n  assert: {property: matches, exists: true}\n  message: m")
        }
        for (check, expected) in cases {
            #expect(throws: RuleFileError.self) { try Self.rule(check) }
            do {
                _ = try Self.rule(check)
            } catch {
                #expect("\(error)".hasPrefix(expected), "got \(error), expected \(expected)")
            }
        }
    }
}
