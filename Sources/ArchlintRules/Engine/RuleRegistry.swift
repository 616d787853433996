/// Every rule implementation, by ID. The metadata comes from the rule files; a test checks
/// that both sides list the same IDs.
public enum RuleRegistry {
    public static let implementations: [String: any Rule.Type] = {
        var table: [String: any Rule.Type] = [:]
        for type in all { table[type.id] = type }
        return table
    }()
}
