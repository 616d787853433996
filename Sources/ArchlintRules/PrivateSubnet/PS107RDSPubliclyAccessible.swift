import ArchlintModel

/// An RDS instance with a public endpoint.
struct PS107RDSPubliclyAccessible: Rule {
    static let id = "PS107"

    func check(_ model: Architecture, _ context: inout RuleContext) {
        for database in model.databases.all {
            context.checked(database.resource)
            guard case .known(true, let site) = database.publiclyAccessible else { continue }
            context.report("database instance is publicly accessible (PubliclyAccessible true)", at: site, on: database.resource)
        }
    }
}
