#if canImport(Glibc)
@_exported import Glibc
#endif

/// libFuzzer's driver, entered from an ordinary `main`: SwiftPM gives executable targets a
/// renamed entry point of their own, so the targets call `LLVMFuzzerRunDriver` instead of
/// relying on libFuzzer's `main`.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32

public enum FuzzDriver {
    nonisolated(unsafe) static var body: (([UInt8]) -> Void)?

    /// Runs libFuzzer with the process's arguments, feeding every input to `test`.
    public static func run(_ test: @escaping ([UInt8]) -> Void) -> Int32 {
        body = test
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        return LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
            FuzzDriver.body?(bytes)
            return 0
        }
    }
}
