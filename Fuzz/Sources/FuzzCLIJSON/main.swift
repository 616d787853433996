import FuzzDriver
import FuzzSupport

/// The CLI JSON loaders (ECS, IAM, ELBv2, EC2, ECR, ACM, CodePipeline, CodeBuild) and every rule over what they load.
exit(FuzzDriver.run { bytes in FuzzCheck.run(bytes, file: "export.json") })
