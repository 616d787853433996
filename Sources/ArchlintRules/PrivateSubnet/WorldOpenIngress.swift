import ArchlintModel

/// World-open ingress on the security groups that PS104 (workload groups) and PS105
/// (load-balancer groups) do not judge, sorted by what it exposes: PS108 all traffic,
/// PS109 administration and database ports, PS110 any other port. 80 and 443 are the
/// ports Security Hub (EC2.18) authorises by default and are never reported. A value from a
/// parameter with a default is judged at that default; a standalone
/// `AWS::EC2::SecurityGroupIngress` whose group is in no scanned file is judged on its own.
enum WorldOpenIngress {
    enum Exposure: Equatable {
        case everything
        case risky(Int)
        case other
    }

    /// Security Hub EC2.19's high-risk ports, plus the database, cache and cluster ports
    /// archlint treats the same way.
    static let riskyPorts: [Int] = [
        20, 21, 22, 23, 25, 110, 135, 143, 445, 1433, 1434, 1521, 2049, 2375, 2376, 3000, 3306, 3389,
        4333, 5000, 5432, 5439, 5500, 5601, 5984, 6379, 7000, 7001, 8020, 8080, 8088, 8888, 9042,
        9092, 9200, 9300, 11211, 27017, 27018,
    ]
    static let webPorts: Set<Int> = [80, 443]
    static let standaloneType = "AWS::EC2::SecurityGroupIngress"

    /// One ingress rule with its values as far as they are known offline.
    struct Ingress {
        var proto: String?
        var from: Int?
        var to: Int?
        var cidr: String?
        var cidrSite: Site?
        /// The parameters whose defaults gave a value, for the message.
        var parameters: [String] = []
    }

    /// What a rule exposes to the internet (any `/0` range, however the address is written, or
    /// a public range as wide: `AddressRange.isInternetWide`); nil when it is not world-open,
    /// only on 80/443, ICMP, or not known offline.
    static func exposure(_ rule: Ingress) -> Exposure? {
        guard let cidr = rule.cidr, AddressRange(cidr)?.isInternetWide ?? cidr.hasSuffix("/0") else { return nil }
        return reach(rule)
    }

    /// What the rule's protocol and ports admit, whatever its source; nil when only 80/443,
    /// ICMP, or not known offline.
    static func reach(_ rule: Ingress) -> Exposure? {
        guard let proto = rule.proto?.lowercased(), !["icmp", "icmpv6", "1", "58"].contains(proto) else { return nil }
        if proto == "-1" || proto == "all" { return .everything }
        guard let from = rule.from, let to = rule.to else { return nil }
        if from == -1 || to == -1 || (from <= 1 && to == 65535) { return .everything }
        guard from <= to else { return nil }
        if let port = riskyPorts.first(where: { from <= $0 && $0 <= to }) { return .risky(port) }
        return to - from + 1 > webPorts.filter { from <= $0 && $0 <= to }.count ? .other : nil
    }

    /// Reports each ingress rule `message` words, on groups attached to no workload and no load
    /// balancer (on every group with `everyGroup`), and on standalone ingress whose group is not
    /// scanned.
    static func report(_ model: Architecture, _ context: inout RuleContext, everyGroup: Bool = false,
                       _ message: (String, Ingress) -> String?) {
        let workloads = PrivateSubnetGroups.workloads(in: model, context)
        let targets = context.lookups.value(Targets.self) { Targets(model, workloads: workloads) }
        for target in targets.groups where everyGroup || target.unattached {
            context.checked(target.resource)
            report(target, message, &context)
        }
        for target in targets.standalone {
            context.checked(target.resource)
            report(target, message, &context)
        }
    }

    private static func report(_ target: Target, _ message: (String, Ingress) -> String?, _ context: inout RuleContext) {
        for rule in target.rules {
            guard let site = rule.cidrSite, let text = message(target.subject, rule) else { continue }
            context.report(text, at: site, on: target.resource)
        }
    }

    /// A security group (or a standalone ingress rule) and its ingress rules, values resolved.
    struct Target: Sendable {
        var resource: ResourceInfo
        var subject: String
        /// Attached to no workload and no load balancer.
        var unattached = true
        var rules: [Ingress]
    }

    /// What the world-open rules judge, worked out once per run: PS108, PS109, PS110 and PS121
    /// each walked every group and its parameter defaults before.
    struct Targets: Sendable {
        var groups: [Target] = []
        var standalone: [Target] = []

