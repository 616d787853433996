import ArchlintModel
import ArchlintYAML

/// The CloudFormation (or SAM) front end: every resource is kept as a property tree, and a
/// resource whose type a service maps (`Services.byType`) is also read into its typed entity.
enum CloudFormationLoader {
    /// A template: a `Resources` mapping whose entries have `Type` (or `Fn::ForEach` loops, or
    /// none yet), or any document that declares `AWSTemplateFormatVersion`, or a macro template
    /// (`Transform` beside `Resources`).
    static func isTemplate(_ root: Node) -> Bool {
        guard case .mapping = root.kind else { return false }
        if root["AWSTemplateFormatVersion"] != nil { return true }
        guard let resources = root["Resources"] else { return false }
        if root["Transform"] != nil { return true }
        guard case .mapping(let pairs) = resources.kind else { return false }
        return pairs.isEmpty || pairs.contains { pair in
            pair.value["Type"] != nil || (pair.key.scalar?.hasPrefix("Fn::ForEach::") ?? false)
        }
    }

    /// The template inside a CloudFormation macro's event (`{"fragment": {...}}`), if any.
    static func macroFragment(_ root: Node) -> Node? {
        guard root["requestId"] != nil || root["transformId"] != nil, let fragment = root["fragment"],
              isTemplate(fragment) else { return nil }
        return fragment
    }

    /// Templates with at least this many resources are mapped on several threads, in chunks.
    static let parallelResourceThreshold = 2_000

    static func load(_ root: Node, file: String, path: String = "", jobs: Int = 1,
                     deployed: StackParameters? = nil, source: SourceLines? = nil) -> (ModelFragment, resourceCount: Int) {
        // What the template declares, read from the bare nodes (no sites needed here).
        var types: [String: String] = [:]
        for pair in Cursor.childNode(root, "Resources")?.pairs ?? [] {
            guard let id = pair.key.scalar, let type = Cursor.childNode(pair.value, "Type"), !type.isNull,
                  let name = type.scalar else { continue }
            types[id] = name
        }
        let parameters = Set((Cursor.childNode(root, "Parameters")?.pairs ?? []).compactMap { $0.key.scalar })
        let context = TemplateContext(file: file, resourceTypes: types, parameters: parameters,
                                      parameterValues: TemplateSections.parameterValues(root, deployed: deployed),
                                      source: source, mappings: Cursor.childNode(root, "Mappings"))
            .deciding(Cursor.childNode(root, "Conditions"))
        // A `Fn::If` whose condition is decided offline reads as the branch it takes.
        let template = Cursor(node: context.resolvingChoices(root),
                              site: Site(file: file, line: root.mark.line, column: root.mark.column, path: path), template: context)

        let resources = template.child("Resources")?.pairs ?? []
        // Resources map independently; a very large template is cut into ordered chunks so
        // that one huge file uses every core too (the chunks join in order: same model).
        let chunkCount = jobs > 1 && resources.count >= parallelResourceThreshold ? jobs * 4 : 1
        let chunkSize = (resources.count + chunkCount - 1) / max(1, chunkCount)
        let chunks = stride(from: 0, to: resources.count, by: max(1, chunkSize)).map { $0..<min($0 + chunkSize, resources.count) }
        let builders = ParallelMap.map(chunks, jobs: jobs) { range in
            var builder = ModelBuilder(file: file)
            builder.fragment.resources.reserveCapacity(range.count)
            for (id, body) in resources[range] {
                guard body.isMapping, let type = body.child("Type")?.string.value else { continue }
                builder.count += 1
                let info = ResourceInfo(name: id, type: type, site: body.site, origin: .cloudFormation)
                let properties = body.child("Properties")
                    ?? Cursor(node: Node.emptyMapping, site: body.site.appending("Properties"), template: context)
                Services.byType[type]?.map(properties, info, &builder)
                builder.fragment.resources.append(GenericResource(
                    resource: info, propertiesSite: properties.site, properties: PropertyTrees.tree(properties),
                    condition: body.child("Condition")?.string.value))
                builder.fragment.suppressions += InlineSuppressions.read(body, resource: id)
            }
            return builder
        }
        var builder = ModelBuilder(file: file)
        for chunk in builders { builder.join(chunk) }
        var declarations = TemplateSections.read(template)
        declarations.defaultedValues = context.defaultUses.all
        builder.fragment.templates = [declarations]
        return (builder.finish(), builder.count)
    }
}

extension Node {
    static let emptyMapping = Node(kind: .mapping([]), tag: nil, style: .block, mark: Mark(line: 1, column: 1), aliasMark: nil)
}
