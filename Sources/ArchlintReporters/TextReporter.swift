import ArchlintModel

/// `file:line:col: severity: [ID] message (resource)`, one line per finding, grouped by file
/// (files sorted, a blank line between files, findings in report order). Load errors join
/// their file's group, before its findings, as `file:line:col: error: [load] message`.
/// A suppressed finding ends with `[suppressed until DATE: reason]`; baselined findings are
/// only counted in the summary (the machine formats list them); the gate's notices follow
/// their file's findings as `file:line:col: note: [stale-suppression] message`.
/// The summary line comes last. Input-derived text goes through `TerminalText.escape`.
enum TextReporter {
    /// `jobs` above 1 writes groups of files on several threads (joined in order: same bytes).
    static func render(_ report: ScanReport, style: TextStyle, jobs: Int = 1) -> [UInt8] {
        let paint = Paint(enabled: style.color)
        // Findings come sorted by file first, so each file's findings are one slice of them.
        // Walked by index: copying each finding cost more than writing its line.
        let order = report.reportOrder.filter { report.runs[$0.run].findings[$0.index].waiver?.kind != .baseline }
        let errors = Dictionary(grouping: report.errors, by: \.file)
        let notices = Dictionary(grouping: report.notices, by: \.site.file)
        var files = Set(errors.keys).union(notices.keys)
        var fileSlices: [String: Range<Int>] = [:]
        func fileAt(_ position: Int) -> String { report.runs[order[position].run].findings[order[position].index].site.file }
        var start = order.startIndex
        while start < order.endIndex {
            let file = fileAt(start)
            var end = start + 1
            while end < order.endIndex, fileAt(end) == file { end += 1 }
            fileSlices[file] = start..<end
            files.insert(file)
            start = end
        }

        let slices = fileSlices
        let sortedFiles = files.sorted()
        let chunkCount = jobs > 1 && order.count > 10_000 ? jobs * 4 : 1
        let chunkSize = max(1, (sortedFiles.count + chunkCount - 1) / chunkCount)
        let chunks = stride(from: 0, to: sortedFiles.count, by: chunkSize).map {
            Array(sortedFiles[$0..<min($0 + chunkSize, sortedFiles.count)])
        }
        let pieces = ParallelMap.map(chunks, jobs: jobs) { chunk -> [UInt8] in
            var out = TextBuffer()
            out.reserve(chunk.count * 4_000)
            for file in chunk {
                for error in errors[file] ?? [] {
                    paint.location(error.file, error.line, error.column, into: &out)
                    out.append(" ")
                    paint.severity(.error, into: &out)
                    out.append(" [load] ")
                    out.appendEscaped(error.message)
                    out.append("\n")
                }
                report.forEachInReportOrder(order[slices[file] ?? 0..<0]) { line($0, paint: paint, into: &out) }
                for notice in notices[file] ?? [] {
                    let site = notice.site
                    paint.location(site.file, site.line, site.column, into: &out)
                    out.append(" ")
                    paint.severity(.note, into: &out)
                    out.append(" [" + notice.kind.rawValue + "] ")
                    out.appendEscaped(notice.message)
                    out.append("\n")
                }
                out.append("\n")
            }
            return out.bytes
        }
        var out = TextBuffer()
        out.reserve(pieces.reduce(0) { $0 + $1.count } + 200)
        for piece in pieces { out.append(bytes: piece) }
        out.append(Reporter.summaryLine(report) + "\n")
        if style.listsSkippedFiles {
            for skipped in report.skippedFiles {
                out.append("skipped ")
                out.appendEscaped(skipped.file)
                out.append(": " + skipped.reason + "\n")
            }
        }
        return out.bytes
    }

    private static func line(_ finding: UnsafePointer<Finding>, paint: Paint, into out: inout TextBuffer) {
        paint.location(finding.pointee.site.file, finding.pointee.site.line, finding.pointee.site.column, into: &out)
        out.append(" ")
        paint.severity(finding.pointee.severity, into: &out)
        out.append(" [")
        out.appendEscaped(finding.pointee.ruleId)
        out.append("] ")
        out.appendEscaped(finding.pointee.message)
        out.append(" (")
        out.appendEscaped(finding.pointee.resource)
        out.append(")")
        if let waiver = finding.pointee.waiver {
            out.append(" [suppressed")
            if let until = waiver.until { out.append(" until " + until) }
            out.append(": ")
            out.appendEscaped(waiver.reason)
            out.append("]")
        }
        out.append("\n")
    }
}

/// ANSI SGR colours: bold location, red error, yellow warning, cyan note. Off means plain text.
private struct Paint {
    var enabled: Bool

    func location(_ file: String, _ line: Int, _ column: Int, into out: inout TextBuffer) {
        start("1", into: &out)
        out.appendEscaped(file)
        out.append(":" + String(line) + ":" + String(column) + ":")
        end(into: &out)
    }

    func severity(_ severity: Severity, into out: inout TextBuffer) {
        let code: String
        switch severity {
        case .error: code = "31"
        case .warning: code = "33"
        case .note: code = "36"
        }
        start(code, into: &out)
        out.append(severity.rawValue + ":")
        end(into: &out)
    }

    private func start(_ code: String, into out: inout TextBuffer) {
        if enabled { out.append("\u{1B}[" + code + "m") }
    }

    private func end(into out: inout TextBuffer) {
        if enabled { out.append("\u{1B}[0m") }
    }
}

/// UTF-8 output built in place: the text report of a large scan has hundreds of thousands of
/// lines, and building each from string concatenations cost more than the scan's rules.
struct TextBuffer {
    private(set) var bytes: [UInt8] = []

    mutating func reserve(_ count: Int) { bytes.reserveCapacity(count) }

    mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    mutating func append(bytes more: [UInt8]) { bytes.append(contentsOf: more) }

    /// `TerminalText.escape(text)`, without a copy when the text is printable ASCII.
    mutating func appendEscaped(_ text: String) {
        let done: Bool? = text.utf8.withContiguousStorageIfAvailable { utf8 in
            guard utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return false }
            bytes.append(contentsOf: utf8)
            return true
        }
        if done != true { append(TerminalText.escape(text)) }
    }
}
