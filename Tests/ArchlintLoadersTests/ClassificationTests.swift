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
        ("CodeBuild project", #"{"name": "b", "source": {"type": "NO_SOURCE"}, "environment": {"type": "LINUX_CONTAINER"}}"#),
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
        // Any name: only a `.json` file must hold JSON, so YAML text gets another extension.
        let file = text.hasPrefix("{") ? "anything.json" : "anything.yml"
        guard case .loaded(let fragment, _) = FileLoader.load(bytes: Array(text.utf8), file: file) else {
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

@Suite struct JSONFileTests {
    /// A file named .json that only YAML accepts is a load error at its line, not YAML.
    @Test func yamlOnlyTextInAJSONFileIsALoadError() throws {
        guard case .failed(let error) = FileLoader.load(bytes: Array("{\"a\": 1,\n \"b\": [ {{command}} ]}\n".utf8), file: "x.json")
        else {
            Issue.record("expected a load error")
            return
        }
        #expect(error.line == 2)
        #expect(error.column == 10)
        #expect(error.message.hasPrefix("not valid JSON"))
        // The same text in a .yaml file is YAML (and of no kind archlint reads).
        guard case .skipped = FileLoader.load(bytes: Array("{\"a\": 1,\n \"b\": [ {{command}} ]}\n".utf8), file: "x.yaml") else {
            Issue.record("expected the YAML file to be read and skipped")
            return
        }
    }

    /// AWS applies the 2008-10-17 language to a resource policy without Version: it is a policy.
    @Test func aResourcePolicyWithoutVersionIsAPolicy() {
        let text = #"{"Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "sqs:SendMessage", "Resource": "*"}]}"#
        guard case .loaded(let fragment, _) = FileLoader.load(bytes: Array(text.utf8), file: "queue-policy.json") else {
            Issue.record("expected the policy to load")
            return
        }
        #expect(fragment.policyDocuments.count == 1)
    }
}
