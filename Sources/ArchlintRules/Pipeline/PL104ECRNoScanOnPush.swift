import ArchlintModel

/// An ECR repository that does not scan images when they are pushed.
struct PL104ECRNoScanOnPush: Rule {
    static let id = "PL104"

    func check(_ model: Architecture, _ context: inout RuleContext) {
        for repository in model.repositories.all {
            context.checked(repository.resource)
            switch repository.scanOnPush {
            case .absent:
                context.report("repository does not scan images on push (scanOnPush defaults to false)",
                               at: repository.resource.site, on: repository.resource)
            case .known(false, let site):
                context.report("repository does not scan images on push (scanOnPush false)", at: site, on: repository.resource)
            case .known, .unknown:
                continue
            }
        }
    }
}
