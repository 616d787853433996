import ArchlintModel

/// A REST API stage without a client certificate, whose REST API sends requests to HTTP
/// backends (APIGateway.2): the backend cannot tell API Gateway's requests from anyone else's.
/// Security Hub judges a stage only when its API has HTTP integrations. Stages and methods
/// name their API by `RestApiId`; the link is followed when that is a `Ref` or `GetAtt` to a
/// REST API of the same template. A stage whose API is not known offline (a parameter, an
/// import) is not judged: unknown is not false.
struct EN142RestStageClientCertificate: Rule {
    static let id = "EN142"

    func check(_ model: Architecture, _ context: inout RuleContext) {
        let stages = indices(model, "AWS::ApiGateway::Stage")
        guard !stages.isEmpty else { return }
        var apis: Set<API> = []
        for index in indices(model, "AWS::ApiGateway::RestApi") {
            let api = model.resources[index].resource
            apis.insert(API(file: api.file, id: api.name))
        }
        var httpBackends: Set<API> = []
        for index in indices(model, "AWS::ApiGateway::Method") {
            let method = model.resources[index]
            guard let type = method.properties.child("Integration")?.node.child("Type")?.node.text,
                  ["HTTP", "HTTP_PROXY"].contains(type.uppercased()) else { continue }
            if let api = Self.api(of: method) { httpBackends.insert(api) }
        }
        for index in stages {
            let stage = model.resources[index]
            guard let api = Self.api(of: stage), apis.contains(api), httpBackends.contains(api) else { continue }
            context.checked(stage.resource)
            // Written but not known offline (a parameter without a default, a Ref) is not judged.
            guard stage.properties.child("ClientCertificateId") == nil else { continue }
            context.report("REST API stage of \(api.id) has no ClientCertificateId, though the API sends requests to HTTP backends",
                           at: stage.resource.site, on: stage.resource)
        }
    }

    /// A REST API of a template, by file and logical ID.
    private struct API: Hashable {
        var file: String
        var id: String
    }

    /// The REST API a stage or method names through `RestApiId`, when it is a resource of its template.
    private static func api(of resource: GenericResource) -> API? {
        guard case .resourceReference(let id)? = resource.properties.child("RestApiId")?.node.value else { return nil }
        return API(file: resource.resource.file, id: id)
    }

    private func indices(_ model: Architecture, _ type: String) -> [Int] { model.resourcesByType[type] ?? [] }
}
