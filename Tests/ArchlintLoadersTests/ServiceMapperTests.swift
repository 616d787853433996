import ArchlintLoaders
import ArchlintModel
import Testing

/// One mapper per AWS service reads a CloudFormation resource and the AWS CLI's description of
/// it into the same entity, wherever the two spell a field differently.
@Suite struct ServiceMapperTests {
    @Test func rdsSecurityGroupsAreIDsInTemplatesAndObjectsInDescriptions() throws {
        let template = loadFragment("""
            Resources:
              Db:
                Type: AWS::RDS::DBInstance
                Properties:
                  PubliclyAccessible: true
                  VPCSecurityGroups: [sg-1]
            """)
        let described = loadFragment("""
            {"DBInstances": [{"DBInstanceIdentifier": "db", "PubliclyAccessible": true,
              "VpcSecurityGroups": [{"VpcSecurityGroupId": "sg-1"}]}]}
            """, file: "db.json")
        let fromTemplate = try #require(template.databases.first)
        let fromCLI = try #require(described.databases.first)
        #expect(fromTemplate.securityGroups.map(\.value) == [.literal("sg-1")])
        #expect(fromCLI.securityGroups.map(\.value) == [.literal("sg-1")])
        #expect(position(fromTemplate.securityGroups[0]) == "6:27 Resources/Db/Properties/VPCSecurityGroups/0")
        #expect(position(fromCLI.securityGroups[0]) == "2:48 DBInstances/0/VpcSecurityGroups/0/VpcSecurityGroupId")
        #expect(fromCLI.resource.keys == ["db"])
    }

    @Test func securityGroupIngressFromTemplatesAndFromIpPermissions() throws {
        let template = loadFragment("""
            Resources:
              Web:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  SecurityGroupIngress:
                    - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0}
              Extra:
                Type: AWS::EC2::SecurityGroupIngress
                Properties: {GroupId: !Ref Web, IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 10.0.0.0/8}
            """)
        let described = loadFragment("""
            {"SecurityGroups": [{"GroupId": "sg-1", "GroupName": "web", "IpPermissions": [
              {"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}]}]}
            """, file: "groups.json")
        let fromTemplate = try #require(template.securityGroups.first)
        let fromCLI = try #require(described.securityGroups.first)
        // The separate ingress resource joins the group it names.
        #expect(fromTemplate.ingress.map(\.fromPort.value) == [22, 443])
        #expect(fromTemplate.ingress.map(\.cidr.value) == ["0.0.0.0/0", "10.0.0.0/8"])
        #expect(fromCLI.ingress.map(\.fromPort.value) == [22])
        #expect(fromCLI.ingress.map(\.cidr.value) == ["0.0.0.0/0"])
        #expect(position(fromCLI.ingress[0].site) == "2:68 SecurityGroups/0/IpPermissions/0/IpRanges/0")
        #expect(fromCLI.groupId == "sg-1")
        #expect(fromCLI.resource.keys == ["sg-1", "web", "sg-1"])
        // Every described object is also kept whole, under the same identity.
        #expect(described.resources.map(\.resource) == [fromCLI.resource])
    }

    @Test func logGroupsAreFoundByTheirNameFromEitherFormat() throws {
        let template = loadFragment("""
            Resources:
              Logs:
                Type: AWS::Logs::LogGroup
                Properties: {LogGroupName: /ecs/api, KmsKeyId: alias/logs}
            """)
        let described = loadFragment("""
            {"logGroups": [{"logGroupName": "/ecs/api", "arn": "arn:aws:logs:eu-west-1:1:log-group:/ecs/api", "kmsKeyId": "k"}]}
            """, file: "logs.json")
        let fromTemplate = try #require(template.logGroups.first)
        let fromCLI = try #require(described.logGroups.first)
        #expect(fromTemplate.resource.keys == ["/ecs/api"])
        #expect(fromCLI.resource.keys == ["/ecs/api", "arn:aws:logs:eu-west-1:1:log-group:/ecs/api"])
        #expect(fromTemplate.kmsKey.value == "alias/logs")
        #expect(fromCLI.kmsKey.value == "k")
    }
}
