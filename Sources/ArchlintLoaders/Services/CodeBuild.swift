import ArchlintModel

/// CodeBuild projects (`AWS::CodeBuild::Project`, `codebuild batch-get-projects`) and buildspecs.
enum CodeBuild {
    static let projectType = "AWS::CodeBuild::Project"

    static let mappers = [
        ResourceMapper(projectType, into: \.buildProjects, named: "name", fallback: "project", keys: ["arn"],
                       read: buildProject),
    ]

    /// A buildspec file (not an AWS resource type): named after its file.
    static let buildspecs = ResourceMapper("AWS::CodeBuild::Buildspec", into: \.buildspecs, describe: { body in
        ResourceInfo(name: body.file.split(separator: "/").last.map(String.init) ?? body.file,
                     type: "AWS::CodeBuild::Buildspec", site: body.site, origin: .buildspec)
    }, read: buildspec)

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
