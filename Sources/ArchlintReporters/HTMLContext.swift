/// What the HTML report shows beside the `ScanReport`: the run's time and paths, and the
/// architecture diagrams, already laid out (the driver draws them; the reporter only places them).
public struct HTMLContext: Sendable, Hashable {
    /// The time the run checked against (`--now`), as written in the header.
    public var now: String
    public var paths: [String]
    public var diagrams: [HTMLDiagram]
    /// Said above the diagrams: architectures left undrawn, a layout that failed.
    public var notes: [String]
    /// The diagrams alone (`archlint graph --format html`): no findings table, no script.
    public var diagramsOnly = false

    public init(now: String = "", paths: [String] = [], diagrams: [HTMLDiagram] = [], notes: [String] = []) {
        self.now = now
        self.paths = paths
        self.diagrams = diagrams
        self.notes = notes
    }
}

public struct HTMLDiagram: Sendable, Hashable {
    public var id: String
    public var title: String
    public var note: String?
    /// The `<svg>` element; each node is a `<g class="node">` whose id is the node's.
    public var svg: String
    public var nodes: [HTMLNode]

    public init(id: String, title: String, note: String? = nil, svg: String, nodes: [HTMLNode]) {
        self.id = id
        self.title = title
        self.note = note
        self.svg = svg
        self.nodes = nodes
    }
}

/// A node of a diagram and the resources (file, name) whose findings it carries.
public struct HTMLNode: Sendable, Hashable {
    public var id: String
    public var label: String
    public var resources: [HTMLResource]

    public init(id: String, label: String, resources: [HTMLResource]) {
        self.id = id
        self.label = label
        self.resources = resources
    }
}

public struct HTMLResource: Sendable, Hashable {
    public var file: String
    public var name: String

    public init(file: String, name: String) {
        self.file = file
        self.name = name
    }
}

/// Text made safe for HTML: element content and double-quoted attribute values.
enum HTMLText {
    static func escape(_ text: String) -> String {
        let clean = XMLText.sanitize(text)
        guard clean.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 }) else { return clean }
        var out = ""
        out.reserveCapacity(clean.utf8.count + 16)
        for character in clean {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}
