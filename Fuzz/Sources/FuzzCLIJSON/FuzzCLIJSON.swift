import FuzzSupport

/// The CLI JSON loaders (ECS, IAM, ELBv2, EC2, ECR, ACM, CodePipeline, CodeBuild) and every rule over what they load.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    FuzzCheck.run(Array(UnsafeBufferPointer(start: data, count: size)), file: "export.json")
}
