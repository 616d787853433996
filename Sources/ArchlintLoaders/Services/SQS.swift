import ArchlintModel

/// SQS queue policies.
enum SQS {
    static let mappers = [
        ResourceMapper("AWS::SQS::QueuePolicy") { properties, info, model in
            guard let document = properties.child("PolicyDocument") else { return }
            model.fragment.policyDocuments.append(PolicyMapper.document(document, owner: info, name: "PolicyDocument",
                                                                        kind: .resource(.queue)))
        },
    ]
}
