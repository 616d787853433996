import Foundation
import Testing

/// `--changed-since` on a repository built in the test: main has a template and a policy; the
/// branch changes the policy, adds a file, and leaves an untracked one.
@Suite struct ChangedSinceTests {
    func repository() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        try git(["init", "-q"], in: directory.path)
        try directory.write(".archlint.yml", Inputs.onlyRules(["LP101", "LP104", "HC108", "HC109"]))
        try directory.write("infra/app.yaml", Inputs.templateWithoutWaiver)
        try directory.write("infra/policy.json", Inputs.passRolePolicy.replacingOccurrences(of: ", \"iam:PassRole\"", with: ""))
        try git(["add", "-A"], in: directory.path)
        try git(["commit", "-q", "-m", "base"], in: directory.path)
        try git(["checkout", "-q", "-b", "feature"], in: directory.path)
        try directory.write("infra/policy.json", Inputs.passRolePolicy)
        try git(["commit", "-q", "-am", "grant PassRole"], in: directory.path)
        try directory.write("infra/untracked.json", Inputs.adminPolicy)
        return directory
    }

    func files(_ json: String, _ key: String = "findings") throws -> [String] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let items = try #require(object[key] as? [[String: Any]])
        return items.map { "\($0["ruleId"] as? String ?? "") \($0["file"] as? String ?? "")" }
    }

    @Test func onlyFindingsInChangedFilesAreReported() throws {
        let repo = try repository()
        let run = try archlint(["check", "infra", "--now=2026-11-26", "--changed-since", "main", "--format", "json"], in: repo.path)
        #expect(run.status == 1, "\(run.stderr)")
        #expect(try files(run.stdout) == ["LP104 infra/policy.json", "LP101 infra/untracked.json"])
        // The whole tree was still loaded.
        #expect(run.stdout.contains("\"files\": 3"))

        // JUnit covers only the changed files too.
        let junit = try archlint(["check", "infra", "--now=2026-11-26", "--changed-since", "main", "--format", "junit"], in: repo.path)
        #expect(!junit.stdout.contains("infra/app.yaml"))
        #expect(junit.stdout.contains("infra/policy.json"))
    }

    @Test func uncommittedEditsCount() throws {
        let repo = try repository()
        try repo.write("infra/app.yaml", "# edited\n" + Inputs.templateWithoutWaiver)
        let run = try archlint(["check", "infra", "--now=2026-11-26", "--changed-since", "main", "--format", "json"], in: repo.path)
        #expect(try files(run.stdout).contains("HC109 infra/app.yaml"))
    }

    @Test func pathsCompareWhateverTheWorkingDirectory() throws {
        let repo = try repository()
        let inside = try archlint(["check", ".", "--now=2026-11-26", "--changed-since", "main", "--format", "json"],
                                  in: repo.path + "/infra")
        #expect(try files(inside.stdout) == ["LP104 ./policy.json", "LP101 ./untracked.json"])
        // CI formats name files from the repository root, not from the working directory.
        let github = try archlint(["check", ".", "--now=2026-11-26", "--changed-since", "main", "--format", "github"],
                                  in: repo.path + "/infra")
        #expect(github.stdout.hasPrefix("::error file=infra/policy.json,line=3,"))
        // And from outside the repository, through an absolute path.
        let outside = try archlint(["check", repo.path + "/infra", "--now=2026-11-26", "--changed-since", "main",
                                    "--format", "json"], in: repo.path)
        #expect(try files(outside.stdout).count == 2)
    }

    @Test func nothingChangedMeansNothingReported() throws {
        let repo = try repository()
        try FileManager.default.removeItem(atPath: repo.path + "/infra/untracked.json")
        let run = try archlint(["check", "infra", "--now=2026-11-26", "--changed-since", "HEAD"], in: repo.path)
        #expect(run.status == 0, "\(run.stdout)")
        #expect(run.stdout.hasSuffix("2 files, 3 resources: 0 errors, 0 warnings, 0 notes\n"))
    }

    @Test func badRevisionIsAClearError() throws {
        let repo = try repository()
        let run = try archlint(["check", "infra", "--changed-since", "no-such-branch"], in: repo.path)
        #expect(run.status == 2)
        #expect(run.stderr == "archlint: --changed-since: `no-such-branch` is not a commit in this repository\n")
        #expect(run.stdout.isEmpty)
        let option = try archlint(["check", "infra", "--changed-since=--output=x"], in: repo.path)
        #expect(option.status == 2)
        #expect(option.stderr.contains("is not a git revision"))
    }

    @Test func outsideARepositoryIsAClearError() throws {
        let directory = try TemporaryDirectory()
        try directory.write("infra/app.yaml", Inputs.template)
        let run = try archlint(["check", "infra", "--changed-since", "main"], in: directory.path)
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("archlint: --changed-since: "))
        #expect(run.stderr.hasSuffix("is not inside a git repository\n"))
    }
}

extension ChangedSinceTests {
    @Test func withoutGitIsAClearError() throws {
        let repo = try repository()
        let run = try launch(Paths.executable, ["check", "infra", "--changed-since", "main"], in: repo.path,
                             environment: ["PATH": "/nonexistent"])
        #expect(run.status == 2)
        #expect(run.stderr == "archlint: --changed-since needs git, and no `git` was found on PATH\n")
    }
}
