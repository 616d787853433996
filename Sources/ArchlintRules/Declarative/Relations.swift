import ArchlintModel
import Foundation

/// The relations a declarative check may follow (`{relation: 'subnets[*].public', equals: false}`):
/// each is read from the typed model's own links (service → subnets → route tables, service →
/// task definition → roles → policies, listener → certificates, target group → health check,
/// pipeline → stages), so a user rule reasons as the built-in ones do. `docs/custom-rules.md`
/// documents every one; `RelationCatalog` is the list the parser checks names against.
enum Related {
    /// A real property tree: the rest of the path reads it as a property path.
    case node(PropertyNode, Site)
    /// A related entity's attributes, reported at `site` (where the relation is written).
    case entity([String: Related], Site)
    case list([Related])
    case text(String, Site)
    case absent
    /// Named, but not known offline (an unresolved reference, a resource no scanned file describes).
    case unknown
}

/// What each relation leads to, by resource type: the names the parser accepts.
public enum RelationCatalog {
    /// Attributes of each kind of related thing (beside `properties`, its raw property tree,
    /// and `tags`, its tags by key, on every described resource).
    static let attributes: [String: [String]] = [
        "subnet": ["id", "public", "cidr"],
        "security-group": ["id", "open-to-world"],
        "task-definition": ["family", "network-mode"],
        "role": ["name", "actions", "managed-policies"],
        "certificate": ["domain", "status", "type", "not-after", "days-to-expiry"],
        "target-group": ["protocol", "port", "health-check"],
        "health-check": ["enabled", "protocol", "port", "interval", "timeout", "healthy-threshold", "unhealthy-threshold", "matcher"],
        "stage": ["name", "actions"],
        "action": ["name", "category", "owner", "provider"],
    ]
    static let withProperties: Set<String> = ["subnet", "security-group", "task-definition", "role", "certificate", "target-group"]

    /// Resource type → relation → (kind, plural).
    public static let relations: [String: [String: (kind: String, plural: Bool)]] = [
        "AWS::ECS::Service": ["subnets": ("subnet", true), "security-groups": ("security-group", true),
                              "task-definition": ("task-definition", false), "task-role": ("role", false),
                              "execution-role": ("role", false), "target-groups": ("target-group", true)],
        "AWS::ECS::TaskDefinition": ["task-role": ("role", false), "execution-role": ("role", false)],
        "AWS::ElasticLoadBalancingV2::LoadBalancer": ["subnets": ("subnet", true), "security-groups": ("security-group", true)],
        "AWS::ElasticLoadBalancingV2::Listener": ["certificates": ("certificate", true), "target-groups": ("target-group", true)],
        "AWS::ElasticLoadBalancingV2::TargetGroup": ["health-check": ("health-check", false)],
        "AWS::CodePipeline::Pipeline": ["stages": ("stage", true), "role": ("role", false)],
    ]

    /// Nil when `path` (relation name first) can be followed from every type; else why not.
    static func problem(_ path: PropertyPath, types: [String]) -> String? {
        guard case .key(let name)? = path.components.first else { return "a relation path starts with the relation's name" }
        for type in types {
            guard let table = relations[type] else {
                let known = relations.keys.sorted().joined(separator: ", ")
                return "resources of type \(type) have no relations (types with relations: \(known))"
            }
            guard let (kind, plural) = table[name] else {
                return "unknown relation `\(name)` of \(type) (known: \(table.keys.sorted().joined(separator: ", ")))"
            }
            var rest = Array(path.components.dropFirst())
            if plural {
                guard rest.first == .each || rest.isEmpty else { return "`\(name)` is a list: write `\(name)[*]`" }
                if !rest.isEmpty { rest.removeFirst() }
            }
            if let problem = attributeProblem(rest, kind: kind) { return problem }
        }
        return nil
    }

