import ArchlintModel

/// The static parts of the HTML report: what a reader sees without JavaScript.
enum HTMLSections {
    static func architecture(_ context: HTMLContext, into out: inout String) {
        out += "<section id=\"architecture\" aria-labelledby=\"architecture-heading\">\n"
        out += "<h2 id=\"architecture-heading\">Architecture</h2>\n"
        out += """
            <p class="legend"><span class="swatch danger"></span> public, reachable from the internet, expired or missing
            <span class="swatch caution"></span> expiring or not known
            <span class="swatch safe"></span> private or approved
            <span class="badge sev-error">errors</span> <span class="badge sev-warning">warnings</span> <span class="badge sev-note">notes</span>
            on each resource.</p>

            """
        if !context.diagramsOnly {
            out += "<p class=\"legend\">Select a resource in a diagram (click it, or Tab to it and press Enter) to list its findings.</p>\n"
        }
        for note in context.notes { out += "<p class=\"note\">\(HTMLText.escape(note))</p>\n" }
        if context.diagrams.isEmpty && context.notes.isEmpty { out += "<p>Nothing to draw: no network, service, load balancer or pipeline was loaded.</p>\n" }
        for diagram in context.diagrams {
            out += "<figure class=\"diagram\" id=\"diagram-\(HTMLText.escape(diagram.id))\">\n"
            out += "<figcaption>\(HTMLText.escape(diagram.title))"
            if let note = diagram.note { out += "<br><span class=\"note\">\(HTMLText.escape(note))</span>" }
            out += "</figcaption>\n<div class=\"canvas\">\(diagram.svg)</div>\n</figure>\n"
        }
        out += "<div id=\"selection\" aria-live=\"polite\"></div>\n</section>\n"
    }

    static func findings(_ report: ScanReport, order: [FindingIndex], context: HTMLContext, into out: inout String) {
        var severities: [String: Int] = [:], categories: [String: Int] = [:], rules: [String: Int] = [:], files: [String: Int] = [:]
        report.forEachInReportOrder(order) { finding in
            severities[finding.pointee.severity.rawValue, default: 0] += 1
            categories[finding.pointee.category.rawValue, default: 0] += 1
            rules[finding.pointee.ruleId, default: 0] += 1
            files[finding.pointee.site.file, default: 0] += 1
        }
        out += "<section id=\"findings\" aria-labelledby=\"findings-heading\">\n<h2 id=\"findings-heading\">Findings</h2>\n"
        out += "<form id=\"filters\" class=\"filters\" aria-label=\"Filter findings\">\n"
        let severityOptions = Severity.allCases.reversed().map { ($0.rawValue, severities[$0.rawValue, default: 0]) }
        select("severity", "Severity", severityOptions, total: order.count, into: &out)
        select("category", "Category", categories.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, total: order.count, into: &out)
        select("rule", "Rule", rules.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, total: order.count, into: &out)
        select("file", "File", files.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, total: order.count, into: &out)
        out += "<label>Resource <select id=\"filter-node\" name=\"node\"><option value=\"\">all</option>"
        for diagram in context.diagrams {
            out += "<optgroup label=\"\(HTMLText.escape(diagram.title))\">"
            for node in diagram.nodes where !node.resources.isEmpty {
                out += "<option value=\"\(HTMLText.escape(node.id))\">\(HTMLText.escape(node.label))</option>"
            }
            out += "</optgroup>"
        }
        out += "</select></label>\n<button type=\"reset\" id=\"filter-clear\">Clear filters</button>\n</form>\n"
        out += "<p id=\"shown\" aria-live=\"polite\">\(order.count) finding\(order.count == 1 ? "" : "s")</p>\n"
        if order.count > HTMLReporter.staticRows {
            out += "<p class=\"nojs\">Without JavaScript the first \(HTMLReporter.staticRows) of \(order.count) findings are listed "
            out += "here; every finding is in the JSON and text reports.</p>\n"
        }
        out += """
            <table id="findings-table">
            <thead><tr><th scope="col">Severity</th><th scope="col">Rule</th><th scope="col">Category</th><th scope="col">Location</th><th scope="col">Resource</th><th scope="col">Message</th><th scope="col">Status</th></tr></thead>
            <tbody>

            """
        report.forEachInReportOrder(order.prefix(HTMLReporter.staticRows)) { pointer in
            let finding = pointer.pointee
            let severity = finding.severity.rawValue
            out += "<tr class=\"sev-\(severity)\"><td><span class=\"badge sev-\(severity)\">\(severity)</span></td>"
            out += "<td><a href=\"#rule-\(HTMLText.escape(finding.ruleId))\">\(HTMLText.escape(finding.ruleId))</a></td>"
            out += "<td>\(finding.category.rawValue)</td>"
            out += "<td class=\"loc\">\(HTMLText.escape(finding.site.file)):\(finding.site.line):\(finding.site.column)</td>"
            out += "<td>\(HTMLText.escape(finding.resource))</td><td>\(HTMLText.escape(finding.message))</td>"
            out += "<td>\(HTMLText.escape(status(finding)))</td></tr>\n"
        }
        out += "</tbody>\n</table>\n<p><button type=\"button\" id=\"more\" hidden>Show more findings</button></p>\n"
        var described = Set<String>()
        out += "<h3 id=\"rules-heading\">Rules with findings</h3>\n<dl class=\"rules\">\n"
        for run in report.runs where !run.findings.isEmpty && described.insert(run.rule.id).inserted {
            let rule = run.rule
            out += "<dt id=\"rule-\(HTMLText.escape(rule.id))\">\(HTMLText.escape(rule.id)) \(HTMLText.escape(rule.title))</dt>\n"
            out += "<dd><p>\(HTMLText.escape(rule.rationale))</p><p><strong>Remediation:</strong> \(HTMLText.escape(rule.remediation))</p></dd>\n"
        }
        out += "</dl>\n</section>\n"
    }

