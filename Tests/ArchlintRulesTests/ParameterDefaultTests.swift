import ArchlintLoaders
import ArchlintModel
@testable import ArchlintRules
import Foundation
import Testing

/// A typed value written as a `Ref` to a parameter (or a `Fn::Sub`/`Fn::Join` over one) is read
/// at the parameter's `Default`, the model remembers where, and a finding there says so; a
/// parameter without a default stays unknown and is never judged.
@Suite struct ParameterDefaultTests {
    static let template = """
    Parameters:
      Count: {Type: Number, Default: 1}
      Image: {Type: String, Default: nginx}
      Repository: {Type: String, Default: example/web}
      Partner: {Type: String, Default: '444455556666'}
      Open: {Type: String}
      Side: {Type: String, Default: shadowed}
    Resources:
      Task:
        Type: AWS::ECS::TaskDefinition
        Properties:
          ContainerDefinitions:
            - Name: app
              Image: !Ref Image
            - Name: web
              Image: !Sub '${Repository}:${Open}'
            - Name: side
              Image: !Sub ['${Side}:1.0', {Side: 'example/side'}]
            - Name: joined
              Image: !Join [':', [!Ref Repository, '2.0']]
            - Name: literal
              Image: !Sub 'example/${!Literal}:3'
      Web:
        Type: AWS::ECS::Service
        Properties:
          DesiredCount: !Ref Count
          LoadBalancers: [{ContainerName: app, ContainerPort: 80, TargetGroupArn: arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/web/1}]
      Worker:
        Type: AWS::ECS::Service
        Properties:
          DesiredCount: !Ref Open
          LoadBalancers: [{ContainerName: app, ContainerPort: 80, TargetGroupArn: arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/web/2}]
      Shared:
        Type: AWS::S3::Bucket
      SharedPolicy:
        Type: AWS::S3::BucketPolicy
        Properties:
          Bucket: !Ref Shared
          PolicyDocument:
            Statement:
              - Effect: Allow
                Principal: {AWS: !Sub 'arn:${AWS::Partition}:iam::${Partner}:root'}
                Action: s3:PutBucketPolicy
                Resource: !GetAtt Shared.Arn
              - Effect: Allow
                Principal: {AWS: !Sub 'arn:${AWS::Partition}:iam::${Open}:root'}
                Action: s3:PutBucketPolicy
                Resource: !GetAtt Shared.Arn
      Unheard:
        Type: AWS::Foo::Bar
        Properties: {Size: !Ref Count, Name: !Sub '${Repository}-x', Other: !Ref Open}
    """

    static func model(_ template: String = template) throws -> Architecture {
        guard case .loaded(let fragment, _) = FileLoader.load(bytes: Array(template.utf8), file: "t.yaml") else {
            throw CocoaError(.fileReadCorruptFile)
        }
        return Architecture(fragment)
    }

    /// `RULE line:column message` for each finding of `rules` on the model, in report order.
    static func findings(_ model: Architecture, _ rules: [String]) -> [String] {
        Engine.run(model, options: RuleOptions(now: Date(timeIntervalSince1970: 0)),
                   rules: rules.compactMap { RuleCatalog.shared.rule($0) }, jobs: 1)
            .flatMap(\.findings).sorted().map { "\($0.ruleId) \($0.site.line):\($0.site.column) \($0.message)" }
    }

