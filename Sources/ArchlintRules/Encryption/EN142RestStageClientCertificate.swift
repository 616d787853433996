import ArchlintModel

/// A REST API stage without a client certificate, in a template whose REST API sends requests
/// to HTTP backends (APIGateway.2): the backend cannot tell API Gateway's requests from anyone
/// else's. Security Hub judges a stage only when its API has HTTP integrations; a stage names
/// its API by `Ref`, which the property tree keeps only as unknown, so the link is made by
/// file: a template that declares exactly one REST API. Templates with none (the API is
/// elsewhere) or several are not judged: unknown is not false.
struct EN142RestStageClientCertificate: Rule {
    static let id = "EN142"

    func check(_ model: Architecture, _ context: inout RuleContext) {
        let stages = indices(model, "AWS::ApiGateway::Stage")
        guard !stages.isEmpty else { return }
        var apis: [String: Int] = [:]
        for index in indices(model, "AWS::ApiGateway::RestApi") { apis[model.resources[index].resource.file, default: 0] += 1 }
        var httpBackends: Set<String> = []
        for index in indices(model, "AWS::ApiGateway::Method") {
            let method = model.resources[index]
            guard let type = method.properties.child("Integration")?.node.child("Type")?.node.text,
                  ["HTTP", "HTTP_PROXY"].contains(type.uppercased()) else { continue }
            httpBackends.insert(method.resource.file)
        }
        for index in stages {
            let stage = model.resources[index]
            let file = stage.resource.file
            guard apis[file] == 1, httpBackends.contains(file) else { continue }
            context.checked(stage.resource)
            // Written but not known offline (a parameter without a default, a Ref) is not judged.
            guard stage.properties.child("ClientCertificateId") == nil else { continue }
            context.report("REST API stage has no ClientCertificateId, though its API sends requests to HTTP backends",
                           at: stage.resource.site, on: stage.resource)
        }
    }

    private func indices(_ model: Architecture, _ type: String) -> [Int] { model.resourcesByType[type] ?? [] }
}
