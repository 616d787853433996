import ArchlintRules

/// Small inputs written into temporary directories by the gate tests.
enum Inputs {
    /// A `rules:` section that turns off every rule but these, so that a test sees only the
    /// findings it is about while the catalog keeps growing.
    static func onlyRules(_ ids: Set<String>) -> String {
        "rules:\n" + RuleCatalog.shared.rules.filter { !ids.contains($0.id) }.map { "  \($0.id): {enabled: false}\n" }.joined()
    }

    /// The inline waiver of `template`: its entry starts at 7:13 (the `rule` key).
    static let waiver = """
                  - rule: LP101
                    reason: "Break-glass role, reviewed by security"
                    until: 2027-01-31
        """

    /// A role with administrator access (LP101 at 20:17), waived inline by `waiver` (or the
    /// lines given instead), and a service with one task behind a load balancer (HC108 at
    /// 23:3, HC109 at 26:21).
    static func template(waiver: String = waiver) -> String {
        """
        Resources:
          AdminRole:
            Type: AWS::IAM::Role
            Metadata:
              archlint:
                suppress:
        \(waiver)
            Properties:
              AssumeRolePolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: {Service: ec2.amazonaws.com}
                    Action: sts:AssumeRole
              Policies:
                - PolicyName: admin
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Action: '*'
                        Resource: '*'
          Service:
            Type: AWS::ECS::Service
            Properties:
              DesiredCount: 1
              LoadBalancers: [{ContainerName: api, ContainerPort: 80, TargetGroupArn: arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/api/1}]

        """
    }

    static let template = template()

    /// The same resources without a waiver (lines shift: LP101 at 14:17).
    static let templateWithoutWaiver = template.replacingOccurrences(
        of: "    Metadata:\n      archlint:\n        suppress:\n" + waiver + "\n", with: "")

    /// A standalone policy file granting iam:PassRole on every role (LP104 at 3:58).
    static let passRolePolicy = """
        {"Version": "2012-10-17",
         "Statement": [
           {"Effect": "Allow", "Action": ["ecs:UpdateService", "iam:PassRole"], "Resource": "*"}
         ]}

        """

    /// A policy file allowing everything (LP101 at 1:46).
    static let adminPolicy = """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}

        """
}
