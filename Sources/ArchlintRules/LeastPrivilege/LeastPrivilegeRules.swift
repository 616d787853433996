extension RuleRegistry {
    static let leastPrivilege: [any Rule.Type] = [
        LP101AdminAccess.self, LP104PassRoleUnrestricted.self,
    ]
}
