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

/// Listeners that serve each certificate, each with the site of the reference to it: built
/// once, so a lookup per certificate does not scan every listener.
struct CertificateUse {
    private let byCertificate: [ResourceInfo: [(Listener, Site)]]

    init(_ model: Architecture) {
        var byCertificate: [ResourceInfo: [(Listener, Site)]] = [:]
        for listener in model.listeners.all {
            for reference in listener.certificates {
                guard let site = reference.site, let used = model.certificates.position(of: reference) else { continue }
                byCertificate[model.certificates.all[used].resource, default: []].append((listener, site))
            }
        }
        self.byCertificate = byCertificate
    }

    func listeners(of certificate: Certificate) -> [(Listener, Site)] {
        byCertificate[certificate.resource] ?? []
    }
}
