import ArchlintModel

/// An EFS volume of a task definition mounted without TLS: `transitEncryption` defaults to
/// `DISABLED`.
struct EN104EFSTransitEncryption: Rule {
    static let id = "EN104"

    func check(_ model: Architecture, _ context: inout RuleContext) {
        for task in model.taskDefinitions.all {
            context.checked(task.resource)
            for volume in task.efsVolumes {
                let name = volume.name.value.map { "EFS volume `\($0)`" } ?? "EFS volume"
                switch volume.transitEncryption {
                case .known(let value, let site) where value.uppercased() != "ENABLED":
                    context.report("\(name) mounts without encryption in transit (transitEncryption \(value))",
                                   at: site, on: task.resource)
                case .absent:
                    context.report("\(name) mounts without encryption in transit (transitEncryption defaults to DISABLED)",
                                   at: volume.site, on: task.resource)
                case .known, .unknown:
                    continue
                }
            }
        }
    }
}
