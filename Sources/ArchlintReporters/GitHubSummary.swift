import ArchlintModel

/// The Markdown job summary that `check --format github` appends to `$GITHUB_STEP_SUMMARY`:
/// the counts, how many annotations GitHub will not show, and a table of every failing finding
/// (load errors and notices too), most severe first, each with its file:line linked to the
/// commit when `blobURL` is given (`https://github.com/OWNER/REPO/blob/SHA/`, from the job's
/// environment), else written as text.
public enum GitHubSummary {
    public static func markdown(_ report: ScanReport, paths: ArtifactPaths = .init(), blobURL: String? = nil) -> String {
        let annotations = GitHubReporter.annotations(report)
        var out = "## archlint\n\n"
        let verdict = annotations.isEmpty ? "No finding fails the run" : "\(plural(annotations.count, "finding")) to read"
        out += "**\(verdict)**: " + cell(Reporter.summaryLine(report)) + ".\n\n"
        let hidden = GitHubReporter.hidden(annotations)
        if hidden > 0 {
            out += "> [!NOTE]\n> GitHub shows at most 10 error and 10 warning annotations a step, 50 a job: "
                + "\(hidden) of the \(annotations.count) annotations are not shown on the pull request. "
                + "The table lists every one.\n\n"
        }
        guard !annotations.isEmpty else { return out }
        out += "| Severity | Location | Rule | Message |\n| --- | --- | --- | --- |\n"
        for a in annotations {
            let file = paths.path(a.site.file)
            let place = "\(file):\(max(1, a.site.line))"
            var location = "`" + TerminalText.escape(place).replacingBackticks() + "`"
            if let blobURL, !file.hasPrefix("/") {
                location = "[\(location)](\(blobURL)\(URIText.encodePath(file))#L\(max(1, a.site.line)))"
            }
            out += "| \(a.severity) | \(location) | \(cell(a.rule)) | \(cell(a.message)) |\n"
        }
        return out
    }

    /// Text safe in a table cell: one line, controls visible (as in every format), Markdown and
    /// HTML markup shown as written.
    static func cell(_ text: String) -> String {
        let oneLine = String(text.map { $0.isNewline ? " " : $0 })
        var out = ""
        for character in TerminalText.escape(oneLine) {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "|", "#", "~", "!": out += "\\\(character)"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            default: out.append(character)
            }
        }
        return out
    }

    private static func plural(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}

private extension String {
    /// A code span cannot escape a backtick (it becomes a quote); a pipe would end the cell.
    func replacingBackticks() -> String {
        map { $0 == "`" ? "'" : $0 == "|" ? "\\|" : String($0) }.joined()
    }
}
