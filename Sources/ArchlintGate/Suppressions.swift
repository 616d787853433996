import ArchlintModel
import Foundation

/// Waivers with a reason and an end date: which findings they accept, which have expired,
/// which match nothing any more.
public enum Suppressions {
    static let inlineKeys = ["rule", "reason", "until"]

    /// The inline suppressions of the scanned templates, checked like the config's. A mistake
    /// (missing reason, unknown rule, bad date, unknown key) is a load error at its line: the
    /// template says something archlint cannot honour, and the run must not pass silently.
    public static func inline(_ written: [InlineSuppression], catalog: [RuleMetadata]) -> (suppressions: [Suppression], errors: [LoadError]) {
        var suppressions: [Suppression] = []
        var errors: [LoadError] = []
        func fail(_ message: String, _ site: Site) {
            errors.append(LoadError(file: site.file, line: site.line, column: site.column, message: message))
        }
        for entry in written {
            if let problem = entry.problem {
                fail(problem, entry.site)
                continue
            }
            if let unknown = entry.fields.first(where: { !inlineKeys.contains($0.key) }) {
                fail("unknown key `\(unknown.key)` in an archlint suppression (expected: \(inlineKeys.joined(separator: ", ")))",
                      unknown.site)
                continue
            }
            var fields: [String: (text: String?, site: Site)] = [:]
            for field in entry.fields { fields[field.key] = (field.value, field.site) }
            do throws(GateError) {
                var suppression = try ConfigParser.checkFields(fields, entry: entry.site, catalog: catalog)
                suppression.scope = .inline(file: entry.site.file, resource: entry.resource, resourcePath: entry.resourcePath)
                suppressions.append(suppression)
            } catch {
                fail(error.message, error.site ?? entry.site)
            }
        }
        return (suppressions, errors)
    }

    /// Marks each finding a suppression covers. A finding covered only by expired suppressions
    /// stays active, and its message says that its waiver expired. A suppression that covers
    /// no finding becomes a notice, when it can be judged: its rule ran and `judged` says the
    /// scan reached where it points.
    ///
    /// - Parameter configPath: a finding's file relative to the configuration's directory
    ///   (nil when outside it), for `path` globs.
    public static func apply(_ suppressions: [Suppression], to report: ScanReport, now: Date,
                             configPath: (String) -> String?, judged: (Suppression) -> Bool) -> ScanReport {
        guard !suppressions.isEmpty else { return report }
        var used = [Bool](repeating: false, count: suppressions.count)
        var byRule: [String: [Int]] = [:]
        for (index, suppression) in suppressions.enumerated() { byRule[suppression.rule, default: []].append(index) }
        var result = report
        for runIndex in result.runs.indices {
            let rule = result.runs[runIndex].rule.id
            guard let candidates = byRule[rule] else { continue }
            for findingIndex in result.runs[runIndex].findings.indices {
                let finding = result.runs[runIndex].findings[findingIndex]
                let covering = candidates.filter { covers(suppressions[$0], finding, configPath) }
                guard !covering.isEmpty else { continue }
                for index in covering { used[index] = true }
                if let live = covering.first(where: { !(suppressions[$0].until?.isExpired(at: now) ?? false) }) {
                    let suppression = suppressions[live]
                    result.runs[runIndex].findings[findingIndex].waiver =
                        Waiver(kind: suppression.kind, reason: suppression.reason, until: suppression.until?.text,
                               site: suppression.site)
                } else if finding.waiver == nil, let expired = covering.first.map({ suppressions[$0] }), let until = expired.until {
                    result.runs[runIndex].findings[findingIndex].message +=
                        " (waiver expired on \(until.text), \(expired.site.file):\(expired.site.line))"
                }
            }
        }
        let ran = Set(report.runs.map(\.rule.id))
        for (index, suppression) in suppressions.enumerated() where !used[index] && ran.contains(suppression.rule) && judged(suppression) {
            result.notices.append(Notice(kind: .staleSuppression, ruleId: suppression.rule,
                                         message: "suppression of \(suppression.rule)\(describe(suppression.scope)) matches no finding",
                                         site: suppression.site))
        }
        result.notices.sort()
        return result
    }

    static func covers(_ suppression: Suppression, _ finding: Finding, _ configPath: (String) -> String?) -> Bool {
        switch suppression.scope {
        case .inline(let file, let resource, let resourcePath):
            guard finding.site.file == file else { return false }
            let path = finding.site.path
            return finding.resource == resource || path == resourcePath || path.hasPrefix(resourcePath + "/")
        case .config(let glob, let resource):
            if let resource, finding.resource != resource { return false }
            if let glob {
                guard let relative = configPath(finding.site.file), glob.matches(relative) else { return false }
            }
            return true
        }
    }

    static func describe(_ scope: Suppression.Scope) -> String {
        switch scope {
        case .inline(_, let resource, _):
            return " on \(resource)"
        case .config(let glob, let resource):
            var parts: [String] = []
            if let glob { parts.append("path `\(glob.pattern)`") }
            if let resource { parts.append("resource `\(resource)`") }
            return " for " + parts.joined(separator: ", ")
        }
    }
}
