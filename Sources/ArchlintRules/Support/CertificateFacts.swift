import ArchlintModel
import Foundation

extension Certificate {
    /// Days from `now` to expiry, rounded down; negative once expired.
    public func daysLeft(at now: Date) -> Int? {
        notAfter.value.map { Int(floor($0.timeIntervalSince(now) / 86_400)) }
    }

    public var label: String { domainName.value ?? resource.name }
}

extension Date {
    /// `2026-11-15` in UTC, for messages.
    public var dayString: String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: self)
    }
}

/// Who serves each certificate, each with the site of the reference to it: listeners, and
/// the CloudFront distributions and API Gateway custom domains whose certificate ARN is
/// written in a template. Built once, so a lookup per certificate does not scan every user.
struct CertificateUse {
    struct User {
        let resource: ResourceInfo
        /// `listener`, `CloudFront distribution`, `API Gateway domain`.
        let noun: String
        let site: Site
        let listener: Listener?
    }

    /// Edge resources and where their certificate ARNs are written.
    static let edges: [(type: String, noun: String, paths: [[String]])] = [
        ("AWS::CloudFront::Distribution", "CloudFront distribution", [["DistributionConfig", "ViewerCertificate", "AcmCertificateArn"]]),
        ("AWS::ApiGateway::DomainName", "API Gateway domain", [["CertificateArn"], ["RegionalCertificateArn"]]),
        ("AWS::ApiGatewayV2::DomainName", "API Gateway domain", [["DomainNameConfigurations", "*", "CertificateArn"]]),
    ]

    private let byCertificate: [ResourceInfo: [User]]

    init(_ model: Architecture) {
        var byCertificate: [ResourceInfo: [User]] = [:]
        for listener in model.listeners.all {
            for reference in listener.certificates {
                guard let site = reference.site, let used = model.certificates.position(of: reference) else { continue }
                byCertificate[model.certificates.all[used].resource, default: []]
                    .append(User(resource: listener.resource, noun: "listener", site: site, listener: listener))
            }
        }
        for edge in Self.edges {
            for position in model.resourcesByType[edge.type] ?? [] {
                let resource = model.resources[position]
                for path in edge.paths {
                    for (text, site) in Self.values(resource.properties, site: resource.propertiesSite, path: path[...]) {
                        let reference: Reference = text.hasPrefix("arn:") ? .arn(text) : .name(text)
                        guard let used = model.certificates.position(of: reference) else { continue }
                        byCertificate[model.certificates.all[used].resource, default: []]
                            .append(User(resource: resource.resource, noun: edge.noun, site: site, listener: nil))
                    }
                }
            }
        }
        self.byCertificate = byCertificate
    }

    /// Known text values along `path` (`*` for every list element).
    private static func values(_ node: PropertyNode, site: Site, path: ArraySlice<String>) -> [(String, Site)] {
        guard let key = path.first else {
            switch node.value {
            case .text(let text), .parameterDefault(_, let text), .parameterValue(_, let text, _): return [(text, site)]
            default: return []
            }
        }
        if key == "*" {
            guard case .list(let items) = node.value else { return [] }
            return items.enumerated().flatMap { values($0.element, site: $0.element.site(parent: site, component: String($0.offset)), path: path.dropFirst()) }
        }
        guard let (name, child) = node.child(key) else { return [] }
        return values(child, site: child.site(parent: site, component: name), path: path.dropFirst())
    }

    func users(of certificate: Certificate) -> [User] {
        byCertificate[certificate.resource] ?? []
    }

    func listeners(of certificate: Certificate) -> [(Listener, Site)] {
        users(of: certificate).compactMap { user in user.listener.map { ($0, user.site) } }
    }
}
