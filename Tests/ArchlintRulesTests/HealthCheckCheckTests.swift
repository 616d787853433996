import ArchlintLoaders
import ArchlintModel
@testable import ArchlintRules
import Foundation
import Testing

/// HC102, HC103 and HC104 as declarative checks report what their Swift versions reported:
/// the expected lines, columns and messages below are the Swift rules' output on this template
/// (every message form, AWS's defaults by target type and protocol, groups not judged).
@Suite struct HealthCheckCheckTests {
    static let template = """
    Resources:
      Equal:
        Type: AWS::ElasticLoadBalancingV2::TargetGroup
        Properties: {Protocol: HTTP, HealthCheckIntervalSeconds: 15, HealthCheckTimeoutSeconds: 15}
      TimeoutOnly:
        Type: AWS::ElasticLoadBalancingV2::TargetGroup
        Properties: {Protocol: HTTPS, HealthCheckTimeoutSeconds: 60}
      IntervalOnly:
        Type: AWS::ElasticLoadBalancingV2::TargetGroup
        Properties: {Protocol: http, HealthCheckIntervalSeconds: 5}
      Gateway:
        Type: AWS::ElasticLoadBalancingV2::TargetGroup
        Properties: {Protocol: GENEVE, HealthCheckTimeoutSeconds: 10, UnhealthyThresholdCount: 31}
      Function:
        Type: AWS::ElasticLoadBalancingV2::TargetGroup
        Properties: {TargetType: lambda, HealthCheckEnabled: true, HealthCheckIntervalSeconds: 30, UnhealthyThresholdCount: 10}
      FunctionOff:
        Type: AWS::ElasticLoadBalancingV2::TargetGroup
        Properties: {TargetType: lambda, HealthCheckIntervalSeconds: 5, UnhealthyThresholdCount: 100}
      Network:
        Type: AWS::ElasticLoadBalancingV2::TargetGroup
        Properties: {Protocol: TCP, HealthCheckIntervalSeconds: 10, UnhealthyThresholdCount: 31}
      NetworkTimeout:
        Type: AWS::ElasticLoadBalancingV2::TargetGroup
        Properties: {Protocol: TLS, HealthCheckIntervalSeconds: 10, HealthCheckTimeoutSeconds: 10}
      UnknownProtocol:
        Type: AWS::ElasticLoadBalancingV2::TargetGroup
        Properties: {Protocol: FOO, HealthCheckIntervalSeconds: 5, UnhealthyThresholdCount: 100}
      Disabled:
        Type: AWS::ElasticLoadBalancingV2::TargetGroup
        Properties: {Protocol: HTTP, HealthCheckEnabled: false, HealthCheckTimeoutSeconds: 60, HealthCheckIntervalSeconds: 300}
      ThresholdOnly:
        Type: AWS::ElasticLoadBalancingV2::TargetGroup
        Properties: {Protocol: UDP, UnhealthyThresholdCount: 11, Matcher: {HttpCode: '200,404,500-502'}}
      Matchers:
        Type: AWS::ElasticLoadBalancingV2::TargetGroup
        Properties: {Protocol: HTTP, Matcher: {HttpCode: 399-600}}
    """

    @Test func theChecksReportWhatTheSwiftRulesReported() throws {
        guard case .loaded(let fragment, _) = FileLoader.load(bytes: Array(Self.template.utf8), file: "t.yaml") else {
            Issue.record("not loaded")
            return
        }
        let rules = ["HC102", "HC103", "HC104"].compactMap { RuleCatalog.shared.rule($0) }
        #expect(rules.count == 3 && rules.allSatisfy { !$0.checks.isEmpty })
        let findings = Engine.run(Architecture(fragment), options: RuleOptions(now: Date(timeIntervalSince1970: 0)), rules: rules, jobs: 1)
            .flatMap(\.findings).sorted()
        #expect(findings.map { "\($0.ruleId) \($0.site.line):\($0.site.column) \($0.message)" } == [
            "HC103 4:93 health check timeout 15 s is not shorter than the interval 15 s",
            "HC103 7:62 health check timeout 60 s is not shorter than the default interval 30 s",
            "HC103 10:62 health check default timeout 5 s is not shorter than the interval 5 s",
            "HC103 13:63 health check timeout 10 s is not shorter than the default interval 10 s",
            "HC104 13:92 a failed target is taken out of service only after 31 × 10 s = 310 s (over 5 minutes)",
            "HC103 16:92 health check default timeout 30 s is not shorter than the interval 30 s",
            "HC104 22:61 a failed target is taken out of service only after 31 × 10 s = 310 s (over 5 minutes)",
            "HC103 25:92 health check timeout 10 s is not shorter than the interval 10 s",
            "HC104 28:61 a failed target is taken out of service only after 100 × 5 s = 500 s (over 5 minutes)",
            "HC104 34:58 a failed target is taken out of service only after 11 × 30 s = 330 s (over 5 minutes)",
            "HC102 34:82 health check matcher 200,404,500-502 counts error responses as healthy (404, 500-502)",
            "HC102 37:54 health check matcher 399-600 counts error responses as healthy (400-599)",
        ])
    }
}
