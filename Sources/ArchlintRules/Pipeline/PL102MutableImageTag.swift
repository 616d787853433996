import ArchlintModel

/// A container image referenced by `latest`, or by no tag or digest at all: a deployment
/// cannot be rolled back to a known image.
struct PL102MutableImageTag: Rule {
    static let id = "PL102"

    func check(_ model: Architecture, _ context: inout RuleContext) {
        for task in model.taskDefinitions.all {
            context.checked(task.resource)
            for container in task.containers {
                guard case .known(let image, let site) = container.image, !FastText.contains(image, "${") else { continue }
                if let problem = Self.problem(image) {
                    context.report("container `\(container.name.value ?? "?")` image \(problem)", at: site, on: task.resource)
                }
            }
        }
    }

    static func problem(_ image: String) -> String? {
        if FastText.contains(image, "@sha256:") || FastText.contains(image, "@sha512:") { return nil }
        let lastComponent = image.split(separator: "/").last.map(String.init) ?? image
        guard let colon = lastComponent.lastIndex(of: ":") else { return "has no tag or digest (it means latest)" }
        let tag = lastComponent[lastComponent.index(after: colon)...]
        return tag.lowercased() == "latest" ? "uses the mutable tag latest" : nil
    }
}
