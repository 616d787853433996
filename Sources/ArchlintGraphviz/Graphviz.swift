import CGraphviz
import Foundation

/// Lays out DOT text with Graphviz's `dot` engine and renders SVG, in-process through libgvc.
/// Graphviz keeps global state, so calls are serialised.
public enum Graphviz {
    public struct RenderError: Error, CustomStringConvertible {
        public var description: String
    }

    private static let lock = NSLock()
    /// One context for the process: creating one loads Graphviz's plugins.
    private nonisolated(unsafe) static var shared: OpaquePointer?

    /// The SVG element alone (no XML declaration, DOCTYPE or comments): ready to inline in HTML
    /// or to write as a file after `svgDocument`.
    public static func svg(_ dot: String) throws -> String {
        lock.lock()
        defer { lock.unlock() }
        if shared == nil { shared = gvContext() }
        guard let context = shared else { throw RenderError(description: "Graphviz: no context") }
        guard let graph = dot.withCString({ agmemread($0) }) else {
            throw RenderError(description: "Graphviz could not read the generated DOT")
        }
        defer { agclose(graph) }
        guard gvLayout(context, graph, "dot") == 0 else { throw RenderError(description: "Graphviz layout failed") }
        defer { gvFreeLayout(context, graph) }
        var data: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        guard gvRenderData(context, graph, "svg", &data, &length) == 0, let data else {
            throw RenderError(description: "Graphviz could not render SVG")
        }
        defer { gvFreeRenderData(data) }
        let text = String(decoding: UnsafeRawBufferPointer(start: data, count: Int(length)), as: UTF8.self)
        return element(text)
    }

    /// An SVG file: the element with an XML declaration.
    public static func svgDocument(_ dot: String) throws -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n" + (try svg(dot))
    }

    /// The `<svg>` element of Graphviz's output, without its comments.
    static func element(_ text: String) -> String {
        guard let start = text.range(of: "<svg") else { return text }
        var out = ""
        var rest = text[start.lowerBound...]
        while let open = rest.range(of: "<!--") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "-->") else { rest = rest[rest.endIndex...]; break }
            rest = rest[close.upperBound...]
            if rest.first == "\n" { rest = rest.dropFirst() }
        }
        return out + rest
    }
}
