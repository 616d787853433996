import ArchlintModel

/// SQS queue policies.
enum SQS {
    static let mappers = [PolicyMapper.resourcePolicy("AWS::SQS::QueuePolicy", on: .queue)]
}
