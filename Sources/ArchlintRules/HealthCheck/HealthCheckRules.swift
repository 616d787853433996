extension RuleRegistry {
    static let healthCheck: [any Rule.Type] = [
        HC102MatcherAcceptsErrors.self, HC103TimeoutNotBelowInterval.self, HC104SlowFailureDetection.self,
        HC105HealthCheckPortMismatch.self, HC106ContainerWithoutHealthCheck.self, HC107HealthCheckCommandForm.self,
        HC108NoCircuitBreaker.self, HC109SingleTask.self, HC111NoGracePeriod.self,
    ]
}
