import Foundation

/// The predefined Elastic Load Balancing security policies (HTTPS listeners of Application Load
/// Balancers, TLS listeners of Network Load Balancers) and the oldest TLS version each accepts.
///
/// Source: the "Protocols by policy" tables of
/// https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html
/// and https://docs.aws.amazon.com/elasticloadbalancing/latest/network/describe-ssl-policies.html
/// (TLS, FIPS, FS, post-quantum and RFC 9151 policies), read in November 2026. `aws elbv2
/// describe-ssl-policies` lists the same names with their `SslProtocols`. A policy missing here
/// is not judged: add it with the oldest protocol that command reports.
enum EncryptionTLSPolicies {
    enum TLSVersion: Int, Comparable, Sendable {
        case tls10 = 10, tls11 = 11, tls12 = 12, tls13 = 13

        static func < (a: TLSVersion, b: TLSVersion) -> Bool { a.rawValue < b.rawValue }

        var name: String {
            switch self {
            case .tls10: return "TLS 1.0"
            case .tls11: return "TLS 1.1"
            case .tls12: return "TLS 1.2"
            case .tls13: return "TLS 1.3"
            }
        }
    }

    /// What ELB applies to an HTTPS or TLS listener created without `SslPolicy` through the API,
    /// the CLI, CloudFormation or the CDK (the console picks a TLS 1.3 policy instead).
    static let defaultPolicy = "ELBSecurityPolicy-2016-08"

    /// Oldest TLS version a policy accepts, by policy name.
    static let minimumVersion: [String: TLSVersion] = [
        // Accept TLS 1.0 (and 1.1).
        "ELBSecurityPolicy-2016-08": .tls10,
        "ELBSecurityPolicy-2015-05": .tls10,
        "ELBSecurityPolicy-TLS-1-0-2015-04": .tls10,
        "ELBSecurityPolicy-FS-2018-06": .tls10,
        "ELBSecurityPolicy-TLS13-1-0-2021-06": .tls10,
        "ELBSecurityPolicy-TLS13-1-0-FIPS-2023-04": .tls10,
        "ELBSecurityPolicy-TLS13-1-0-PQ-2025-09": .tls10,
        "ELBSecurityPolicy-TLS13-1-0-FIPS-PQ-2025-09": .tls10,

        // Accept TLS 1.1.
        "ELBSecurityPolicy-TLS-1-1-2017-01": .tls11,
        "ELBSecurityPolicy-FS-1-1-2019-08": .tls11,
        "ELBSecurityPolicy-TLS13-1-1-2021-06": .tls11,
        "ELBSecurityPolicy-TLS13-1-1-FIPS-2023-04": .tls11,

        // TLS 1.2 and later.
        "ELBSecurityPolicy-TLS-1-2-2017-01": .tls12,
        "ELBSecurityPolicy-TLS-1-2-Ext-2018-06": .tls12,
        "ELBSecurityPolicy-FS-1-2-2019-08": .tls12,
        "ELBSecurityPolicy-FS-1-2-Res-2019-08": .tls12,
        "ELBSecurityPolicy-FS-1-2-Res-2020-10": .tls12,
        "ELBSecurityPolicy-TLS13-1-2-2021-06": .tls12,
        "ELBSecurityPolicy-TLS13-1-2-Res-2021-06": .tls12,
        "ELBSecurityPolicy-TLS13-1-2-Ext1-2021-06": .tls12,
        "ELBSecurityPolicy-TLS13-1-2-Ext2-2021-06": .tls12,
        "ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04": .tls12,
        "ELBSecurityPolicy-TLS13-1-2-Res-FIPS-2023-04": .tls12,
        "ELBSecurityPolicy-TLS13-1-2-Ext0-FIPS-2023-04": .tls12,
        "ELBSecurityPolicy-TLS13-1-2-Ext1-FIPS-2023-04": .tls12,
        "ELBSecurityPolicy-TLS13-1-2-Ext2-FIPS-2023-04": .tls12,
        "ELBSecurityPolicy-TLS13-1-2-PQ-2025-09": .tls12,
        "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09": .tls12,
        "ELBSecurityPolicy-TLS13-1-2-Ext1-PQ-2025-09": .tls12,
        "ELBSecurityPolicy-TLS13-1-2-Ext2-PQ-2025-09": .tls12,
        "ELBSecurityPolicy-TLS13-1-2-FIPS-PQ-2025-09": .tls12,
        "ELBSecurityPolicy-TLS13-1-2-Res-FIPS-PQ-2025-09": .tls12,
        "ELBSecurityPolicy-TLS13-1-2-Ext0-FIPS-PQ-2025-09": .tls12,
        "ELBSecurityPolicy-TLS13-1-2-Ext1-FIPS-PQ-2025-09": .tls12,
        "ELBSecurityPolicy-TLS13-1-2-Ext2-FIPS-PQ-2025-09": .tls12,
        "ELBSecurityPolicy-TLS13-1-2-RFC9151-FIPS-2023-07": .tls12,
        "ELBSecurityPolicy-TLS13-1-2-Ext0-RFC9151-FIPS-2023-07": .tls12,
        "ELBSecurityPolicy-TLS13-1-2-RFC9151-INTEROP1-FIPS-2023-07": .tls12,
        "ELBSecurityPolicy-TLS13-1-2-RFC9151-INTEROP2-FIPS-2023-07": .tls12,
        "ELBSecurityPolicy-TLS13-1-2-RFC9151-INTEROP3-FIPS-2023-07": .tls12,
        "ELBSecurityPolicy-TLS13-1-2-RFC9151-INTEROP4-FIPS-2023-07": .tls12,
        "ELBSecurityPolicy-TLS13-1-3-2021-06": .tls13,
        "ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04": .tls13,
        "ELBSecurityPolicy-TLS13-1-3-PQ-2025-09": .tls13,
        "ELBSecurityPolicy-TLS13-1-3-FIPS-PQ-2025-09": .tls13,
        "ELBSecurityPolicy-TLS13-1-3-RFC9151-FIPS-2023-07": .tls13,
    ]

    private static let byLowercasedName: [String: TLSVersion] = Dictionary(
        uniqueKeysWithValues: minimumVersion.map { ($0.key.lowercased(), $0.value) })

    /// The oldest TLS version `policy` accepts; nil for a name not in the table.
    static func minimum(of policy: String) -> TLSVersion? {
        let name = policy.trimmingCharacters(in: .whitespaces)
        return minimumVersion[name] ?? byLowercasedName[name.lowercased()]
    }
}
