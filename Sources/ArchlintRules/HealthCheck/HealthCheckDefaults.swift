import ArchlintModel

/// What Elastic Load Balancing uses when a target group leaves a health-check setting out.
/// The defaults depend on the target type and the target group's protocol (CreateTargetGroup):
/// Lambda targets 35 s interval, 30 s timeout, 5 failures; Application Load Balancer groups
/// (HTTP, HTTPS) 30 s, 5 s, 2; Network Load Balancer groups (TCP, TLS, UDP, TCP_UDP) 30 s and
/// 2 failures, with a timeout that depends on the health-check protocol; Gateway Load Balancer
/// groups (GENEVE) 10 s, 5 s, 2. Nil means the default cannot be known offline.
enum HealthCheckDefaults {
    enum Kind { case lambda, application, network, gateway }

    static func kind(of group: TargetGroup) -> Kind? {
        guard let targetType = group.targetType.or(default: "instance") else { return nil }
        if targetType.lowercased() == "lambda" { return .lambda }
        guard let proto = group.protocolName.value?.uppercased() else { return nil }
        switch proto {
        case "HTTP", "HTTPS": return .application
        case "TCP", "TLS", "UDP", "TCP_UDP", "QUIC", "TCP_QUIC": return .network
        case "GENEVE": return .gateway
        default: return nil
        }
    }

    /// False when health checks are off: written `false`, or left out on a Lambda target group.
    static func isEnabled(_ group: TargetGroup) -> Bool? {
        switch group.healthCheckEnabled {
        case .known(let enabled, _): return enabled
        case .unknown: return nil
        case .absent:
            return group.targetType.or(default: "instance").map { $0.lowercased() != "lambda" }
        }
    }

    static func interval(_ group: TargetGroup) -> Int? {
        if let value = group.interval.value { return value }
        guard group.interval.isAbsent, let kind = kind(of: group) else { return nil }
        switch kind {
        case .lambda: return 35
        case .application, .network: return 30
        case .gateway: return 10
        }
    }

    /// Network Load Balancer timeouts are not defaulted: AWS fixed them (6 s for HTTP, 10 s for
    /// TCP and HTTPS health checks) long before they became configurable.
    static func timeout(_ group: TargetGroup) -> Int? {
        if let value = group.timeout.value { return value }
        guard group.timeout.isAbsent, let kind = kind(of: group) else { return nil }
        switch kind {
        case .lambda: return 30
        case .application, .gateway: return 5
        case .network: return nil
        }
    }

    static func unhealthyThreshold(_ group: TargetGroup) -> Int? {
        if let value = group.unhealthyThreshold.value { return value }
        guard group.unhealthyThreshold.isAbsent, let kind = kind(of: group) else { return nil }
        return kind == .lambda ? 5 : 2
    }
}
