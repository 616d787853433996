import ArchlintModel

/// SNS topic policies.
enum SNS {
    static let mappers = [PolicyMapper.resourcePolicy("AWS::SNS::TopicPolicy", on: .topic)]
}
