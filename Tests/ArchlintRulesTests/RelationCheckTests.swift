import ArchlintModel
@testable import ArchlintRules
import Testing

/// Relations and tags in declarative checks, beyond what samples/rule-pack exercises: target
/// group health checks at AWS's defaults, security groups, task definitions through a
/// service, and tags written as a mapping. Positions are compared exactly.
@Suite struct RelationCheckTests {
    static let run = DeclarativeCheckTests.run

    @Test func healthCheckDefaultsAreJudgedAtTheGroupAndWrittenValuesWhereWritten() throws {
        let result = try Self.run("""
            check:
              resources: [AWS::ElasticLoadBalancingV2::TargetGroup]
              assert: {relation: health-check.interval, at-most: 15}
              message: health checks every {value} seconds
            """, ["t.yaml": """
            Parameters:
              Proto: {Type: String}
            Resources:
              ⚠Defaulted:
                Type: AWS::ElasticLoadBalancingV2::TargetGroup
                Properties: {Protocol: HTTP, Port: 80, TargetType: ip}
              Written:
                Type: AWS::ElasticLoadBalancingV2::TargetGroup
                Properties: {Protocol: HTTP, Port: 80, HealthCheckIntervalSeconds: ⚠20}
              Fast:
                Type: AWS::ElasticLoadBalancingV2::TargetGroup
                Properties: {Protocol: HTTP, Port: 80, HealthCheckIntervalSeconds: 10}
              Unknown:
                Type: AWS::ElasticLoadBalancingV2::TargetGroup
                Properties: {Protocol: !Ref Proto, Port: 80}
            """])
        #expect(result.sites == result.marks)
        #expect(result.messages == ["health checks every 30 seconds", "health checks every 20 seconds"])
    }

    @Test func serviceRelationsToSecurityGroupsAndTheTaskDefinition() throws {
        let result = try Self.run("""
            check:
              - resources: [AWS::ECS::Service]
                assert: {relation: 'security-groups[*].open-to-world', equals: false}
                message: service security group {value} is open to the world
              - resources: [AWS::ECS::Service]
                assert: {relation: task-definition.properties.NetworkMode, equals: awsvpc}
                message: task network mode {value}
            """, ["t.yaml": """
            Resources:
              Open:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: open
                  SecurityGroupIngress: [{IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0}]
              Closed:
                Type: AWS::EC2::SecurityGroup
                Properties: {GroupDescription: closed}
              Task:
                Type: AWS::ECS::TaskDefinition
                Properties:
                  NetworkMode: ⚠bridge
                  ContainerDefinitions: [{Name: a, Image: a:1}]
              Service:
                Type: AWS::ECS::Service
                Properties:
                  TaskDefinition: !Ref Task
                  NetworkConfiguration:
                    AwsvpcConfiguration:
                      SecurityGroups: [⚠!Ref Open, !Ref Closed, sg-0notdescribed]
            """])
        #expect(result.sites == result.marks)
        #expect(result.messages == ["task network mode bridge", "service security group true is open to the world"])
    }

    @Test func tagsWrittenAsAMappingAndTagTests() throws {
        let result = try Self.run("""
            check:
              resources: [AWS::SSM::Parameter, AWS::S3::Bucket]
              assert: {tag: env, one-of: [dev, prod]}
              message: env tag {value}
            """, ["t.yaml": """
            Resources:
              Param:
                Type: AWS::SSM::Parameter
                Properties: {Type: String, Value: x, Tags: {env: ⚠staging}}
              Bucket:
                Type: AWS::S3::Bucket
                Properties:
                  Tags: [{Key: env, Value: prod}, {Key: team, Value: ⚠x}]
              Untagged:
                Type: AWS::S3::Bucket
            """])
        // `team` is not `env`: only the staging parameter breaks the rule; the marker on `x`
        // stands for nothing, so the marks are compared without it.
        #expect(result.sites == [result.marks[0]])
        #expect(result.messages == ["env tag staging"])
    }

    @Test func relationsAreCheckedWhenTheRuleIsRead() {
        let cases = [
            ("resources: ['AWS::ECS::*']\n  assert: {relation: 'subnets[*].public', equals: false}", "have no relations"),
            ("resources: [AWS::ECS::Service]\n  assert: {relation: 'subnets.public', equals: false}", "write `subnets[*]`"),
            ("resources: [AWS::ECS::Service]\n  assert: {relation: 'task-role.actions.x', equals: a}", "write `actions[*]`"),
            ("resources: [AWS::ECS::Service]\n  assert: {relation: 'task-role.name.x', equals: a}", "a single value"),
            ("resources: [AWS::ECS::Service]\n  assert: {relation: 'subnets[*].public', property: A, equals: false}", "not several"),
        ]
        for (check, message) in cases {
            do {
                _ = try DeclarativeCheckTests.rule("check:\n  \(check)\n  message: m")
                Issue.record("accepted: \(check)")
            } catch {
                #expect("\(error)".contains(message), "\(error)")
            }
        }
    }
}