    private static func attributeProblem(_ rest: [PropertyPath.Component], kind: String) -> String? {
        guard case .key(let attribute)? = rest.first else { return nil }
        if attribute == "properties" || attribute == "tags" {
            return withProperties.contains(kind) ? nil : "a \(kind) has no `\(attribute)` (attributes: \(attributes[kind]!.joined(separator: ", ")))"
        }
        guard let known = attributes[kind], known.contains(attribute) else {
            let names = (attributes[kind] ?? []) + (withProperties.contains(kind) ? ["properties", "tags"] : [])
            return "a \(kind) has no attribute `\(attribute)` (attributes: \(names.joined(separator: ", ")))"
        }
        let next = Array(rest.dropFirst())
        switch (kind, attribute) {
        case ("target-group", "health-check"): return attributeProblem(next, kind: "health-check")
        case ("stage", "actions"):
            guard next.first == .each || next.isEmpty else { return "`actions` is a list: write `actions[*]`" }
            return attributeProblem(Array(next.dropFirst()), kind: "action")
        case ("role", "actions"), ("role", "managed-policies"):
            guard next.first == .each || next.isEmpty else { return "`\(attribute)` is a list: write `\(attribute)[*]`" }
            return next.count > 1 ? "`\(attribute)[*]` is a list of text values" : nil
        default:
            return next.isEmpty ? nil : "`\(attribute)` is a single value: nothing follows it"
        }
    }
}

/// Follows relations in one model. Built once per engine run and shared by every check.
final class Relations: Sendable {
    let model: Architecture
    let now: Date
    private let tables: OnDemand<RouteTableLookup>
    /// Managed policies by the roles they are attached to (`Roles:` of the policy).
    private let policiesByRole: OnDemand<[ResourceInfo: [Int]]>

    init(_ model: Architecture, now: Date) {
        self.model = model
        self.now = now
        tables = OnDemand { RouteTableLookup(model) }
        policiesByRole = OnDemand {
            var table: [ResourceInfo: [Int]] = [:]
            for (index, policy) in model.managedPolicies.all.enumerated() {
                for reference in policy.roles {
                    if let role = model.roles.resolve(reference) { table[role.resource, default: []].append(index) }
                }
            }
            return table
        }
    }

    /// The relation `name` of a resource (nil: its type has no such relation).
    func follow(_ name: String, from resource: GenericResource) -> Related {
        let info = resource.resource
        switch info.type {
        case "AWS::ECS::Service":
            guard let service = entity(model.services, info) else { return .unknown }
            let task = model.taskDefinitions.resolve(service.taskDefinition)
            switch name {
            case "subnets": return .list(service.subnets.map(subnet))
            case "security-groups": return .list(service.securityGroups.map(securityGroup))
            case "task-definition": return reference(service.taskDefinition, model.taskDefinitions, taskDefinition)
            case "task-role", "execution-role":
                guard let task else { return service.taskDefinition.isAbsent ? .absent : .unknown }
                return role(name == "task-role" ? task.taskRole : task.executionRole)
            case "target-groups": return .list(service.loadBalancers.map { reference($0.targetGroup, model.targetGroups, targetGroup) })
            default: return .unknown
            }
        case "AWS::ECS::TaskDefinition":
            guard let task = entity(model.taskDefinitions, info) else { return .unknown }
            return role(name == "task-role" ? task.taskRole : task.executionRole)
        case "AWS::ElasticLoadBalancingV2::LoadBalancer":
            guard let balancer = entity(model.loadBalancers, info) else { return .unknown }
            return .list(name == "subnets" ? balancer.subnets.map(subnet) : balancer.securityGroups.map(securityGroup))
        case "AWS::ElasticLoadBalancingV2::Listener":
            guard let listener = entity(model.listeners, info) else { return .unknown }
            if name == "certificates" { return .list(listener.certificates.map { reference($0, model.certificates, certificate) }) }
            return .list(listener.defaultActions.flatMap(\.targetGroups).map { reference($0, model.targetGroups, targetGroup) })
        case "AWS::ElasticLoadBalancingV2::TargetGroup":
            guard let group = entity(model.targetGroups, info) else { return .unknown }
            return healthCheck(group, at: info.site)
        case "AWS::CodePipeline::Pipeline":
            guard let pipeline = entity(model.pipelines, info) else { return .unknown }
            if name == "role" { return role(pipeline.role) }
            return .list(pipeline.stages.map(stage))
        default:
            return .unknown
        }
    }

