import ArchlintModel

/// CodePipeline pipelines: `AWS::CodePipeline::Pipeline` and `codepipeline get-pipeline`.
enum CodePipeline {
    static let pipelineType = "AWS::CodePipeline::Pipeline"

    static let mappers = [
        ResourceMapper(pipelineType, into: \.pipelines, named: "name", fallback: "pipeline", keys: [], read: pipeline),
    ]

    static func pipeline(_ body: Cursor, resource: ResourceInfo) -> Pipeline {
        var pipeline = Pipeline(resource: resource)
        pipeline.pipelineName = body.child("name")?.string ?? .absent
        pipeline.role = body.child("roleArn")?.reference ?? .absent
        var stores: [Cursor] = []
        if let store = body.child("artifactStore") { stores.append(store) }
        for (_, store) in body.child("artifactStores")?.pairs ?? [] { stores.append(store) }
        for store in body.child("artifactStores")?.items ?? [] where store.has("ArtifactStore") {
            if let inner = store.child("ArtifactStore") { stores.append(inner) }
        }
        pipeline.artifactStores = stores.map { store in
            ArtifactStore(site: store.site, location: store.child("location")?.string ?? .absent,
                          encryptionKey: store.child("encryptionKey", "id")?.string ?? .absent)
        }
        pipeline.stages = (body.child("stages")?.items ?? []).filter(\.isMapping).map { stage in
            Stage(site: stage.site, name: stage.child("name")?.string ?? .absent,
                  actions: (stage.child("actions")?.items ?? []).filter(\.isMapping).map(action))
        }
        return pipeline
    }

    static func action(_ cursor: Cursor) -> PipelineAction {
        var action = PipelineAction(site: cursor.site)
        action.name = cursor.child("name")?.string ?? .absent
        let type = cursor.child("actionTypeId")
        action.category = type?.child("category")?.string ?? .absent
        action.owner = type?.child("owner")?.string ?? .absent
        action.provider = type?.child("provider")?.string ?? .absent
        action.version = type?.child("version")?.string ?? .absent
        for (key, value) in cursor.child("configuration")?.pairs ?? [] {
            action.configuration[key] = value.string
        }
        return action
    }
}
