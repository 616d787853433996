import Foundation

/// Graphviz's libgvc, opened at run time (`dlopen`) the first time a diagram is laid out instead
/// of linked: checking files needs no Graphviz, the release binary names no Graphviz package,
/// and without it the HTML report says what to install. (Linked, libgvc's pkg-config directory
/// also came first on the link line and turned the release build's static libyaml and libxml2
/// back into shared ones.) Only the seven functions `Graphviz.svg` calls are looked up.
struct LibGVC: @unchecked Sendable {  // immutable C function pointers, safe to share
    let gvContext: @convention(c) () -> OpaquePointer?
    let agmemread: @convention(c) (UnsafePointer<CChar>) -> OpaquePointer?
    let agclose: @convention(c) (OpaquePointer) -> Int32
    let gvLayout: @convention(c) (OpaquePointer, OpaquePointer, UnsafePointer<CChar>) -> Int32
    let gvFreeLayout: @convention(c) (OpaquePointer, OpaquePointer) -> Int32
    /// The length is `unsigned int *` up to Graphviz 2.x and `size_t *` since 3.0: callers pass a
    /// zeroed 64-bit integer, which reads right either way on little-endian machines.
    let gvRenderData: @convention(c) (OpaquePointer, OpaquePointer, UnsafePointer<CChar>,
                                      UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>, UnsafeMutableRawPointer) -> Int32
    let gvFreeRenderData: @convention(c) (UnsafeMutablePointer<CChar>) -> Void

    /// Set to a library's path to use that libgvc only (a Graphviz outside the loader's path).
    static let environmentVariable = "ARCHLINT_LIBGVC"

    /// Where the loader looks, most specific first.
    static var candidates: [String] {
        if let path = ProcessInfo.processInfo.environment[environmentVariable], !path.isEmpty { return [path] }
        #if os(macOS)
        return ["libgvc.6.dylib", "libgvc.dylib", "/opt/homebrew/lib/libgvc.dylib", "/usr/local/lib/libgvc.dylib"]
        #else
        return ["libgvc.so.6", "libgvc.so"]
        #endif
    }

    /// The library of the process, opened once.
    static let shared: Result<LibGVC, Graphviz.RenderError> = open(candidates)

    /// The first candidate that opens and has every function, or an error that says what to install.
    static func open(_ candidates: [String]) -> Result<LibGVC, Graphviz.RenderError> {
        var reasons: [String] = []
        for name in candidates {
            guard let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL) else {
                reasons.append(dlerror().map { String(cString: $0) } ?? name)
                continue
            }
            // dlsym on the handle also searches libgvc's dependencies (agmemread is libcgraph's).
            func symbol<T>(_ name: String, _: T.Type) -> T? {
                dlsym(handle, name).map { unsafeBitCast($0, to: T.self) }
            }
            if let gvContext = symbol("gvContext", (@convention(c) () -> OpaquePointer?).self),
               let agmemread = symbol("agmemread", (@convention(c) (UnsafePointer<CChar>) -> OpaquePointer?).self),
               let agclose = symbol("agclose", (@convention(c) (OpaquePointer) -> Int32).self),
               let gvLayout = symbol("gvLayout", (@convention(c) (OpaquePointer, OpaquePointer, UnsafePointer<CChar>) -> Int32).self),
               let gvFreeLayout = symbol("gvFreeLayout", (@convention(c) (OpaquePointer, OpaquePointer) -> Int32).self),
               let gvRenderData = symbol("gvRenderData", (@convention(c) (OpaquePointer, OpaquePointer, UnsafePointer<CChar>,
                                                                          UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>,
                                                                          UnsafeMutableRawPointer) -> Int32).self),
               let gvFreeRenderData = symbol("gvFreeRenderData", (@convention(c) (UnsafeMutablePointer<CChar>) -> Void).self) {
                return .success(LibGVC(gvContext: gvContext, agmemread: agmemread, agclose: agclose, gvLayout: gvLayout,
                                       gvFreeLayout: gvFreeLayout, gvRenderData: gvRenderData, gvFreeRenderData: gvFreeRenderData))
            }
            reasons.append("\(name) lacks Graphviz's gvRenderData or agmemread")
            dlclose(handle)
        }
        return .failure(Graphviz.RenderError(description: missing + " (" + reasons.joined(separator: "; ") + ")"))
    }

    static let missing = "the architecture diagrams need Graphviz's libgvc, which was not found: install it "
        + "(Debian/Ubuntu: apt-get install libgvc6; Fedora: dnf install graphviz; macOS: brew install graphviz) "
        + "or set \(environmentVariable) to its path"
}
