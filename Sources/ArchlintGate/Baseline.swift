import ArchlintModel
import ArchlintReporters
import ArchlintYAML

/// The findings a repository has accepted so far (`archlint baseline`), by rule ID, file and
/// document path — never by line, so edits elsewhere in a file do not invalidate an entry.
/// `check --baseline` fails only on findings that are not in it. Files are written relative
/// to the baseline file's directory, so the baseline works from any working directory.
///
/// The file is JSON, one entry per line for readable diffs:
/// `{"version": 1, "tool": "archlint", "findings": [{"ruleId", "file", "path", "resource"}, ...]}`.
/// An entry stands for one finding; identical entries stand for as many findings.
public struct Baseline: Sendable {
    public struct Entry: Sendable, Hashable, Comparable {
        public var ruleId: String
        /// Relative to the baseline file's directory, `/`-separated.
        public var file: String
        public var path: String
        /// For people reading the file; not compared.
        public var resource: String
        /// Where the entry is written in the baseline file (line 1 for entries not read from one).
        public var site: Site

        public init(ruleId: String, file: String, path: String, resource: String, site: Site) {
            self.ruleId = ruleId
            self.file = file
            self.path = path
            self.resource = resource
            self.site = site
        }

        var key: String { ruleId + "\u{0}" + file + "\u{0}" + path }

        public static func < (a: Entry, b: Entry) -> Bool {
            (a.file, a.path, a.ruleId, a.resource) < (b.file, b.path, b.ruleId, b.resource)
        }
    }

    /// The baseline file as shown in messages.
    public var file: String
    public var entries: [Entry]

    public init(file: String, entries: [Entry]) {
        self.file = file
        self.entries = entries.sorted()
    }

    /// Entries for the findings of a report that no suppression accepts.
    /// - Parameter relative: a finding's file relative to the baseline's directory.
    public static func record(_ report: ScanReport, file: String, relative: (String) -> String) -> Baseline {
        let site = Site(file: file, line: 1, column: 1, path: "")
        let entries = report.findings.filter { $0.waiver == nil || $0.waiver?.kind == .baseline }.map { finding in
            Entry(ruleId: finding.ruleId, file: relative(finding.site.file), path: finding.site.path,
                  resource: finding.resource, site: site)
        }
        return Baseline(file: file, entries: entries)
    }

    // MARK: Matching

    /// Marks each finding that an entry accepts (each entry accepts one finding; suppressed
    /// findings use up their entry too but keep their suppression). Returns the report and,
    /// per entry, whether it matched.
    public func apply(to report: ScanReport, relative: (String) -> String) -> (report: ScanReport, used: [Bool]) {
        var queues: [String: [Int]] = [:]
        for (index, entry) in entries.enumerated() { queues[entry.key, default: []].append(index) }
        var used = [Bool](repeating: false, count: entries.count)
        var result = report
        result.usesBaseline = true
        var relativeCache: [String: String] = [:]
        for runIndex in result.runs.indices {
            for findingIndex in result.runs[runIndex].findings.indices {
                let finding = result.runs[runIndex].findings[findingIndex]
                let file = relativeCache[finding.site.file] ?? relative(finding.site.file)
                relativeCache[finding.site.file] = file
                let key = finding.ruleId + "\u{0}" + file + "\u{0}" + finding.site.path
                guard var queue = queues[key], !queue.isEmpty else { continue }
                let entry = queue.removeFirst()
                queues[key] = queue
                used[entry] = true
                if finding.waiver == nil {
                    result.runs[runIndex].findings[findingIndex].waiver =
                        Waiver(kind: .baseline, reason: "baselined", site: entries[entry].site)
                }
            }
        }
        return (result, used)
    }

    /// The notice for an entry that matched nothing.
    public func staleNotice(_ entry: Entry) -> Notice {
        Notice(kind: .staleBaseline, ruleId: entry.ruleId,
               message: "baseline entry for \(entry.ruleId) at \(entry.file) \(entry.path) matches no finding; `archlint baseline --prune` drops it",
               site: entry.site)
    }

    // MARK: File

    public func render() -> String {
        var out = "{\n  \"version\": 1,\n  \"tool\": \"archlint\",\n  \"findings\": ["
        for (index, entry) in entries.enumerated() {
            out += index == 0 ? "\n" : ",\n"
            out += "    {\"ruleId\": \(JSONValue.quote(entry.ruleId)), \"file\": \(JSONValue.quote(entry.file)), "
                + "\"path\": \(JSONValue.quote(entry.path)), \"resource\": \(JSONValue.quote(entry.resource))}"
        }
        out += entries.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return out
    }

    public static func parse(_ bytes: [UInt8], file: String) throws(GateError) -> Baseline {
        func site(_ node: Node) -> Site { Site(file: file, line: max(1, node.mark.line), column: max(1, node.mark.column), path: "") }
        let shape = "a baseline is {\"version\": 1, \"findings\": [{\"ruleId\", \"file\", \"path\", \"resource\"}]}"
        let documents: [Node]
        do {
            documents = try YAML.parse(bytes)
        } catch {
            throw GateError(error.message, at: Site(file: file, line: max(1, error.mark.line), column: max(1, error.mark.column), path: ""))
        }
        guard documents.count == 1, let root = documents.first, root.isMapping else {
            throw GateError("not an archlint baseline: \(shape)", at: documents.first.map(site) ?? Site(file: file, line: 1, column: 1, path: ""))
        }
        for pair in root.pairs where !["version", "tool", "findings"].contains(pair.key.scalar ?? "") {
            throw GateError("unknown key `\(pair.key.scalar ?? "?")` in the baseline (\(shape))", at: site(pair.key))
        }
        guard let version = root["version"] else { throw GateError("the baseline has no `version`", at: site(root)) }
        guard version.scalar == "1" else { throw GateError("unsupported baseline version (expected 1)", at: site(version)) }
        guard let findings = root["findings"], findings.isSequence else {
            throw GateError("the baseline needs a `findings` list", at: site(root["findings"] ?? root))
        }
        var entries: [Entry] = []
        for item in findings.items {
            guard item.isMapping else { throw GateError("a baseline entry must be an object (\(shape))", at: site(item)) }
            var values: [String: String] = [:]
            for pair in item.pairs {
                let key = pair.key.scalar ?? ""
                guard ["ruleId", "file", "path", "resource"].contains(key) else {
                    throw GateError("unknown key `\(key)` in a baseline entry (expected: ruleId, file, path, resource)", at: site(pair.key))
                }
                guard let text = pair.value.scalar, !pair.value.isNull else {
                    throw GateError("`\(key)` of a baseline entry must be a string", at: site(pair.value))
                }
                values[key] = text
            }
            for key in ["ruleId", "file", "path"] where values[key] == nil {
                throw GateError("a baseline entry needs `\(key)`", at: site(item))
            }
            entries.append(Entry(ruleId: values["ruleId"]!, file: values["file"]!, path: values["path"]!,
                                 resource: values["resource"] ?? "", site: site(item)))
        }
        return Baseline(file: file, entries: entries)
    }
}
