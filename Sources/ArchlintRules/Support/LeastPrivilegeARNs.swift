import ArchlintIAMCatalog
import ArchlintModel

/// Reading the ARNs and account IDs least-privilege rules judge. CloudFormation keeps
/// pseudo parameters as `${AWS::Partition}` / `${AWS::AccountId}` placeholders in the text.
enum LeastPrivilegeARNs {
    /// The six fields of an ARN, with the `${AWS::Partition}` placeholder read as a partition.
    static func fields(_ arn: String) -> [String]? {
        let text = FastText.replacing(arn, "${AWS::Partition}", with: "aws")
        let parts = FastText.fields(text, separator: ":", maxSplits: 5).map(String.init)
        guard parts.count == 6, parts[0] == "arn", parts[1] == "aws" || parts[1].hasPrefix("aws-") else { return nil }
        return parts
    }

    /// The name of an AWS managed policy (`arn:aws:iam::aws:policy/service-role/Name` → `Name`),
    /// nil for any other ARN.
    static func awsManagedPolicyName(_ arn: String) -> String? {
        guard let parts = fields(arn), parts[2] == "iam", parts[3].isEmpty, parts[4] == "aws",
              parts[5].hasPrefix("policy/"),
              let name = parts[5].split(separator: "/").last.map(String.init),
              !FastText.contains(name, "${"), !FastText.contains(name, "*") else { return nil }
        return name
    }

    /// An AWS managed policy read from a file of its own, and the name it is judged by.
    struct AWSManagedPolicyFile {
        let document: PolicyDocument
        let name: String
        /// Recognised by its statements (`PolicyDocument.awsManagedCopy`), not by its path.
        let isCopy: Bool

        /// How the file was recognised, for messages.
        var howRead: String { isCopy ? "whose text this file holds" : "read from its own file" }
    }

    /// AWS managed policy documents read from a file of their own: `get-policy-version` output
    /// saved as `AdministratorAccess.json` under a path the loader takes for AWS's (`aws-managed`,
    /// `arn:aws:iam::aws:policy`), where the file gives the name; and a policy file whose
    /// statements are an AWS managed policy's text, named after that policy. Documents in
    /// account details are named by their ARN and judged through the roles that attach them.
    static func awsManagedPolicyFiles(_ model: Architecture, copies: [Int: AWSManagedPolicies.Fingerprint]) -> [AWSManagedPolicyFile] {
        zip(model.policies.indices, model.policies).compactMap { index, policy in
            if let copy = copies[index] { return AWSManagedPolicyFile(document: policy, name: copy.name, isCopy: true) }
            guard policy.isAWSManaged, policy.isEffective, policy.owner.type == "AWS::IAM::ManagedPolicy",
                  policy.name == policy.owner.name, fileStem(policy.owner.file) == policy.owner.name else { return nil }
            return AWSManagedPolicyFile(document: policy, name: policy.name, isCopy: false)
        }
    }

    /// The file name without its folder and its last extension.
    static func fileStem(_ file: String) -> String {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        return name.lastIndex(of: ".").map { String(name[..<$0]) } ?? name
    }

    enum Account: Equatable {
        /// A 12-digit account ID.
        case id(String)
        /// `${AWS::AccountId}`: the account the template is deployed to.
        case deploying
        /// Written with a placeholder or a wildcard that cannot be read offline.
        case undetermined
    }

    static func isAccountID(_ text: String) -> Bool { text.count == 12 && text.allSatisfy(\.isASCIIDigit) }

    /// The account an `AWS` principal belongs to: a bare account ID, or an IAM or STS ARN.
    /// Nil when the principal names no account (`*`, a unique ID such as `AROA…`).
    static func account(ofPrincipal text: String) -> Account? {
        if isAccountID(text) { return .id(text) }
        if text == "${AWS::AccountId}" { return .deploying }
        guard let parts = fields(text), parts[2] == "iam" || parts[2] == "sts" else { return nil }
        if parts[4] == "${AWS::AccountId}" { return .deploying }
        return isAccountID(parts[4]) ? .id(parts[4]) : .undetermined
    }

    /// The account of a resource, when one of its keys is an ARN with an account ID.
    static func account(of resource: ResourceInfo) -> String? {
        for key in resource.keys {
            if let parts = fields(key), isAccountID(parts[4]) { return parts[4] }
        }
        return nil
    }
}

private extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
