import ArchlintModel

/// ELBv2 load balancers, listeners and target groups: CloudFormation and `elbv2 describe-*`
/// output share their PascalCase field names.
enum ELB {
    static let loadBalancerType = "AWS::ElasticLoadBalancingV2::LoadBalancer"
    static let listenerType = "AWS::ElasticLoadBalancingV2::Listener"
    static let targetGroupType = "AWS::ElasticLoadBalancingV2::TargetGroup"

    static let mappers = [
        ResourceMapper(loadBalancerType, into: \.loadBalancers, named: "LoadBalancerName",
                       keys: ["LoadBalancerArn", "DNSName"], nameLast: true, read: loadBalancer),
        ResourceMapper(targetGroupType, into: \.targetGroups, named: "TargetGroupName",
                       keys: ["TargetGroupArn"], nameLast: true, read: targetGroup),
        // A listener has no name: its ARN is its natural name.
        ResourceMapper(listenerType, into: \.listeners, named: "ListenerArn", keys: ["ListenerArn"], nameLast: true,
                       read: listener),
    ]

    static func loadBalancer(_ body: Cursor, resource: ResourceInfo) -> LoadBalancer {
        var balancer = LoadBalancer(resource: resource)
        balancer.arn = body.child("LoadBalancerArn")?.string.value
        balancer.scheme = body.child("Scheme")?.string ?? .absent
        balancer.type = body.child("Type")?.string ?? .absent
        if let subnets = body.child("Subnets") {
            balancer.subnets = subnets.references
        } else if let zones = body.child("AvailabilityZones") {
            balancer.subnets = zones.items.compactMap { $0.child("SubnetId")?.reference }
        } else if let mappings = body.child("SubnetMappings") {
            balancer.subnets = mappings.items.compactMap { $0.child("SubnetId")?.reference }
        }
        balancer.securityGroups = body.child("SecurityGroups")?.references ?? []
        return balancer
    }

    static func listener(_ body: Cursor, resource: ResourceInfo) -> Listener {
        var listener = Listener(resource: resource)
        listener.arn = body.child("ListenerArn")?.string.value
        listener.loadBalancer = body.child("LoadBalancerArn")?.reference ?? .absent
        listener.port = body.child("Port")?.int ?? .absent
        listener.protocolName = body.child("Protocol")?.string ?? .absent
        listener.sslPolicy = body.child("SslPolicy")?.string ?? .absent
        listener.certificates = (body.child("Certificates")?.items ?? []).compactMap { $0.child("CertificateArn")?.reference }
        listener.defaultActions = (body.child("DefaultActions")?.items ?? []).filter(\.isMapping).map(action)
        return listener
    }

    static func action(_ cursor: Cursor) -> ListenerAction {
        var targetGroups: [Fact<Reference>] = []
        if let single = cursor.child("TargetGroupArn") { targetGroups.append(single.reference) }
        for entry in cursor.child("ForwardConfig", "TargetGroups")?.items ?? [] {
            if let arn = entry.child("TargetGroupArn") { targetGroups.append(arn.reference) }
        }
        return ListenerAction(site: cursor.site, type: cursor.child("Type")?.string ?? .absent,
                              redirectProtocol: cursor.child("RedirectConfig", "Protocol")?.string ?? .absent,
                              targetGroups: targetGroups)
    }

    static func targetGroup(_ body: Cursor, resource: ResourceInfo) -> TargetGroup {
        var group = TargetGroup(resource: resource)
        group.arn = body.child("TargetGroupArn")?.string.value
        group.protocolName = body.child("Protocol")?.string ?? .absent
        group.port = body.child("Port")?.int ?? .absent
        group.targetType = body.child("TargetType")?.string ?? .absent
        group.healthCheckEnabled = body.child("HealthCheckEnabled")?.bool ?? .absent
        group.healthCheckPort = body.child("HealthCheckPort")?.string ?? .absent
        group.healthCheckProtocol = body.child("HealthCheckProtocol")?.string ?? .absent
        group.interval = body.child("HealthCheckIntervalSeconds")?.int ?? .absent
        group.timeout = body.child("HealthCheckTimeoutSeconds")?.int ?? .absent
        group.healthyThreshold = body.child("HealthyThresholdCount")?.int ?? .absent
        group.unhealthyThreshold = body.child("UnhealthyThresholdCount")?.int ?? .absent
        if let matcher = body.child("Matcher") {
            group.matcher = matcher.child("HttpCode")?.string ?? matcher.child("GrpcCode")?.string ?? .unknown(matcher.site)
        }
        return group
    }
}
