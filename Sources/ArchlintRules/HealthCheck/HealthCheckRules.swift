extension RuleRegistry {
    static let healthCheck: [any Rule.Type] = [
        HC105HealthCheckPortMismatch.self, HC106ContainerWithoutHealthCheck.self, HC107HealthCheckCommandForm.self,
        HC108NoCircuitBreaker.self, HC109SingleTask.self, HC111NoGracePeriod.self,
    ]
}
