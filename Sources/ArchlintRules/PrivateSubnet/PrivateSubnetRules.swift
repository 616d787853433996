extension RuleRegistry {
    static let privateSubnet: [any Rule.Type] = [
        PS101PublicIPAssigned.self, PS102PublicSubnetPlacement.self,
    ]
}
