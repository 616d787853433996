extension RuleRegistry {
    /// Every rule implementation: each category lists its own in `<Category>/Rules.swift`.
    static let all: [any Rule.Type] = leastPrivilege + encryption + healthCheck + privateSubnet + certificate + pipeline
}
