extension RuleRegistry {
    static let certificate: [any Rule.Type] = [
        CE101CertificateExpired.self, CE102CertificateExpiring.self, CE103CertificateNotIssued.self,
        CE104RenewalAtRisk.self, CE105WeakKey.self, CE106WeakSignature.self, CE107EmailValidation.self,
        CE108NotYetValid.self, CE109ChainOutOfOrder.self,
    ]
}
