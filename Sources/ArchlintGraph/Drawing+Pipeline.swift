import ArchlintModel

/// Each pipeline as its chain of stages, with its role, its build projects and their roles,
/// and a missing manual approval drawn where it should be.
extension Drawing {
    mutating func drawPipelines() {
        for pipeline in model.pipelines.all { drawPipeline(pipeline) }
        for project in model.buildProjects.all { drawBuildProject(project, cluster: nil) }
    }

    private mutating func drawPipeline(_ pipeline: Pipeline) {
        let name = pipeline.pipelineName.value ?? pipeline.resource.name
        let group = cluster("pipeline:\(pipeline.resource.file)#\(pipeline.resource.name)", "pipeline " + name)
        let head = node(pipeline.resource, .pipeline, title: "pipeline " + name, cluster: group)
        if let role = model.roles.resolve(pipeline.role) { edge(head, drawRole(role), "pipeline role") }
        let firstDeploy = pipeline.stages.firstIndex { $0.actions.contains(where: Self.isDeploy) }
        let approved = firstDeploy.map { index in
            pipeline.stages[..<index].contains { $0.actions.contains(where: Self.isApproval) }
        } ?? true
        var previous = head
        for (index, stage) in pipeline.stages.enumerated() {
            if index == firstDeploy, !approved {
                let missing = node(.missingApproval, title: "no manual approval", lines: ["every change deploys straight away"],
                                   cluster: group, tone: .danger)
                edge(previous, missing, tone: .danger, dashed: true)
                previous = missing
            }
            let actions = stage.actions.map { action in
                (action.provider.value ?? "?") + (action.category.value.map { " (\($0))" } ?? "")
            }
            let isApproval = stage.actions.contains(where: Self.isApproval)
            let id = node(.stage, title: "stage " + (stage.name.value ?? "?"), lines: actions, cluster: group,
                          tone: isApproval ? .safe : .plain)
            edge(previous, id)
            previous = id
            for action in stage.actions { link(action, from: id, cluster: group) }
        }
    }

    /// A CodeBuild action to its project; an ECS deploy action to its service.
    private mutating func link(_ action: PipelineAction, from stage: String, cluster: String) {
        if action.provider.value == "CodeBuild", let name = action.configuration["ProjectName"]?.value,
           let project = model.buildProjects.resolve(.name(name)) {
            edge(stage, drawBuildProject(project, cluster: cluster), "builds")
        }
        if Self.isDeploy(action), action.provider.value == "ECS", let name = action.configuration["ServiceName"]?.value,
           let service = model.services.resolve(.name(name)), let id = id(of: service.resource) {
            edge(stage, id, "deploys", dashed: true)
        }
    }

    @discardableResult
    private mutating func drawBuildProject(_ project: BuildProject, cluster: String?) -> String {
        if let id = id(of: project.resource) { return id }
        let id = node(project.resource, .buildProject, title: "build project " + (project.projectName.value ?? project.resource.name),
                      cluster: cluster)
        if let role = model.roles.resolve(project.serviceRole) { edge(id, drawRole(role), "build role") }
        return id
    }

    static func isDeploy(_ action: PipelineAction) -> Bool { action.category.value == "Deploy" }

    static func isApproval(_ action: PipelineAction) -> Bool {
        action.category.value == "Approval" && action.provider.value == "Manual"
    }
}
