import ArchlintLoaders
import ArchlintModel
import ArchlintRules
import Foundation
import Testing

/// Agreement with the anchors' own fixtures: for the cfn_nag, checkov and cfripper fixtures
/// whose folder or file name says which violation they hold (and that it is one of archlint's
/// six areas), archlint must report a finding of the matching category.
///
/// Deliberately left out, because archlint draws the line elsewhere: cfn_nag's "Allow with
/// NotAction" on a scoped resource (LP101 judges NotAction on `*` only), and cfripper's
/// CrossAccountTrustRule on resource policies (LP112 judges role trust policies, where an
/// external ID applies).
@Suite(.enabled(if: Paths.corpusExists, "../shared/corpus is not present"))
struct ViolationAgreementTests {
    struct Label: Sendable {
        let source: String
        let pathContains: String
        let category: Category
        /// Picks the violating fixtures from the passing ones beside them.
        let violating: @Sendable (String) -> Bool
    }

    static let checkov = "bridgecrewio__checkov/tests/cloudformation/checks/resource/aws/"
    static let cfripper = "Skyscanner__cfripper/tests/test_templates/rules/"
    static let cfnNag = "stelligent__cfn_nag/spec/test_templates/"

    static func failing(_ name: String) -> Bool {
        let lower = name.lowercased()
        return (lower.contains("fail") || lower.contains("bad") || lower.hasPrefix("invalid")) && !lower.contains("pass")
    }

    static func named(_ words: String...) -> @Sendable (String) -> Bool {
        { name in words.contains { name.lowercased().contains($0) } }
    }

    static let labels: [Label] = [
        // checkov: a check per folder, FAILED fixtures violate it.
        Label(source: "checkov", pathContains: checkov + "example_ALBListener/", category: .encryption, violating: failing),
        Label(source: "checkov", pathContains: checkov + "example_ALBListenerTLS12/", category: .encryption, violating: failing),
        Label(source: "checkov", pathContains: checkov + "example_CloudWatchLogGroupKMSKey/", category: .encryption, violating: failing),
        Label(source: "checkov", pathContains: checkov + "example_ECRRepositoryEncrypted/", category: .encryption, violating: failing),
        Label(source: "checkov", pathContains: checkov + "example_ECSTaskDefinitionEFSVolumeEncryption/", category: .encryption, violating: failing),
        Label(source: "checkov", pathContains: checkov + "example_SecretManagerSecretEncrypted/", category: .encryption, violating: failing),
        Label(source: "checkov", pathContains: checkov + "example_ECRImageScanning/", category: .pipeline, violating: failing),
        Label(source: "checkov", pathContains: checkov + "example_ECRImmutableTags/", category: .pipeline, violating: failing),
        Label(source: "checkov", pathContains: checkov + "example_IAMAdminPolicyDocument/", category: .leastPrivilege, violating: failing),
        Label(source: "checkov", pathContains: checkov + "example_IAMStarActionPolicyDocument/", category: .leastPrivilege, violating: failing),
        Label(source: "checkov", pathContains: checkov + "example_IAMRoleAllowsPublicAssume/", category: .leastPrivilege, violating: failing),
        Label(source: "checkov", pathContains: checkov + "example_IAMRoleAllowAssumeFromAccount/", category: .leastPrivilege, violating: failing),
        Label(source: "checkov", pathContains: checkov + "example_KMSKeyWildCardPrincipal/", category: .leastPrivilege, violating: failing),
        Label(source: "checkov", pathContains: checkov + "example_RDSPubliclyAccessible/", category: .privateSubnet, violating: failing),
        // cfripper: a rule per folder; the file name tells the violating fixtures from the valid ones.
        Label(source: "cfripper", pathContains: cfripper + "FullWildcardPrincipalRule/", category: .leastPrivilege, violating: failing),
        Label(source: "cfripper", pathContains: cfripper + "GenericWildcardPrincipalRule/", category: .leastPrivilege, violating: failing),
        Label(source: "cfripper", pathContains: cfripper + "IAMRoleWildcardActionOnPolicyRule/", category: .leastPrivilege,
              violating: { $0.contains("with_wildcard_action") && !$0.contains("on_trust") }),
        Label(source: "cfripper", pathContains: cfripper + "IAMRolesOverprivilegedRule/", category: .leastPrivilege, violating: failing),
        Label(source: "cfripper", pathContains: cfripper + "PrivilegeEscalationRule/", category: .leastPrivilege,
              violating: named("privilege_escalation_role")),
        Label(source: "cfripper", pathContains: cfripper + "WildcardResourceRule/", category: .leastPrivilege,
              violating: named("wildcard_resource_and_wildcard_action")),
        Label(source: "cfripper", pathContains: cfripper + "WildcardPoliciesRule/", category: .leastPrivilege, violating: named("with_wildcards")),
        Label(source: "cfripper", pathContains: cfripper + "SQSQueuePolicyPublicRule/", category: .leastPrivilege, violating: named("public")),
        Label(source: "cfripper", pathContains: cfripper + "CloudFormationAuthenticationRule/", category: .encryption, violating: named("bad")),
        // cfn_nag: the file name says what is wrong.
        Label(source: "cfn_nag", pathContains: cfnNag + "json/iam_role/", category: .leastPrivilege,
              violating: named("wildcard_action.json", "not_resource", "administratoraccess_policy", "poweruseraccess", "iamfullaccess")),
        Label(source: "cfn_nag", pathContains: cfnNag + "json/iam_policy/", category: .leastPrivilege,
              violating: named("wildcard_action", "not_resource", "on_user")),
        Label(source: "cfn_nag", pathContains: cfnNag + "json/iam_managed_policy/", category: .leastPrivilege,
              violating: named("wildcard_action", "not_resource", "on_user")),
        Label(source: "cfn_nag", pathContains: cfnNag + "json/iam_user/", category: .leastPrivilege, violating: named("inline_policy")),
        Label(source: "cfn_nag", pathContains: cfnNag + "json/kms/", category: .leastPrivilege,
              violating: { $0.contains("_with_") && $0.contains("wildcard_principal") }),
        Label(source: "cfn_nag", pathContains: cfnNag + "yaml/iam_passrole_resource_wildcard/", category: .leastPrivilege,
              violating: named("_fail")),
        Label(source: "cfn_nag", pathContains: cfnNag + "yaml/elasticloadbalacingv2_listener/", category: .encryption,
              violating: named("http_protocol", "pre_tls_1_2")),
        Label(source: "cfn_nag", pathContains: cfnNag + "json/rds_instance/", category: .privateSubnet,
              violating: { $0 == "rds_instance_publicly_accessible.json" }),
    ]

