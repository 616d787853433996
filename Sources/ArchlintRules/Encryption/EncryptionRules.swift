extension RuleRegistry {
    static let encryption: [any Rule.Type] = [
        EN101PlaintextSecret.self, EN102HTTPListenerForwards.self,
    ]
}
