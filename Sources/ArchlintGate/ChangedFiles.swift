import ArchlintModel

/// `--changed-since`: the whole tree is loaded and checked (facts that span files stay right),
/// then the report keeps only what lies in the files the change touches.
public enum ChangedFiles {
    /// Findings and checked resources in kept files; notices whose file is kept or whose
    /// subject (`noticeSubjects`, e.g. the file a baseline entry names) is kept. Load errors
    /// all stay: a tree that cannot be read completely is never judged as passing.
    public static func filter(_ report: ScanReport, keep: (String) -> Bool,
                              noticeSubjects: [Notice: String] = [:]) -> ScanReport {
        var result = report
        for index in result.runs.indices {
            result.runs[index].findings.removeAll { !keep($0.site.file) }
            result.runs[index].checked.removeAll { !keep($0.file) }
        }
        result.notices.removeAll { notice in
            !keep(notice.site.file) && !(noticeSubjects[notice].map(keep) ?? false)
        }
        return result
    }
}
