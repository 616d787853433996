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

    @Test func rdsSubnetGroupsAreNamedInTemplatesAndDescribedInline() throws {
        let template = loadFragment("""
            Resources:
              Private:
                Type: AWS::EC2::Subnet
                Properties: {VpcId: vpc-1}
              Subnets:
                Type: AWS::RDS::DBSubnetGroup
                Properties: {DBSubnetGroupDescription: db, SubnetIds: [subnet-1, !Ref Private]}
              Db:
                Type: AWS::RDS::DBInstance
                Properties: {DBSubnetGroupName: !Ref Subnets}
            """)
        let instances = loadFragment("""
            {"DBInstances": [{"DBInstanceIdentifier": "db",
              "DBSubnetGroup": {"DBSubnetGroupName": "db-subnets", "Subnets": [{"SubnetIdentifier": "subnet-1"}]}}]}
            """, file: "db.json")
        let groups = loadFragment("""
            {"DBSubnetGroups": [{"DBSubnetGroupName": "db-subnets", "DBSubnetGroupArn": "arn:aws:rds:eu-west-1:111122223333:subgrp:db-subnets",
              "Subnets": [{"SubnetIdentifier": "subnet-1"}, {"SubnetIdentifier": "subnet-2"}]}]}
            """, file: "groups.json")
        let fromTemplate = try #require(template.databases.first)
        #expect(position(fromTemplate.subnetGroup) == "10:37 Resources/Db/Properties/DBSubnetGroupName")
        #expect(template.dbSubnetGroups.first?.subnets.map(\.value) == [.literal("subnet-1"), .logical(file: "input.yaml", id: "Private")])
        let fromCLI = try #require(instances.databases.first)
        #expect(fromCLI.subnetGroup.value == .literal("db-subnets"))
        #expect(fromCLI.subnets.map(\.value) == [.literal("subnet-1")])
        #expect(position(fromCLI.subnets[0]) == "2:89 DBInstances/0/DBSubnetGroup/Subnets/0/SubnetIdentifier")
        let described = try #require(groups.dbSubnetGroups.first)
        #expect(described.subnets.map(\.value) == [.literal("subnet-1"), .literal("subnet-2")])
        #expect(described.resource.keys == ["db-subnets", "arn:aws:rds:eu-west-1:111122223333:subgrp:db-subnets"])
        #expect(groups.documentKinds == ["RDS DB subnet groups"])
    }

    @Test func efsMountTargetsFromTemplatesAndDescriptions() throws {
        let template = loadFragment("""
            Resources:
              Files:
                Type: AWS::EFS::FileSystem
              Target:
                Type: AWS::EFS::MountTarget
                Properties: {FileSystemId: !Ref Files, SubnetId: subnet-1}
            """)
        let described = loadFragment("""
            {"MountTargets": [{"MountTargetId": "fsmt-1", "FileSystemId": "fs-1", "SubnetId": "subnet-1"}]}
            """, file: "targets.json")
        let fromTemplate = try #require(template.mountTargets.first)
        let fromCLI = try #require(described.mountTargets.first)
        #expect(fromTemplate.subnet.value == .literal("subnet-1"))
        #expect(fromTemplate.fileSystem.value == .logical(file: "input.yaml", id: "Files"))
        #expect(position(fromCLI.subnet) == "1:83 MountTargets/0/SubnetId")
        #expect(fromCLI.resource.keys == ["fsmt-1"])
        #expect(described.documentKinds == ["EFS mount targets"])
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