    struct Tally {
        var fixtures = 0
        var agreed = 0
        var missed: [String] = []
    }

    @Test func archlintReportsTheCategoryTheAnchorsFixturesNameForTheirViolations() throws {
        let root = Paths.corpus + "/cfn-violations/"
        let files = InputDiscovery.discover([root]).files.map(\.display)
        var tallies: [String: Tally] = [:]
        for file in files {
            let relative = String(file.dropFirst(root.count))
            guard let label = Self.labels.first(where: { relative.contains($0.pathContains) }) else { continue }
            let name = relative.split(separator: "/").last.map(String.init) ?? relative
            guard label.violating(name) else { continue }
            let bytes = [UInt8](FileManager.default.contents(atPath: file) ?? Data())
            guard case .loaded(let fragment, _) = FileLoader.load(bytes: bytes, file: file) else { continue }
            let runs = Engine.run(Architecture(fragment), options: RuleOptions(now: Paths.now), jobs: 1)
            let categories = Set(runs.flatMap(\.findings).map(\.category))
            tallies[label.source, default: Tally()].fixtures += 1
            if categories.contains(label.category) {
                tallies[label.source, default: Tally()].agreed += 1
            } else {
                tallies[label.source, default: Tally()].missed.append(relative)
            }
        }
        let total = tallies.values.reduce(0) { $0 + $1.fixtures }
        let agreed = tallies.values.reduce(0) { $0 + $1.agreed }
        for (source, tally) in tallies.sorted(by: { $0.key < $1.key }) {
            print("agreement \(source): \(tally.agreed)/\(tally.fixtures); missed: \(tally.missed)")
        }
        print("agreement overall: \(agreed)/\(total)")
        #expect(total >= 40, "labelled violating fixtures found: \(total)")
        // Measured 2026-11-27; a drop means a rule stopped seeing a violation the anchors agree on.
        #expect(Double(agreed) / Double(max(total, 1)) >= 0.9, "agreement \(agreed)/\(total)")
    }
}
