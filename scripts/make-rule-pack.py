#!/usr/bin/env python3
"""Writes a rule pack of N property rules (default 100) for measuring what a pack costs:
    python3 scripts/make-rule-pack.py /tmp/pack100 [N]
    archlint check ../shared/corpus --rules /tmp/pack100 --fail-on never --timings
Each rule is a realistic property check over a common resource type, cycling through the
types and tests below; IDs are BENCH001... The examples are minimal (one of each kind)."""
import sys
from pathlib import Path

CHECKS = [
    ("AWS::S3::Bucket", "{has-tag: CostCenter}"),
    ("AWS::S3::Bucket", "{property: BucketName, matches: '^acme-'}"),
    ("AWS::S3::Bucket", "{property: VersioningConfiguration.Status, equals: Enabled}"),
    ("AWS::EC2::Instance", "{not: {property: InstanceType, matches: '^t2\\.'}}"),
    ("AWS::EC2::Instance", "{property: Monitoring, equals: true}"),
    ("AWS::EC2::SecurityGroup", "{not: {property: 'SecurityGroupIngress[*].CidrIp', equals: 0.0.0.0/0}}"),
    ("AWS::EC2::SecurityGroup", "{property: GroupDescription, matches: '^[A-Z]'}"),
    ("AWS::IAM::Role", "{property: MaxSessionDuration, at-most: 3600}"),
    ("AWS::IAM::Role", "{property: Path, equals: /app/}"),
    ("AWS::Lambda::Function", "{property: Timeout, at-most: 300}"),
    ("AWS::Lambda::Function", "{property: Runtime, one-of: [python3.12, nodejs20.x, java21]}"),
    ("AWS::Lambda::Function", "{tag: Owner, exists: true}"),
    ("AWS::DynamoDB::Table", "{property: PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled, equals: true}"),
    ("AWS::RDS::DBInstance", "{property: MultiAZ, equals: true}"),
    ("AWS::RDS::DBInstance", "{property: BackupRetentionPeriod, at-least: 7}"),
    ("AWS::SNS::Topic", "{property: KmsMasterKeyId, exists: true}"),
    ("AWS::SQS::Queue", "{property: MessageRetentionPeriod, at-least: 86400}"),
    ("AWS::ECS::TaskDefinition", "{property: 'ContainerDefinitions[*].ReadonlyRootFilesystem', equals: true}"),
    ("AWS::ECS::Service", "{property: DesiredCount, at-least: 2}"),
    ("AWS::Logs::LogGroup", "{property: RetentionInDays, at-least: 90}"),
]

TEMPLATE = """id: {id}
slug: bench-{n}
title: Benchmark rule {n}
category: bench
severity: note
rationale: A generated rule for measuring the cost of rule packs.
remediation: None.
references: [https://docs.aws.amazon.com/]
check:
  resources: [{type}]
  assert: {cond}
  message: benchmark rule {n} ({{value}})
examples:
  - description: generated
    triggering: true
    files:
      t.yaml: |
        Resources:
          ⚠X: {{Type: AWS::Bench::Nothing}}
  - description: generated
    triggering: false
    files:
      t.yaml: |
        Resources:
          X: {{Type: AWS::Bench::Nothing}}
"""

out = Path(sys.argv[1])
count = int(sys.argv[2]) if len(sys.argv) > 2 else 100
out.mkdir(parents=True, exist_ok=True)
for n in range(1, count + 1):
    type_, cond = CHECKS[(n - 1) % len(CHECKS)]
    rule_id = f"BENCH{n:03d}"
    (out / f"{rule_id}.yaml").write_text(TEMPLATE.format(id=rule_id, n=n, type=type_, cond=cond))
print(f"{count} rules in {out}")
