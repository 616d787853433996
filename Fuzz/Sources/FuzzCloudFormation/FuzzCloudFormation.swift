import FuzzSupport

/// The CloudFormation loader and every rule over what it loads.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    FuzzCheck.run(Array(UnsafeBufferPointer(start: data, count: size)), file: "template.yaml")
}
