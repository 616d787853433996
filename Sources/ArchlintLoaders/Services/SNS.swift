import ArchlintModel

/// SNS topic policies.
enum SNS {
    static let mappers = [
        ResourceMapper("AWS::SNS::TopicPolicy") { properties, info, model in
            guard let document = properties.child("PolicyDocument") else { return }
            model.fragment.policyDocuments.append(PolicyMapper.document(document, owner: info, name: "PolicyDocument",
                                                                        kind: .resource(.topic)))
        },
    ]
}
