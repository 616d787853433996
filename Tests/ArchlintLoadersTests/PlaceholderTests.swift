import ArchlintLoaders
import ArchlintModel
import Testing

/// Values written to be filled in later are unknown, not values: no rule reports from them.
@Suite struct PlaceholderTests {
    func image(_ written: String) throws -> Fact<String> {
        let text = #"{"family": "web", "containerDefinitions": [{"name": "web", "image": "\#(written)"}]}"#
        guard case .loaded(let fragment, _) = FileLoader.load(bytes: Array(text.utf8), file: "task-definition.json"),
              let container = fragment.taskDefinitions.first?.containers.first else {
            Issue.record("task definition not loaded")
            return .absent
        }
        return container.image
    }

    @Test(arguments: ["{{demo-app-image}}", "${IMAGE_URI}", "<IMAGE1_NAME>", "111122223333.dkr.ecr.eu-west-1.amazonaws.com/REPLACE_ME:1"])
    func placeholdersAreUnknown(written: String) throws {
        let value = try image(written)
        #expect(value.value == nil && !value.isAbsent, "\(written)")
    }

    @Test func writtenValuesAndPolicyVariablesStayKnown() throws {
        #expect(try image("nginx:1.27.2").value == "nginx:1.27.2")
        let policy = #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::home/${aws:username}/*"}]}"#
        guard case .loaded(let fragment, _) = FileLoader.load(bytes: Array(policy.utf8), file: "policy.json") else {
            Issue.record("policy not loaded")
            return
        }
        #expect(fragment.policyDocuments.first?.statements.first?.resources.first?.value == "arn:aws:s3:::home/${aws:username}/*")
    }
}
