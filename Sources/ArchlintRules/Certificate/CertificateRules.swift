extension RuleRegistry {
    static let certificate: [any Rule.Type] = [
        CE101CertificateExpired.self, CE102CertificateExpiring.self,
    ]
}
