import ArchlintModel

/// The rule catalog as people read it: `archlint rules`, `archlint explain` and `docs/rules/`.
/// Everything comes from the rule files.
public enum CatalogText {
    public static func table(_ rules: [RuleMetadata]) -> String {
        var lines: [String] = []
        let idWidth = max(2, rules.map(\.id.count).max() ?? 0)
        let slugWidth = max(4, rules.map(\.slug.count).max() ?? 0)
        for rule in rules {
            lines.append("\(pad(rule.id, idWidth))  \(pad(rule.severity.rawValue, 7))  \(pad(rule.category.rawValue, 15))  \(pad(rule.slug, slugWidth))  \(rule.title)\(rule.optIn ? " (opt-in)" : "")")
        }
        if rules.contains(where: \.optIn) {
            lines += ["", "(opt-in): runs only when enabled, with --enable ID, --rule ID or `enable: [ID]` in .archlint.yml."]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// How to turn an opt-in rule on, for `explain` and its page.
    static func optInNote(_ rule: RuleMetadata) -> String {
        "Opt-in: this rule does not run unless you enable it, with `--enable \(rule.id)` (beside the other rules), "
            + "`--rule \(rule.id)` (alone) or in .archlint.yml "
            + "(`enable: [\(rule.id)]`, or `rules: {\(rule.id): {enabled: true}}`)."
    }

    public static func markdownIndex(_ rules: [RuleMetadata]) -> String {
        var text = "<!-- GENERATED from rules/ by `archlint docs docs/rules` — DO NOT EDIT -->\n# archlint rules\n\n"
        let declared = Set(rules.map(\.category)).subtracting(Category.allCases).sorted()
        for category in Category.allCases + declared {
            let inCategory = rules.filter { $0.category == category }
            guard !inCategory.isEmpty else { continue }
            text += "## \(category.rawValue)\n\n| ID | Slug | Severity | Title |\n|---|---|---|---|\n"
            for rule in inCategory {
                text += "| [\(rule.id)](\(rule.id)-\(rule.slug).md) | \(rule.slug) | \(rule.severity.rawValue) | \(escapeTable(rule.title))\(rule.optIn ? " (opt-in)" : "") |\n"
            }
            text += "\n"
        }
        if rules.contains(where: \.optIn) {
            text += "Rules marked (opt-in) run only when enabled: `--enable ID`, `--rule ID`, or `enable: [ID]` in `.archlint.yml`.\n"
        }
        return text
    }

    /// Every file of `docs/rules/`: the index and one page per rule, by file name.
    public static func documentationFiles(_ rules: [RuleMetadata]) -> [(name: String, text: String)] {
        [("README.md", markdownIndex(rules))] + rules.map { ("\($0.id)-\($0.slug).md", markdownPage($0)) }
    }

    public static func markdownPage(_ rule: RuleMetadata) -> String {
        var text = "<!-- GENERATED from \(rule.sourcePath) by `archlint docs docs/rules` — DO NOT EDIT -->\n"
        text += "# \(rule.id) \(rule.slug): \(rule.title)\n\n"
        text += "- Category: `\(rule.category.rawValue)`\n- Default severity: `\(rule.severity.rawValue)`\n"
        if !rule.controls.isEmpty { text += "- Security Hub controls: \(rule.controls.map { "`\($0)`" }.joined(separator: ", "))\n" }
        text += "- Check: \(rule.checks.isEmpty ? "written in Swift" : "declarative (`check:` in [the rule file](../../\(rule.sourcePath)))")\n"
        if rule.optIn { text += "- \(optInNote(rule))\n" }
        text += "\n"
        text += "## Why\n\n\(rule.rationale)\n\n## How to fix\n\n\(rule.remediation)\n\n"
        if !rule.references.isEmpty {
            text += "## References\n\n" + rule.references.map { "- <\($0)>" }.joined(separator: "\n") + "\n\n"
        }
        text += "## Examples\n\n"
        for example in rule.examples {
            text += "### \(example.triggering ? "Reported" : "Not reported"): \(example.description)\n\n"
            for file in example.files {
                text += "`\(file.name)`\n\n```\(fence(file.name))\n\(file.content.replacingOccurrences(of: "⚠", with: ""))```\n\n"
            }
        }
        return text
    }

    public static func explain(_ rule: RuleMetadata) -> String {
        var text = "\(rule.id) \(rule.slug) (\(rule.category.rawValue), \(rule.severity.rawValue))\n\(rule.title)\n\n"
        if !rule.controls.isEmpty { text += "Security Hub controls: \(rule.controls.joined(separator: ", "))\n\n" }
        if let pack = rule.pack { text += "From rule pack \(pack): \(rule.sourcePath)\n\n" }
        if rule.optIn { text += "\(optInNote(rule))\n\n" }
        text += "Why:\n\(indent(rule.rationale))\n\nHow to fix:\n\(indent(rule.remediation))\n"
        if !rule.references.isEmpty {
            text += "\nReferences:\n" + rule.references.map { "  \($0)" }.joined(separator: "\n") + "\n"
        }
        for example in rule.examples {
            text += "\n\(example.triggering ? "Reported" : "Not reported"): \(example.description)\n"
            for file in example.files {
                text += "  --- \(file.name)\n" + indent(file.content.replacingOccurrences(of: "⚠", with: ""), by: "    ")
                    .trimmingTrailingNewlines() + "\n"
            }
        }
        return text
    }

    public static func json(_ rules: [RuleMetadata]) -> String {
        let entries = rules.map { rule in
            "  {\"id\": \(quote(rule.id)), \"slug\": \(quote(rule.slug)), \"title\": \(quote(rule.title)), "
                + "\"category\": \(quote(rule.category.rawValue)), \"severity\": \(quote(rule.severity.rawValue)), "
                + "\"references\": [\(rule.references.map(quote).joined(separator: ", "))], "
                + "\"controls\": [\(rule.controls.map(quote).joined(separator: ", "))]"
                + (rule.optIn ? ", \"opt-in\": true" : "")
                + (rule.pack.map { ", \"pack\": \(quote($0)), \"source\": \(quote(rule.sourcePath))" } ?? "") + "}"
        }
        return "[\n" + entries.joined(separator: ",\n") + "\n]\n"
    }

    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    private static func indent(_ text: String, by prefix: String = "  ") -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : prefix + $0 }.joined(separator: "\n")
    }

    private static func escapeTable(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }

    private static func fence(_ name: String) -> String {
        name.hasSuffix(".json") ? "json" : (name.hasSuffix(".pem") ? "text" : "yaml")
    }
}

extension String {
    func trimmingTrailingNewlines() -> String {
        var copy = self
        while copy.hasSuffix("\n") { copy.removeLast() }
        return copy
    }
}

import Foundation
