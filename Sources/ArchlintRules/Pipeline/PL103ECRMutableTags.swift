import ArchlintModel

/// An ECR repository whose image tags can be overwritten.
struct PL103ECRMutableTags: Rule {
    static let id = "PL103"

    func check(_ model: Architecture, _ context: inout RuleContext) {
        for repository in model.repositories.all {
            context.checked(repository.resource)
            switch repository.tagMutability {
            case .absent:
                context.report("repository tags are mutable (imageTagMutability defaults to MUTABLE)",
                               at: repository.resource.site, on: repository.resource)
            case .known(let value, let site) where value.uppercased().hasPrefix("MUTABLE"):
                context.report("repository tags are mutable (imageTagMutability \(value))", at: site, on: repository.resource)
            case .known, .unknown:
                continue
            }
        }
    }
}
