import ArchlintLoaders
import ArchlintModel
import Testing

/// Every value keeps the line, column and document path it was written at: scalars at the
/// value, collections at their key, tags included, in YAML and JSON alike.
@Suite struct LocationTests {
    static let template = """
        AWSTemplateFormatVersion: '2010-09-09'
        Parameters:
          Public: {Type: String}
        Resources:
          Role:
            Type: AWS::IAM::Role
          Service:
            Type: AWS::ECS::Service
            Properties:
              DesiredCount: 1
              TaskDefinition: !Ref Task
              NetworkConfiguration:
                AwsvpcConfiguration:
                  AssignPublicIp: ENABLED
                  Subnets:
                    - subnet-0aaa
                    - !Ref Subnet
                    - Fn::ImportValue: shared-subnet
                  SecurityGroups: [!GetAtt Group.GroupId]
          Task:
            Type: AWS::ECS::TaskDefinition
            Properties:
              TaskRoleArn: !GetAtt Role.Arn
              ExecutionRoleArn: {"Fn::GetAtt": [Role, Arn]}
              ContainerDefinitions:
                - Name: app
                  Image: !Sub '${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/app:latest'
                  Environment:
                    - {Name: MODE, Value: !Ref Public}
          Subnet:
            Type: AWS::EC2::Subnet
          Group:
            Type: AWS::EC2::SecurityGroup

        """

    @Test func yamlScalarsReportAtTheirValueAndCollectionsAtTheirKey() throws {
        let fragment = loadFragment(Self.template, file: "stack.yaml")
        let service = try #require(fragment.services.first)
        #expect(position(service.resource.site) == "7:3 Resources/Service")
        #expect(service.resource.name == "Service")
        #expect(service.resource.type == "AWS::ECS::Service")
        #expect(position(service.desiredCount) == "10:21 Resources/Service/Properties/DesiredCount")
        #expect(service.desiredCount.value == 1)
        #expect(position(service.assignPublicIp) == "14:27 Resources/Service/Properties/NetworkConfiguration/AwsvpcConfiguration/AssignPublicIp")
        #expect(position(service.networkSite) == "13:9 Resources/Service/Properties/NetworkConfiguration/AwsvpcConfiguration")
        #expect(service.subnets.map(position) == [
            "16:15 Resources/Service/Properties/NetworkConfiguration/AwsvpcConfiguration/Subnets/0",
            "17:15 Resources/Service/Properties/NetworkConfiguration/AwsvpcConfiguration/Subnets/1",
            "18:15 Resources/Service/Properties/NetworkConfiguration/AwsvpcConfiguration/Subnets/2",
        ])
        #expect(service.subnets[0].value == .name("subnet-0aaa"))
        #expect(service.subnets[1].value == .logical(file: "stack.yaml", id: "Subnet"))
        #expect(service.subnets[2].isUnknown, "Fn::ImportValue is not known offline")
        #expect(position(service.securityGroups[0]) == "19:28 Resources/Service/Properties/NetworkConfiguration/AwsvpcConfiguration/SecurityGroups/0")
        #expect(service.securityGroups[0].value == .logical(file: "stack.yaml", id: "Group"))
        #expect(service.taskDefinition.value == .logical(file: "stack.yaml", id: "Task"))
        #expect(position(service.taskDefinition) == "11:23 Resources/Service/Properties/TaskDefinition")
    }

    @Test func shortAndLongFormIntrinsicsNormaliseToTheSameValue() throws {
        let fragment = loadFragment(Self.template, file: "stack.yaml")
        let task = try #require(fragment.taskDefinitions.first)
        #expect(task.taskRole.value == .logical(file: "stack.yaml", id: "Role"))
        #expect(task.executionRole.value == .logical(file: "stack.yaml", id: "Role"))
        #expect(position(task.taskRole) == "23:20 Resources/Task/Properties/TaskRoleArn")
        // A long-form intrinsic is a mapping: it reports at its key.
        #expect(position(task.executionRole) == "24:7 Resources/Task/Properties/ExecutionRoleArn")
        let container = try #require(task.containers.first)
        #expect(position(container.site) == "26:11 Resources/Task/Properties/ContainerDefinitions/0")
        // Fn::Sub keeps deployment-time parts as placeholders inside a known string.
        #expect(container.image.value == "${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/app:latest")
        #expect(position(container.image) == "27:18 Resources/Task/Properties/ContainerDefinitions/0/Image")
        // A parameter's value is chosen at deploy time: unknown, at the site of the Ref.
        #expect(container.environment[0].value.isUnknown)
        #expect(position(container.environment[0].value) == "29:35 Resources/Task/Properties/ContainerDefinitions/0/Environment/0/Value")
    }

    @Test func jsonTemplatesKeepPositionsToo() throws {
        let json = """
            {
              "Resources": {
                "Service": {
                  "Type": "AWS::ECS::Service",
                  "Properties": {
                    "NetworkConfiguration": {"AwsvpcConfiguration": {"AssignPublicIp": "ENABLED",
                      "Subnets": [{"Ref": "Subnet"}]}}
                  }
                },
                "Subnet": {"Type": "AWS::EC2::Subnet", "Properties": {"MapPublicIpOnLaunch": true}}
              }
            }
            """
        let fragment = loadFragment(json, file: "stack.json")
        let service = try #require(fragment.services.first)
        #expect(position(service.resource.site) == "3:5 Resources/Service")
        #expect(position(service.assignPublicIp) == "6:76 Resources/Service/Properties/NetworkConfiguration/AwsvpcConfiguration/AssignPublicIp")
        #expect(position(service.subnets[0]) == "7:23 Resources/Service/Properties/NetworkConfiguration/AwsvpcConfiguration/Subnets/0")
        #expect(service.subnets[0].value == .logical(file: "stack.json", id: "Subnet"))
        let subnet = try #require(fragment.subnets.first)
        #expect(subnet.mapPublicIpOnLaunch.value == true)
        #expect(position(subnet.mapPublicIpOnLaunch) == "10:82 Resources/Subnet/Properties/MapPublicIpOnLaunch")
    }

    @Test func cliJSONUsesTheSameModelWithCamelCaseFields() throws {
        let json = """
            {
                "services": [
                    {
                        "serviceName": "api",
                        "desiredCount": 1,
                        "networkConfiguration": {
                            "awsvpcConfiguration": {
                                "subnets": ["subnet-1"],
                                "assignPublicIp": "ENABLED"
                            }
                        }
                    }
                ]
            }
            """
        let fragment = loadFragment(json, file: "services.json")
        let service = try #require(fragment.services.first)
        #expect(service.resource.name == "api")
        #expect(position(service.resource.site) == "3:9 services/0")
        #expect(position(service.assignPublicIp) == "9:39 services/0/networkConfiguration/awsvpcConfiguration/assignPublicIp")
        #expect(position(service.desiredCount) == "5:29 services/0/desiredCount")
    }
}