    // MARK: Entities

    /// The typed entity the generic resource is.
    private func entity<E>(_ index: ResourceIndex<E>, _ info: ResourceInfo) -> E? where E: ModelEntity {
        if info.origin == .cloudFormation {
            return index.resolve(.logical(file: info.file, id: info.name))
        }
        for key in info.keys + [info.name] where !key.isEmpty {
            if let found = index.resolve(.name(key)), found.resource.file == info.file, found.resource.name == info.name {
                return found
            }
        }
        return nil
    }

    /// A reference to another resource: its entity at the reference's site, unknown when it
    /// cannot be resolved, absent when not written.
    private func reference<E>(_ fact: Fact<Reference>, _ index: ResourceIndex<E>, _ make: (E, Site) -> Related) -> Related {
        switch fact {
        case .absent: return .absent
        case .unknown: return .unknown
        case .known(let ref, let site):
            guard let found = index.resolve(ref) else { return .unknown }
            return make(found, site)
        }
    }

    private func described(_ info: ResourceInfo, _ attributes: [String: Related], at site: Site) -> Related {
        var all = attributes
        if let generic = generic(info) {
            all["properties"] = .node(generic.properties, generic.propertiesSite)
            all["tags"] = Self.tags(of: generic)
        }
        return .entity(all, site)
    }

    private func generic(_ info: ResourceInfo) -> GenericResource? {
        guard let positions = model.resourcesByType[info.type] else { return nil }
        for position in positions where model.resources[position].resource.name == info.name
            && model.resources[position].resource.file == info.file {
            return model.resources[position]
        }
        return nil
    }

    private func subnet(_ fact: Fact<Reference>) -> Related {
        reference(fact, model.subnets) { subnet, site in
            let exposure = SubnetExposure.of(fact, in: model, tables: tables.value)
            let isPublic: Related
            switch exposure {
            case .publicRoute, .mapsPublicIp: isPublic = .text("true", site)
            case .privateSubnet: isPublic = .text("false", site)
            case .undetermined, .notDescribed, .unknown: isPublic = .unknown
            }
            return described(subnet.resource, ["id": .text(subnet.subnetId ?? subnet.resource.name, site), "public": isPublic,
                                               "cidr": Self.text(subnet.cidr)], at: site)
        }
    }

    private func securityGroup(_ fact: Fact<Reference>) -> Related {
        reference(fact, model.securityGroups) { group, site in
            let open: Related = group.ingress.contains(where: \.isOpenToWorld) ? .text("true", site)
                : (group.ingress.contains { $0.cidr.isUnknown } ? .unknown : .text("false", site))
            return described(group.resource, ["id": .text(group.groupId ?? group.resource.name, site), "open-to-world": open], at: site)
        }
    }

    private func taskDefinition(_ task: TaskDefinition, _ site: Site) -> Related {
        described(task.resource, ["family": Self.text(task.family), "network-mode": Self.text(task.networkMode)], at: site)
    }

    private func role(_ fact: Fact<Reference>) -> Related {
        reference(fact, model.roles) { role, site in
            // Effective grants: the Allow statements of its inline policies and of the
            // customer-managed policies attached to it in the scanned files.
            var documents = role.inlinePolicies
            for index in policiesByRole.value[role.resource] ?? [] {
                if let document = model.managedPolicies.all[index].document { documents.append(document) }
            }
            var actions: [Related] = []
            for statement in documents.flatMap(\.statements) {
                switch statement.effect {
                case .known(.allow, _): actions += statement.actions.map(Self.text)
                case .unknown: actions.append(.unknown)
                default: break
                }
            }
            return described(role.resource, ["name": Self.text(role.roleName), "actions": .list(actions),
                                             "managed-policies": .list(role.managedPolicies.map(Self.text))], at: site)
        }
    }

