import ArchlintModel

/// Collects what the mappers read from one document, then joins the pieces that declarative
/// formats declare apart (routes, subnet associations, security group ingress) to what they name.
struct ModelBuilder {
    let file: String
    var fragment = ModelFragment()
    var routes: [(table: Fact<Reference>, route: Route)] = []
    var associations: [(table: Fact<Reference>, subnet: Fact<Reference>)] = []
    var ingress: [(group: Fact<Reference>, rule: IngressRule)] = []
    /// Resources read (for CloudFormation: those with a type).
    var count = 0

    init(file: String) {
        self.file = file
    }

    /// Appends what another builder of the same document collected after this one's.
    mutating func join(_ other: ModelBuilder) {
        fragment.append(other.fragment)
        routes += other.routes
        associations += other.associations
        ingress += other.ingress
        count += other.count
    }

    /// Logical ID a reference names in this document, if any.
    private func logicalID(_ reference: Fact<Reference>) -> String? {
        if case .logical(let referenceFile, let id)? = reference.value, referenceFile == file { return id }
        return nil
    }

    mutating func finish() -> ModelFragment {
        guard !routes.isEmpty || !associations.isEmpty || !ingress.isEmpty else { return fragment }
        for index in fragment.routeTables.indices {
            let id = fragment.routeTables[index].resource.name
            fragment.routeTables[index].routes += routes.filter { logicalID($0.table) == id }.map { $0.route }
            fragment.routeTables[index].subnets += associations.filter { logicalID($0.table) == id }.map { $0.subnet }
        }
        for index in fragment.securityGroups.indices {
            let id = fragment.securityGroups[index].resource.name
            fragment.securityGroups[index].ingress += ingress.filter { logicalID($0.group) == id }.map { $0.rule }
        }
        return fragment
    }
}
