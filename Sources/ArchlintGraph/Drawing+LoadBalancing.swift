import ArchlintModel
import ArchlintRules
import Foundation

/// Load balancers, listeners, certificates and target groups, and what the internet reaches.
extension Drawing {
    mutating func drawLoadBalancers() {
        for balancer in model.loadBalancers.all {
            let placed = placement(balancer.subnets)
            let lines = [[balancer.scheme.or(default: "internet-facing"), balancer.type.or(default: "application")]
                .compactMap { $0 }.joined(separator: " "),
                placed.ids.isEmpty ? nil : "in \(placed.ids.count) subnet\(placed.ids.count == 1 ? "" : "s"), \(placed.publicCount) public"]
            node(balancer.resource, .loadBalancer, title: "load balancer " + balancer.resource.name,
                 lines: lines.compactMap { $0 }, cluster: placed.vpc)
        }
        for listener in model.listeners.all { drawListener(listener) }
        for group in model.targetGroups.all { drawTargetGroup(group) }
        for service in model.services.all {
            guard let serviceID = id(of: service.resource) else { continue }
            for link in service.loadBalancers {
                guard let group = model.targetGroups.resolve(link.targetGroup) else { continue }
                let port = link.containerPort.value.map { ":\($0)" } ?? ""
                edge(drawTargetGroup(group), serviceID, (link.containerName.value ?? "") + port)
            }
        }
        for certificate in model.certificates.all { drawCertificate(certificate) }
    }

    mutating func drawListener(_ listener: Listener) {
        let protocolName = listener.protocolName.value ?? "?"
        let port = listener.port.value.map(String.init) ?? "?"
        var lines: [String] = []
        if let policy = listener.sslPolicy.value { lines.append("TLS policy " + policy) }
        for action in listener.defaultActions where action.type.value == "redirect" {
            lines.append("redirect → " + (action.redirectProtocol.value ?? "?"))
        }
        let id = node(listener.resource, .listener, title: "listener \(protocolName):\(port)", lines: lines)
        if let balancer = model.loadBalancers.resolve(listener.loadBalancer), let from = self.id(of: balancer.resource) {
            if let index = self.index(of: id), let source = self.index(of: from) { nodes[index].cluster = nodes[source].cluster }
            edge(from, id)
        }
        for reference in listener.certificates {
            guard let certificate = model.certificates.resolve(reference) else { continue }
            edge(id, drawCertificate(certificate), "serves")
        }
        for action in listener.defaultActions {
            for reference in action.targetGroups {
                guard let group = model.targetGroups.resolve(reference) else { continue }
                edge(id, drawTargetGroup(group), "forwards")
            }
        }
    }

    @discardableResult
    mutating func drawCertificate(_ certificate: Certificate) -> String {
        if let id = id(of: certificate.resource) { return id }
        var lines: [String] = []
        var tone = Tone.plain
        if let expiry = certificate.notAfter.value, let days = certificate.daysLeft(at: now) {
            if days < 0 {
                lines.append("⚠ EXPIRED \(expiry.dayString) (\(-days) day\(days == -1 ? "" : "s") ago)")
                tone = .danger
            } else {
                lines.append("expires \(expiry.dayString) (in \(days) day\(days == 1 ? "" : "s"))")
                if days <= 30 { tone = .caution }
            }
        }
        if let status = certificate.status.value, status != "ISSUED" {
            lines.append("status " + status)
            tone = .danger
        }
        return node(certificate.resource, .certificate, title: "certificate " + certificate.label, lines: lines, tone: tone)
    }

    @discardableResult
    mutating func drawTargetGroup(_ group: TargetGroup) -> String {
        if let id = id(of: group.resource) { return id }
        var lines: [String] = []
        if let protocolName = group.protocolName.value { lines.append(protocolName + (group.port.value.map { ":\($0)" } ?? "")) }
        if group.healthCheckEnabled.value == false {
            lines.append("health check off")
        } else {
            var check = "health check " + (group.healthCheckProtocol.value ?? group.protocolName.value ?? "")
            if let port = group.healthCheckPort.value { check += " port " + port }
            if let interval = group.interval.value { check += ", every \(interval)s" }
            if let timeout = group.timeout.value { check += ", timeout \(timeout)s" }
            lines.append(check)
            if let matcher = group.matcher.value { lines.append("healthy on " + matcher) }
        }
        return node(group.resource, .targetGroup, title: "target group " + group.resource.name, lines: lines)
    }

    /// An edge from the internet to every load balancer and service whose security groups
    /// admit `0.0.0.0/0` (or `::/0`), labelled with the ports; open groups attached to
    /// nothing drawn get a node of their own.
    mutating func drawExposure() {
        var attached = Set<ResourceKey>()
        func open(_ references: [Fact<Reference>]) -> [String] {
            var ports: [String] = []
            for reference in references {
                guard let group = model.securityGroups.resolve(reference) else { continue }
                attached.insert(ResourceKey(group.resource))
                ports += group.ingress.filter(\.isOpenToWorld).map(Self.portLabel)
            }
            return ports.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
        }
        for balancer in model.loadBalancers.all {
            let ports = open(balancer.securityGroups)
            if !ports.isEmpty, let id = id(of: balancer.resource) { fromInternet.append((id, ports.joined(separator: ", "))) }
        }
        for service in model.services.all {
            let ports = open(service.securityGroups)
            guard !ports.isEmpty, let id = id(of: service.resource) else { continue }
            fromInternet.append((id, ports.joined(separator: ", ")))
            if let index = self.index(of: id) {
                nodes[index].tone = .danger
                nodes[index].lines.append("⚠ reachable from the internet")
            }
        }
        for group in model.securityGroups.all where !attached.contains(ResourceKey(group.resource)) {
            let ports = group.ingress.filter(\.isOpenToWorld).map(Self.portLabel)
            guard !ports.isEmpty else { continue }
            let id = node(group.resource, .securityGroup, title: "security group " + (group.groupName ?? group.resource.name),
                          lines: ["attached to nothing scanned"], tone: .caution)
            fromInternet.append((id, ports.joined(separator: ", ")))
        }
    }

    static func portLabel(_ rule: IngressRule) -> String {
        let proto = rule.ipProtocol.value ?? "?"
        if proto == "-1" || proto.lowercased() == "all" { return "all traffic" }
        switch (rule.fromPort.value, rule.toPort.value) {
        case let (from?, to?) where from == to: return "\(proto) \(from)"
        case let (from?, to?): return "\(proto) \(from)-\(to)"
        default: return proto
        }
    }
}
