import ArchlintModel

/// A container image referenced by `latest`, or by no tag or digest at all: a deployment
/// cannot be rolled back to a known image. Buildspecs count too: one that writes
/// `imagedefinitions.json` naming `:latest`, or whose every `docker push` pushes `:latest`,
/// deploys the mutable tag.
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
        for buildspec in model.buildspecs.all {
            context.checked(buildspec.resource)
            for (message, site) in Self.buildspecProblems(buildspec.commands) {
                context.report(message, at: site, on: buildspec.resource)
            }
        }
    }

    static func problem(_ image: String) -> String? {
        if FastText.contains(image, "@sha256:") || FastText.contains(image, "@sha512:") { return nil }
        // The last `/`-separated component (trailing `/` ignored), by UTF-8 byte: `/` and `:` are
        // ASCII, and an image resolved from a parameter's default may be long.
        let utf8 = image.utf8, slash = UInt8(ascii: "/")
        var component = utf8[...]
        if let end = utf8.lastIndex(where: { $0 != slash }) {
            let start = utf8[...end].lastIndex(of: slash).map { utf8.index(after: $0) } ?? utf8.startIndex
            component = utf8[start...end]
        }
        guard let colon = component.lastIndex(of: UInt8(ascii: ":")) else { return "has no tag or digest (it means latest)" }
        let tag = image[utf8.index(after: colon)..<component.endIndex]
        return tag.utf8.count == 6 && tag.lowercased() == "latest" ? "uses the mutable tag latest" : nil
    }

    /// The image definitions written with `:latest`, or else the first push when every
    /// `docker push` of the buildspec pushes `:latest`.
    static func buildspecProblems(_ commands: [Fact<String>]) -> [(String, Site)] {
        var result: [(String, Site)] = []
        var pushes: [(tag: String, site: Site)] = []
        for case .known(let command, let site) in commands {
            let lower = command.lowercased()
            if (lower.contains("imagedefinitions.json") || lower.contains("imagedetail.json")) && lower.contains(":latest") {
                result.append(("the image definitions this build writes name the mutable tag latest", site))
            }
            pushes += pushedTags(command).map { ($0, site) }
        }
        if result.isEmpty, let first = pushes.first, pushes.allSatisfy({ $0.tag == "latest" }) {
            result.append(("the build pushes only the mutable tag latest: a deployment cannot be rolled back to a known image",
                           first.site))
        }
        return result
    }

    /// Tags of the images a shell command pushes (`docker push repo:tag`, `docker image push`),
    /// lowercased; a digest or an untagged name gives no tag.
    static func pushedTags(_ command: String) -> [String] {
        var tags: [String] = []
        for line in command.split(whereSeparator: { $0 == "\n" || $0 == ";" || $0 == "&" }) {
            let words = line.split(separator: " ").map(String.init)
            guard let docker = words.firstIndex(of: "docker") else { continue }
            var rest = words[(docker + 1)...]
            if rest.first == "image" { rest = rest.dropFirst() }
            guard rest.first == "push" else { continue }
            guard let image = rest.dropFirst().last(where: { !$0.hasPrefix("-") }),
                  !image.contains("@sha") else { continue }
            let last = image.split(separator: "/").last.map(String.init) ?? image
            guard let colon = last.lastIndex(of: ":") else { continue }
            tags.append(String(last[last.index(after: colon)...]).filter { $0 != "\"" && $0 != "'" }.lowercased())
        }
        return tags
    }
}
