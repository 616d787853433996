import ArchlintModel

/// One self-contained HTML page: the header (summary, `--now`, paths, version), the
/// architecture diagrams with findings pinned on their nodes, the findings table with its
/// filters, the rules' rationale and remediation, load errors, skipped files and notices.
/// Inline CSS, script and SVG only; a Content-Security-Policy forbids any request, so the page
/// opens the same from a CI artifact or an e-mail. Without JavaScript the diagrams and the
/// first `staticRows` findings are still there as plain HTML; with it, the table is filled
/// on demand from the embedded data, so 10,000 findings stay responsive.
enum HTMLReporter {
    static let staticRows = 1000

    static func render(_ report: ScanReport, context: HTMLContext) -> [UInt8] {
        let order = report.reportOrder
        var out = ""
        out.reserveCapacity(64_000 + order.count * 400 + context.diagrams.reduce(0) { $0 + $1.svg.utf8.count })
        let tally = report.tally
        let title = "archlint report: " + (context.paths.isEmpty ? "scan" : context.paths.joined(separator: " "))
        out += """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
            <title>\(HTMLText.escape(title))</title>
            <style>\(HTMLAssets.css)</style>
            </head>
            <body>
            <header>
            <h1>archlint report</h1>
            <p class="summary" id="summary">\(HTMLText.escape(Reporter.summaryLine(report)))</p>
            <dl class="run">
            <div><dt>Checked as of</dt><dd>\(HTMLText.escape(context.now))</dd></div>
            <div><dt>Paths</dt><dd>\(context.paths.map { "<code>\(HTMLText.escape($0))</code>" }.joined(separator: " "))</dd></div>
            <div><dt>archlint</dt><dd>\(HTMLText.escape(report.toolVersion))</dd></div>
            </dl>
            <dl class="counts">
            <div class="sev-error"><dt>errors</dt><dd id="count-error">\(tally.errors)</dd></div>
            <div class="sev-warning"><dt>warnings</dt><dd id="count-warning">\(tally.warnings)</dd></div>
            <div class="sev-note"><dt>notes</dt><dd id="count-note">\(tally.notes)</dd></div>
            <div><dt>suppressed</dt><dd id="count-suppressed">\(tally.suppressed)</dd></div>
            <div><dt>baselined</dt><dd id="count-baselined">\(tally.baselined)</dd></div>
            <div><dt>load errors</dt><dd id="count-load-errors">\(report.errors.count)</dd></div>
            </dl>
            </header>
            <main>

            """
        HTMLSections.architecture(context, into: &out)
        if context.diagramsOnly { return Array((out + "</main>\n</body>\n</html>\n").utf8) }
        HTMLSections.findings(report, order: order, context: context, into: &out)
        HTMLSections.lists(report, into: &out)
        out += "</main>\n<script type=\"application/json\" id=\"report-data\">"
        out += HTMLData.json(report, order: order, context: context)
        out += "</script>\n<script>\(HTMLAssets.script)</script>\n</body>\n</html>\n"
        return Array(out.utf8)
    }
}
