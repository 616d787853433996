extension RuleRegistry {
    static let healthCheck: [any Rule.Type] = [
        HC108NoCircuitBreaker.self, HC109SingleTask.self,
    ]
}
