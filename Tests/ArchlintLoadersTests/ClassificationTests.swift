import ArchlintLoaders
import ArchlintModel
import Testing

/// Inputs are recognised by their shape, never by their file name.
@Suite struct ClassificationTests {
    static let shapes: [(kind: String, text: String)] = [
        ("CloudFormation", "Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n"),
        ("ECS task definition", #"{"family": "web", "containerDefinitions": [{"name": "web", "image": "nginx"}]}"#),
        ("ECS task definition", #"{"taskDefinition": {"family": "web", "containerDefinitions": []}}"#),
        ("ECS service", #"{"serviceName": "web", "cluster": "c", "taskDefinition": "web:1"}"#),
        ("ECS services", #"{"services": [{"serviceName": "web"}], "failures": []}"#),
        ("IAM", #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}"#),
        ("IAM", #"{"RoleName": "r", "PolicyName": "p", "PolicyDocument": {"Version": "2012-10-17", "Statement": []}}"#),
        ("IAM", #"{"PolicyVersion": {"Document": {"Statement": []}, "VersionId": "v2", "IsDefaultVersion": false}}"#),
        ("IAM", #"{"RoleDetailList": [], "UserDetailList": [], "GroupDetailList": [], "Policies": []}"#),
        ("CodePipeline pipeline", #"{"pipeline": {"name": "p", "stages": []}}"#),
        ("CodeBuild projects", #"{"projects": [{"name": "b"}], "projectsNotFound": []}"#),
        ("CodeBuild buildspec", "version: 0.2\nphases:\n  build:\n    commands: [make]\n"),
        ("ELBv2 description", #"{"LoadBalancers": []}"#),
        ("ELBv2 description", #"{"TargetGroups": [{"TargetGroupName": "t"}]}"#),
        ("ELBv2 description", #"{"Listeners": []}"#),
        ("EC2 network description", #"{"Subnets": [{"SubnetId": "subnet-1"}]}"#),
        ("EC2 network description", #"{"RouteTables": []}"#),
        ("EC2 network description", #"{"SecurityGroups": []}"#),
        ("ECR repositories", #"{"repositories": [{"repositoryName": "r"}]}"#),
        ("ACM certificate", #"{"Certificate": {"CertificateArn": "arn:aws:acm:eu-west-1:1:certificate/1"}}"#),
        ("CloudWatch log groups", #"{"logGroups": [{"logGroupName": "/ecs/web"}]}"#),
    ]

    @Test(arguments: shapes.indices)
    func recognisesEachShapeWhateverTheFileName(index: Int) {
        let (kind, text) = Self.shapes[index]
        guard case .loaded(let fragment, _) = FileLoader.load(bytes: Array(text.utf8), file: "anything.json") else {
            Issue.record("\(kind) not loaded: \(text)")
            return
        }
        #expect(fragment.documentKinds == [kind])
    }

    @Test(arguments: [
        "services:\n  web:\n    image: nginx\n",                       // docker-compose.yml
        #"{"name": "app", "version": "1.0.0", "dependencies": {}}"#,  // package.json
        "",                                                           // empty file
        "just a string\n",
    ])
    func skipsFilesOfNoKnownKind(text: String) {
        guard case .skipped = FileLoader.load(bytes: Array(text.utf8), file: "docker-compose.yml") else {
            Issue.record("expected skipped: \(text)")
            return
        }
    }

    @Test func duplicateKeysAreALoadErrorNamingBothLines() {
        let text = """
            {
              "Version": "2012-10-17",
              "Statement": [],
              "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]
            }
            """
        guard case .failed(let error) = FileLoader.load(bytes: Array(text.utf8), file: "policy.json") else {
            Issue.record("a policy with two Statement keys must not load")
            return
        }
        #expect(error.line == 4 && error.column == 3)
        #expect(error.message == #"duplicate key "Statement" (first at 3:3)"#)
    }

    @Test func syntaxErrorsCarryLineAndColumn() {
        guard case .failed(let error) = FileLoader.load(bytes: Array("{\"a\": 1,, }".utf8), file: "bad.json") else {
            Issue.record("must fail")
            return
        }
        #expect(error.file == "bad.json" && error.line == 1 && error.column >= 1)
        #expect(!error.message.isEmpty)
    }

    @Test func aTrustPolicyFileIsLoadedAsTrust() throws {
        let text = #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ecs-tasks.amazonaws.com"}, "Action": "sts:AssumeRole"}]}"#
        let fragment = loadFragment(text, file: "trust.json")
        #expect(fragment.policyDocuments.first?.kind == .trust)
    }
}
