import ArchlintModel

/// The data the report's script reads: every finding as a compact array, the rules' text once
/// each, and the findings of each diagram node. Strings go through `JSONValue.quote`, and
/// every `<` becomes `\u003c` so that nothing in the data can close the script element.
///
/// `{"rules":{"ID":[title,rationale,remediation]},"files":[...],
///   "f":[[severity,rule,file,line,column,resource,message,status]],"nodes":{"n1":[label,[finding...]]}}`
enum HTMLData {
    static func json(_ report: ScanReport, order: [FindingIndex], context: HTMLContext) -> String {
        var out = "{\"rules\":{"
        var first = true
        var seen = Set<String>()
        for run in report.runs where !run.findings.isEmpty && seen.insert(run.rule.id).inserted {
            out += (first ? "" : ",") + JSONValue.quote(run.rule.id) + ":["
            out += [run.rule.title, run.rule.rationale, run.rule.remediation].map(JSONValue.quote).joined(separator: ",") + "]"
            first = false
        }
        var fileIDs: [String: Int] = [:]
        var files: [String] = []
        var byResource: [HTMLResource: [Int]] = [:]
        var rows = ""
        rows.reserveCapacity(order.count * 200)
        var position = 0
        report.forEachInReportOrder(order) { pointer in
            let finding = pointer.pointee
            let file: Int
            if let known = fileIDs[finding.site.file] {
                file = known
            } else {
                file = files.count
                fileIDs[finding.site.file] = file
                files.append(finding.site.file)
            }
            byResource[HTMLResource(file: finding.site.file, name: finding.resource), default: []].append(position)
            rows += position == 0 ? "[" : ",\n["
            rows += JSONValue.quote(finding.severity.rawValue) + "," + JSONValue.quote(finding.ruleId) + ","
            rows += "\(file),\(finding.site.line),\(finding.site.column),"
            rows += JSONValue.quote(finding.resource) + "," + JSONValue.quote(finding.message) + ","
            rows += JSONValue.quote(HTMLSections.status(finding)) + "," + JSONValue.quote(finding.category.rawValue) + "]"
            position += 1
        }
        out += "},\n\"files\":[" + files.map(JSONValue.quote).joined(separator: ",") + "],\n\"f\":[" + rows + "],\n\"nodes\":{"
        first = true
        for diagram in context.diagrams {
            for node in diagram.nodes {
                let findings = node.resources.flatMap { byResource[$0] ?? [] }.sorted()
                out += (first ? "" : ",\n") + JSONValue.quote(node.id) + ":[" + JSONValue.quote(node.label) + ",["
                out += findings.map(String.init).joined(separator: ",") + "]]"
                first = false
            }
        }
        out += "}}"
        guard out.utf8.contains(0x3C) else { return out }
        var safe = String.UnicodeScalarView()
        for scalar in out.unicodeScalars {
            if scalar == "<" { safe.append(contentsOf: "\\u003c".unicodeScalars) } else { safe.append(scalar) }
        }
        return String(safe)
    }
}