    @Test func typedValuesReadDefaultsAndTheModelRemembersWhere() throws {
        let model = try Self.model()
        let containers = try #require(model.taskDefinitions.all.first).containers
        #expect(containers.map { $0.image.value ?? "unknown" } == [
            "nginx", "example/web:${Open}", "example/side:1.0", "example/web:2.0", "example/${!Literal}:3",
        ])
        // Fn::Sub's own variable hides the parameter of the same name; `${!Literal}` is no placeholder.
        #expect(containers.map { $0.image.site.flatMap(model.defaultedValues.parameters(at:)) } == [
            ["Image"], ["Repository"], nil, ["Repository"], nil,
        ])
        #expect(model.services.all.map { $0.desiredCount.value } == [1, nil])
        // Property trees note theirs too (a resource of a type no mapper reads): any rule that
        // reports on such a value says where it came from.
        let unheard = try #require(model.resources.last)
        #expect(unheard.properties.child("Size").map { model.defaultedValues.parameters(at: $0.node.site(parent: unheard.propertiesSite, component: "Size")) } == ["Count"])
        #expect(model.templates.first?.defaultedValues.filter { $0.line == 51 }.map { "\($0.column) \($0.parameters)" } == [
            "24 [\"Count\"]", "42 [\"Repository\"]",
        ])
    }

    @Test func findingsOnADefaultSayWhichParameterGaveIt() throws {
        #expect(Self.findings(try Self.model(), ["HC109", "LP162", "PL102"]) == [
            "PL102 14:18 container `app` image has no tag or digest (it means latest) (at the default of parameter Image)",
            "HC109 26:21 service behind a load balancer runs 1 task; run at least 2 across Availability Zones (at the default of parameter Count)",
            "LP162 43:21 bucket policy allows s3:PutBucketPolicy to account 444455556666 (at the default of parameter Partner)",
        ])
    }

    @Test func aMessageThatNamesTheParameterIsLeftAlone() {
        #expect(DefaultedValues.namesADefault("x is false at the default of parameter P", ["P"]))
        #expect(DefaultedValues.namesADefault("taken from parameter P, which is not NoEcho", ["P"]))
        #expect(!DefaultedValues.namesADefault("runs 1 task", ["P"]))
        #expect(DefaultedValues.note(["A", "B"]) == " (at the default of parameters A, B)")
    }

    @Test func findInMapPicksAnEntryWhenItsKeysAreKnownOffline() throws {
        let template = """
        Parameters:
          Env: {Type: String, Default: prod}
        Mappings:
          Settings:
            prod: {Encrypt: 'false', Cidr: 0.0.0.0/0}
            dev: {Encrypt: 'true'}
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties: {Engine: postgres, DBInstanceClass: db.t4g.micro, StorageEncrypted: !FindInMap [Settings, !Ref Env, Encrypt]}
          Dev:
            Type: AWS::RDS::DBInstance
            Properties: {Engine: postgres, DBInstanceClass: db.t4g.micro, StorageEncrypted: !FindInMap [Settings, dev, Encrypt]}
          Group:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: x
              SecurityGroupIngress:
                - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: !FindInMap [Settings, prod, Cidr]}
                - {IpProtocol: tcp, FromPort: 3306, ToPort: 3306, CidrIp: !FindInMap [Settings, !Ref 'AWS::Region', Cidr]}
                - {IpProtocol: tcp, FromPort: 5432, ToPort: 5432, CidrIp: {'Fn::FindInMap': [Settings, qa, Cidr, {DefaultValue: 0.0.0.0/0}]}}
                - {IpProtocol: tcp, FromPort: 6379, ToPort: 6379, CidrIp: !FindInMap [Settings, qa, Cidr]}
        """
        // Dev's entry is 'true'; a key from AWS::Region, or a missing entry without DefaultValue, stays unknown.
        #expect(Self.findings(try Self.model(template), ["EN108", "PS109"]) == [
            "EN108 10:67 database instance storage is not encrypted (StorageEncrypted false) (at the default of parameter Env)",
            "PS109 19:55 security group Group admits 0.0.0.0/0 on tcp port 22",
            "PS109 21:59 security group Group admits 0.0.0.0/0 on tcp port 5432",
        ])
    }

    @Test func aResolutionThatWouldGrowWithoutBoundStaysUnknown() throws {
        // 40 copies of a 100 KB default: 4 MB, past the 1 MB a resolved string may reach.
        let long = String(repeating: "a", count: 100_000)
        let template = """
        Parameters:
          Long: {Type: String, Default: \(long)}
        Resources:
          Task:
            Type: AWS::ECS::TaskDefinition
            Properties:
              ContainerDefinitions:
                - {Name: sub, Image: !Sub '\(String(repeating: "${Long}", count: 40))'}
                - {Name: variable, Image: !Sub ['\(String(repeating: "${V}", count: 40))', {V: \(long)}]}
                - {Name: join, Image: !Join ['', [\(Array(repeating: "!Ref Long", count: 40).joined(separator: ", "))]]}
                - {Name: short, Image: !Sub '${Long}:1'}
        """
        let containers = try #require(Self.model(template).taskDefinitions.all.first).containers
        #expect(containers.map { $0.image.value?.utf8.count } == [nil, nil, nil, 100_002])
    }

    @Test func aTemplateCannotGrowTheModelWithoutBound() throws {
        // 200 values of 500 KB each (100 MB) from a template of about 150 KB: the first fit in
        // the 64 MB a template's substitutions may add, the rest stay unknown.
        let long = String(repeating: "a", count: 100_000)
        let repeated = String(repeating: "${Long}", count: 5)
        let containers = (0..<200).map { "        - {Name: c\($0), Image: !Sub '\(repeated)'}" }.joined(separator: "\n")
        let template = """
        Parameters:
          Long: {Type: String, Default: \(long)}
        Resources:
          Task:
            Type: AWS::ECS::TaskDefinition
            Properties:
              ContainerDefinitions:
        \(containers)
        """
        let images = try #require(Self.model(template).taskDefinitions.all.first).containers.map(\.image.value)
        let known = images.compactMap { $0 }
        #expect(images.count == 200 && !known.isEmpty && known.count < 200)
        #expect(known.reduce(0) { $0 + $1.utf8.count } <= 64 << 20)
    }

    @Test func fnIfOnAConditionDecidedOfflineReadsAsItsBranch() throws {
        let template = """
        Parameters:
          Env: {Type: String, Default: prod}
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
          Literal: {'Fn::Equals': [a, b]}
          OnRegion: !Equals [!Ref 'AWS::Region', us-east-1]
          Both: !And [!Condition IsProd, !Not [!Condition Literal]]
          Either: !Or [!Condition OnRegion, !Condition IsProd]
          Neither: !And [!Condition OnRegion, !Condition Literal]
          Cycle: !Not [!Condition Cycle]
        Resources:
          Prod:
            Type: AWS::RDS::DBInstance
            Properties: {Engine: postgres, DBInstanceClass: db.t4g.micro, StorageEncrypted: !If [IsProd, false, true]}
          Regional:
            Type: AWS::RDS::DBInstance
            Properties: {Engine: postgres, DBInstanceClass: db.t4g.micro, StorageEncrypted: !If [OnRegion, false, true]}
          Fixed:
            Type: AWS::RDS::DBInstance
            Properties: {Engine: postgres, DBInstanceClass: db.t4g.micro, StorageEncrypted: {'Fn::If': [Literal, true, false]}}
          Nested:
            Type: AWS::RDS::DBInstance
            Properties: {Engine: postgres, DBInstanceClass: db.t4g.micro, StorageEncrypted: !If [Neither, true, !If [Either, false, true]]}
          Removed:
            Type: AWS::RDS::DBInstance
            Properties: {Engine: postgres, DBInstanceClass: db.t4g.micro, StorageEncrypted: !If [IsProd, !Ref 'AWS::NoValue', true]}
          Looping:
            Type: AWS::RDS::DBInstance
            Properties: {Engine: postgres, DBInstanceClass: db.t4g.micro, StorageEncrypted: !If [Cycle, false, false]}
          Group:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: x
              SecurityGroupIngress:
                - !If
                  - Both
                  - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0}
                  - !Ref AWS::NoValue
        """
        // Regional: a condition on AWS::Region is not decided. Removed: a branch of AWS::NoValue
        // is left unknown, not judged missing. Looping: a condition that names itself is not decided.
        #expect(Self.findings(try Self.model(template), ["EN108", "PS109"]) == [
            "EN108 14:98 database instance storage is not encrypted (StorageEncrypted false) (at the default of parameter Env)",
            "EN108 20:112 database instance storage is not encrypted (StorageEncrypted false)",
            "EN108 23:118 database instance storage is not encrypted (StorageEncrypted false) (at the default of parameter Env)",
            "PS109 37:65 security group Group admits 0.0.0.0/0 on tcp port 22 (at the default of parameter Env)",
        ])
    }

    @Test func aValueReadAtTwoDefaultsNamesBothWhateverTheOrder() throws {
        // The branch is noted for Env (which decided it) and the Ref in it for Enc: one
        // position, both parameters, in an order that does not depend on which note came first.
        let model = try Self.model("""
        Parameters:
          Env: {Type: String, Default: prod}
          Enc: {Type: String, Default: 'false'}
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties: {Engine: postgres, StorageEncrypted: !If [IsProd, !Ref Enc, true]}
        """)
        #expect(model.templates.first?.defaultedValues.map { "\($0.line):\($0.column) \($0.parameters)" } == [
            "9:67 [\"Enc\", \"Env\"]",
        ])
    }
}
