import ArchlintModel

/// ECR repositories, CodePipeline pipelines and CodeBuild projects: CloudFormation's PascalCase
/// and the API's camelCase name the same fields.
enum DeliveryMapper {
    static func repository(_ body: Cursor, resource: ResourceInfo) -> Repository {
        var repository = Repository(resource: resource)
        repository.repositoryName = body.child("repositoryName")?.string ?? .absent
        repository.arn = body.child("repositoryArn")?.string.value
        repository.tagMutability = body.child("imageTagMutability")?.string ?? .absent
        repository.scanOnPush = body.child("imageScanningConfiguration", "scanOnPush")?.bool
            ?? body.child("imageScanningConfiguration", "ScanOnPush")?.bool ?? .absent
        repository.encryptionType = body.child("encryptionConfiguration", "encryptionType")?.string ?? .absent
        repository.kmsKey = body.child("encryptionConfiguration", "kmsKey")?.string ?? .absent
        return repository
    }

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

    static func buildProject(_ body: Cursor, resource: ResourceInfo) -> BuildProject {
        var project = BuildProject(resource: resource)
        project.projectName = body.child("name")?.string ?? .absent
        project.serviceRole = body.child("serviceRole")?.reference ?? .absent
        project.encryptionKey = body.child("encryptionKey")?.string ?? .absent
        project.environmentVariables = (body.child("environment", "environmentVariables")?.items ?? [])
            .filter(\.isMapping).map { entry in
                EnvironmentVariable(site: entry.site, name: entry.child("name")?.string ?? .absent,
                                    value: entry.child("value")?.string ?? .absent,
                                    type: entry.child("type")?.string ?? .absent)
            }
        return project
    }

    /// A buildspec file (`version` + `phases`) or an inline one.
    static func buildspec(_ body: Cursor, resource: ResourceInfo) -> Buildspec {
        var spec = Buildspec(resource: resource)
        for (name, value) in body.child("env", "variables")?.pairs ?? [] {
            spec.variables.append(EnvironmentVariable(site: value.site, name: .known(name, value.site),
                                                      value: value.string, type: .known("PLAINTEXT", value.site)))
        }
        for (_, phase) in body.child("phases")?.pairs ?? [] {
            for command in phase.child("commands")?.items ?? [] { spec.commands.append(command.string) }
            for command in phase.child("finally")?.items ?? [] { spec.commands.append(command.string) }
        }
        return spec
    }
}
