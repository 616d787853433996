#!/usr/bin/env python3
"""Writes a large CloudFormation template for memory and speed measurements.

Usage: scripts/gen-large-template.py OUT.yaml [RESOURCES] [TARGET_MB]
Defaults: 20,000 resources, padded with realistic descriptions to about 30 MB.
The resources cycle through IAM roles, task definitions, services, security groups and
target groups, some with deliberate violations, so every rule has work to do.
"""
import sys

out = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 20_000
target_mb = float(sys.argv[3]) if len(sys.argv) > 3 else 30.0
pad_line = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor. "

def role(i):
    return f"""  Role{i}:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: {{Service: ecs-tasks.amazonaws.com}}
            Action: sts:AssumeRole
      Policies:
        - PolicyName: app{i}
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Action: [s3:GetObject, s3:PutObject, {"'ecs:*'" if i % 7 == 0 else 'logs:PutLogEvents'}]
                Resource: {"'*'" if i % 5 == 0 else f"!Sub 'arn:aws:s3:::bucket-{i}/*'"}
"""

def task(i):
    return f"""  Task{i}:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: app-{i}
      NetworkMode: awsvpc
      TaskRoleArn: !GetAtt Role{i - 1}.Arn
      ContainerDefinitions:
        - Name: app
          Image: 111122223333.dkr.ecr.eu-west-1.amazonaws.com/app-{i}:{'latest' if i % 3 == 0 else '1.0.' + str(i)}
          PortMappings: [{{ContainerPort: 8080}}]
          Environment:
            - {{Name: MODE, Value: production}}
            - {{Name: {'DB_PASSWORD' if i % 11 == 0 else 'DB_HOST'}, Value: db-{i}.internal}}
"""

def service(i):
    return f"""  Service{i}:
    Type: AWS::ECS::Service
    Properties:
      TaskDefinition: !Ref Task{i - 1}
      DesiredCount: {1 if i % 4 == 0 else 2}
      NetworkConfiguration:
        AwsvpcConfiguration:
          AssignPublicIp: {'ENABLED' if i % 6 == 0 else 'DISABLED'}
          Subnets: [subnet-{i:08x}]
          SecurityGroups: [!Ref Group{i + 1}]
      DeploymentConfiguration:
        DeploymentCircuitBreaker: {{Enable: true, Rollback: true}}
"""

def group(i):
    return f"""  Group{i}:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: app {i}
      VpcId: vpc-0123456789abcdef0
      SecurityGroupIngress:
        - {{IpProtocol: tcp, FromPort: 8080, ToPort: 8080, CidrIp: {'0.0.0.0/0' if i % 9 == 0 else '10.0.0.0/16'}}}
"""

def target_group(i):
    return f"""  Targets{i}:
    Type: AWS::ElasticLoadBalancingV2::TargetGroup
    Properties:
      Port: 8080
      Protocol: HTTP
      TargetType: ip
      HealthCheckIntervalSeconds: {30 if i % 8 else 60}
      HealthCheckTimeoutSeconds: 5
      UnhealthyThresholdCount: {3 if i % 8 else 10}
      Matcher: {{HttpCode: '{'200-499' if i % 10 == 0 else '200'}'}}
"""

makers = [role, task, service, group, target_group]
body = []
size = 0
for i in range(count):
    text = makers[i % len(makers)](i)
    body.append(text)
    size += len(text)
target = int(target_mb * 1024 * 1024)
pad_each = max(0, (target - size) // count)
with open(out, "w") as f:
    f.write("AWSTemplateFormatVersion: '2010-09-09'\nDescription: generated for measurements\nResources:\n")
    for text in body:
        lines = text.split("\n", 2)
        f.write(lines[0] + "\n" + lines[1] + "\n")
        if pad_each:
            repeats = max(1, pad_each // len(pad_line))
            f.write("    Metadata:\n      Note: >-\n" + "".join("        " + pad_line + "\n" for _ in range(repeats)))
        f.write(lines[2])