        init(_ model: Architecture, workloads: [ResourceInfo: [String]]) {
            var balanced: Set<ResourceInfo> = []
            for balancer in model.loadBalancers.all {
                for reference in balancer.securityGroups {
                    if let group = model.securityGroups.resolve(reference) { balanced.insert(group.resource) }
                }
            }
            let defaults = ParameterDefaults(model)
            var merged: Set<Position> = []
            for group in model.securityGroups.all {
                merged.formUnion(group.ingress.map { key($0.site) })
                groups.append(Target(resource: group.resource, subject: "security group \(PrivateSubnetGroups.label(group))",
                                     unattached: workloads[group.resource] == nil && !balanced.contains(group.resource),
                                     rules: group.ingress.map(defaults.rule)))
            }
            for position in model.resourcesByType[standaloneType] ?? [] {
                let resource = model.resources[position]
                guard !merged.contains(key(resource.propertiesSite)) else { continue }
                standalone.append(Target(resource: resource.resource, subject: "ingress rule", rules: [defaults.rule(resource)]))
            }
        }
    }

    /// `security group web admits 0.0.0.0/0 on tcp port 22 (at the default of parameter SSHLocation)`.
    static func describe(_ subject: String, _ rule: Ingress, port: Int? = nil) -> String {
        var ports = "some ports"
        if let proto = rule.proto?.lowercased() {
            let name = ["6": "tcp", "17": "udp"][proto] ?? proto
            if proto == "-1" || proto == "all" {
                ports = "all traffic"
            } else if let from = rule.from, let to = rule.to {
                ports = from == -1 || to == -1 ? "all \(name)" : from == to ? "\(name) port \(from)" : "\(name) ports \(from)-\(to)"
                if let port, from != to { ports += ", including port \(port)" }
            }
        }
        var text = "\(subject) admits \(rule.cidr.map(AddressRange.label) ?? "the internet") on \(ports)"
        if !rule.parameters.isEmpty {
            text += " (at the default of parameter\(rule.parameters.count == 1 ? "" : "s") \(rule.parameters.joined(separator: ", ")))"
        }
        return text
    }

    /// A position in a file, the path left out (the typed model and the property trees spell
    /// the same value's path differently).
    struct Position: Hashable, Sendable {
        var file: String
        var line: Int
        var column: Int
    }

    static func key(_ site: Site) -> Position { Position(file: site.file, line: site.line, column: site.column) }

    /// Values of security-group properties that come from parameter defaults (or a stack's
    /// parameter file), by the site the typed model gives them: the message names the
    /// parameters.
    struct ParameterDefaults {
        private var values: [Position: (parameter: String, value: String)] = [:]

        init(_ model: Architecture) {
            for type in ["AWS::EC2::SecurityGroup", standaloneType] {
                for position in model.resourcesByType[type] ?? [] {
                    let resource = model.resources[position]
                    collect(resource.properties, file: resource.propertiesSite.file)
                }
            }
        }

        /// An explicit stack, not recursion: a document may nest 10,000 levels (`--max-depth`'s cap).
        private mutating func collect(_ root: PropertyNode, file: String) {
            var pending = [root]
            while let node = pending.popLast() {
                switch node.value {
                case .parameterDefault(let parameter, let value), .parameterValue(let parameter, let value, _):
                    values[Position(file: file, line: Int(node.line), column: Int(node.column))] = (parameter, value)
                case .mapping(let entries):
                    pending += entries.map(\.node)
                case .list(let items):
                    pending += items
                default:
                    break
                }
            }
        }

        /// The value, and the parameter it came from (for the message) when it did.
        private func lookup(_ fact: Fact<String>, _ rule: inout Ingress) -> String? {
            guard let site = fact.site, let found = values[WorldOpenIngress.key(site)] else { return fact.value }
            if !rule.parameters.contains(found.parameter) { rule.parameters.append(found.parameter) }
            return fact.value ?? found.value
        }

        func rule(_ ingress: IngressRule) -> Ingress {
            var rule = Ingress()
            rule.cidr = lookup(ingress.cidr, &rule)
            rule.cidrSite = ingress.cidr.site
            rule.proto = lookup(ingress.ipProtocol, &rule)
            rule.from = lookup(ingress.fromPort.map(String.init), &rule).flatMap { Int($0) }
            rule.to = lookup(ingress.toPort.map(String.init), &rule).flatMap { Int($0) }
            return rule
        }

        /// A standalone ingress read from its property tree.
        func rule(_ resource: GenericResource) -> Ingress {
            var rule = Ingress()
            func text(_ key: String) -> (String, Site)? {
                guard let (name, node) = resource.properties.child(key) else { return nil }
                let site = node.site(parent: resource.propertiesSite, component: name)
                switch node.value {
                case .text(let value): return (value, site)
                case .parameterDefault(let parameter, let value), .parameterValue(let parameter, let value, _):
                    if !rule.parameters.contains(parameter) { rule.parameters.append(parameter) }
                    return (value, site)
                default: return nil
                }
            }
            if let (cidr, site) = text("CidrIp") ?? text("CidrIpv6") {
                rule.cidr = cidr
                rule.cidrSite = site
            }
            rule.proto = text("IpProtocol")?.0
            rule.from = text("FromPort").flatMap { Int($0.0) }
            rule.to = text("ToPort").flatMap { Int($0.0) }
            return rule
        }
    }
}