    /// Suppressed (with the reason), baselined, or empty when the finding fails the run.
    static func status(_ finding: Finding) -> String {
        guard let waiver = finding.waiver else { return "" }
        if waiver.kind == .baseline { return "baselined" }
        return "suppressed: " + waiver.reason + (waiver.until.map { " (until \($0))" } ?? "")
    }

    private static func select(_ name: String, _ label: String, _ options: [(String, Int)], total: Int, into out: inout String) {
        out += "<label>\(label) <select id=\"filter-\(name)\" name=\"\(name)\"><option value=\"\">all (\(total))</option>"
        for (value, count) in options {
            out += "<option value=\"\(HTMLText.escape(value))\">\(HTMLText.escape(value)) (\(count))</option>"
        }
        out += "</select></label>\n"
    }

    static func lists(_ report: ScanReport, into out: inout String) {
        out += "<section id=\"load-errors\" aria-labelledby=\"load-errors-heading\">\n<h2 id=\"load-errors-heading\">Load errors</h2>\n"
        if report.errors.isEmpty { out += "<p>None: every file of a known kind was loaded.</p>\n" } else {
            out += "<ul>\n"
            for error in report.errors {
                out += "<li><code>\(HTMLText.escape(error.file)):\(error.line):\(error.column)</code> \(HTMLText.escape(error.message))</li>\n"
            }
            out += "</ul>\n"
        }
        out += "</section>\n<section id=\"skipped\" aria-labelledby=\"skipped-heading\">\n<h2 id=\"skipped-heading\">Skipped files</h2>\n"
        if report.skippedFiles.isEmpty {
            out += "<p>\(report.skipped == 0 ? "None." : "\(report.skipped) files of no known kind.")</p>\n"
        } else {
            out += "<p>Not checked:</p>\n<ul>\n"
            for skipped in report.skippedFiles {
                out += "<li><code>\(HTMLText.escape(skipped.file))</code>: \(HTMLText.escape(skipped.reason))</li>\n"
            }
            out += "</ul>\n"
        }
        out += "</section>\n"
        guard !report.notices.isEmpty else { return }
        out += "<section id=\"notices\" aria-labelledby=\"notices-heading\">\n<h2 id=\"notices-heading\">Notices</h2>\n<ul>\n"
        for notice in report.notices {
            out += "<li><code>\(HTMLText.escape(notice.site.file)):\(notice.site.line):\(notice.site.column)</code> "
            out += "\(HTMLText.escape(notice.ruleId)): \(HTMLText.escape(notice.message))</li>\n"
        }
        out += "</ul>\n</section>\n"
    }
}