    private func certificate(_ certificate: Certificate, _ site: Site) -> Related {
        var notAfter: Related = .unknown
        var days: Related = .unknown
        if case .known(let date, _) = certificate.notAfter {
            notAfter = .text(ISO8601DateFormatter().string(from: date), site)
            days = .text(String(Int((date.timeIntervalSince(now) / 86_400).rounded(.down))), site)
        }
        return described(certificate.resource, ["domain": Self.text(certificate.domainName), "status": Self.text(certificate.status),
                                                "type": Self.text(certificate.type), "not-after": notAfter,
                                                "days-to-expiry": days], at: site)
    }

    private func targetGroup(_ group: TargetGroup, _ site: Site) -> Related {
        described(group.resource, ["protocol": Self.text(group.protocolName), "port": Self.text(group.port),
                                   "health-check": healthCheck(group, at: site)], at: site)
    }

    /// The health check as it runs: AWS's defaults where a setting is not written.
    private func healthCheck(_ group: TargetGroup, at site: Site) -> Related {
        func number(_ value: Int?, _ fact: Fact<Int>) -> Related {
            guard let value else { return .unknown }
            return .text(String(value), fact.site ?? site)
        }
        let enabled: Related = HealthCheckDefaults.isEnabled(group).map { Related.text($0 ? "true" : "false", group.healthCheckEnabled.site ?? site) } ?? Related.unknown
        return .entity(["enabled": enabled, "protocol": Self.text(group.healthCheckProtocol), "port": Self.text(group.healthCheckPort),
                        "interval": number(HealthCheckDefaults.interval(group), group.interval),
                        "timeout": number(HealthCheckDefaults.timeout(group), group.timeout),
                        "healthy-threshold": Self.text(group.healthyThreshold),
                        "unhealthy-threshold": number(HealthCheckDefaults.unhealthyThreshold(group), group.unhealthyThreshold),
                        "matcher": Self.text(group.matcher)], site)
    }

    private func stage(_ stage: Stage) -> Related {
        .entity(["name": Self.text(stage.name), "actions": .list(stage.actions.map { action in
            .entity(["name": Self.text(action.name), "category": Self.text(action.category), "owner": Self.text(action.owner),
                     "provider": Self.text(action.provider)], action.site)
        })], stage.site)
    }

    // MARK: Values

    static func text<T>(_ fact: Fact<T>) -> Related {
        switch fact {
        case .known(let value, let site): return .text("\(value)", site)
        case .unknown: return .unknown
        case .absent: return .absent
        }
    }

    /// Tags by key: CloudFormation's list of `{Key, Value}` (the API's `{key, value}`), or a
    /// mapping of key to value (the form some resource types take).
    static func tags(of resource: GenericResource) -> Related {
        guard let (name, node) = resource.properties.child("Tags") else { return .entity([:], resource.resource.site) }
        let site = node.site(parent: resource.propertiesSite, component: name)
        switch node.value {
        case .mapping(let entries):
            var tags: [String: Related] = [:]
            for entry in entries { tags[entry.key] = .node(entry.node, entry.node.site(parent: site, component: entry.key)) }
            return .entity(tags, site)
        case .list(let items):
            var tags: [String: Related] = [:]
            for (index, item) in items.enumerated() {
                guard let key = item.child("Key")?.node.text else {
                    if item.child("Key") != nil { return .unknown }  // a key that is not known offline
                    continue
                }
                let itemSite = item.site(parent: site, component: String(index))
                if let (valueName, value) = item.child("Value") {
                    tags[key] = .node(value, value.site(parent: itemSite, component: valueName))
                } else {
                    tags[key] = .text("", itemSite)
                }
            }
            return .entity(tags, site)
        case .null: return .entity([:], site)
        default: return .unknown
        }
    }
}
