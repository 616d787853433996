import ArchlintModel

/// EFS mount targets: `AWS::EFS::MountTarget` and `efs describe-mount-targets`.
enum EFS {
    static let mountTargetType = "AWS::EFS::MountTarget"

    static let mappers = [
        ResourceMapper(mountTargetType, into: \.mountTargets, named: "MountTargetId", fallback: "mount-target",
                       keys: [], read: mountTarget),
    ]

    static func mountTarget(_ body: Cursor, info: ResourceInfo) -> MountTarget {
        var target = MountTarget(resource: info)
        target.fileSystem = body.child("FileSystemId")?.reference ?? .absent
        target.subnet = body.child("SubnetId")?.reference ?? .absent
        return target
    }
}
