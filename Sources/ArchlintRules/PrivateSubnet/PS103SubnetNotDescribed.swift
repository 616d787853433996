import ArchlintModel

/// A service subnet named by an ID that no scanned file describes: whether it is private
/// could not be checked.
struct PS103SubnetNotDescribed: Rule {
    static let id = "PS103"

    func check(_ model: Architecture, _ context: inout RuleContext) {
        for service in model.services.all where service.networkSite != nil {
            context.checked(service.resource)
            for reference in service.subnets {
                guard let site = reference.site, case .notDescribed(let id) = SubnetExposure.of(reference, in: model) else { continue }
                context.report("subnet \(id) is described in no scanned file, so whether it is private was not checked",
                               at: site, on: service.resource)
            }
        }
    }
}
