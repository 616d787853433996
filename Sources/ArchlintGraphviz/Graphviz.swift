import Foundation

/// Lays out DOT text with Graphviz's `dot` engine and renders SVG, in-process through libgvc
/// (opened at run time, see `LibGVC`). Graphviz keeps global state, so calls are serialised.
public enum Graphviz {
    public struct RenderError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Whether libgvc can be used; the error says what to install. Opens it on first use.
    public static var availability: Result<Void, RenderError> { LibGVC.shared.map { _ in () } }

    private static let lock = NSLock()
    /// One context for the process: creating one loads Graphviz's plugins.
    private nonisolated(unsafe) static var shared: OpaquePointer?

    /// The SVG element alone (no XML declaration, DOCTYPE or comments): ready to inline in HTML
    /// or to stack into a file with `document(stacking:)`.
    public static func svg(_ dot: String) throws -> String {
        let gvc = try LibGVC.shared.get()
        lock.lock()
        defer { lock.unlock() }
        if shared == nil { shared = gvc.gvContext() }
        guard let context = shared else { throw RenderError(description: "Graphviz: no context") }
        guard let graph = dot.withCString({ gvc.agmemread($0) }) else {
            throw RenderError(description: "Graphviz could not read the generated DOT")
        }
        defer { _ = gvc.agclose(graph) }
        guard gvc.gvLayout(context, graph, "dot") == 0 else { throw RenderError(description: "Graphviz layout failed") }
        defer { _ = gvc.gvFreeLayout(context, graph) }
        var data: UnsafeMutablePointer<CChar>?
        var length: UInt64 = 0
        guard gvc.gvRenderData(context, graph, "svg", &data, &length) == 0, let data else {
            throw RenderError(description: "Graphviz could not render SVG")
        }
        defer { gvc.gvFreeRenderData(data) }
        let text = String(decoding: UnsafeRawBufferPointer(start: data, count: Int(length)), as: UTF8.self)
        return element(text)
    }

    /// One SVG file of several elements (as `svg` returns them), stacked top to bottom.
    public static func document(stacking elements: [String]) -> String {
        var body = "", top = 0.0, width = 0.0
        for element in elements {
            guard let size = size(of: element) else { continue }
            body += "<svg x=\"0\" y=\"\(top)\" width=\"\(size.width)\" height=\"\(size.height)\"" + element[size.end...]
            if !body.hasSuffix("\n") { body += "\n" }
            top += size.height + 12
            width = max(width, size.width)
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
            + "<svg width=\"\(width)pt\" height=\"\(top)pt\" viewBox=\"0 0 \(width) \(top)\" "
            + "xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n" + body + "</svg>\n"
    }

    /// Width and height in points of Graphviz's `<svg width="Wpt" height="Hpt"`, and where that head ends.
    static func size(of element: String) -> (width: Double, height: Double, end: String.Index)? {
        guard let head = element.range(of: "<svg width=\""),
              let widthEnd = element[head.upperBound...].range(of: "pt\" height=\""),
              let heightEnd = element[widthEnd.upperBound...].range(of: "pt\""),
              let width = Double(element[head.upperBound..<widthEnd.lowerBound]),
              let height = Double(element[widthEnd.upperBound..<heightEnd.lowerBound]) else { return nil }
        return (width, height, heightEnd.upperBound)
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
