import ArchlintModel
import Foundation

extension Certificate {
    /// Days from `now` to expiry, rounded down; negative once expired.
    func daysLeft(at now: Date) -> Int? {
        notAfter.value.map { Int(floor($0.timeIntervalSince(now) / 86_400)) }
    }

    var label: String { domainName.value ?? resource.name }
}

extension Date {
    /// `2026-11-15` in UTC, for messages.
    var dayString: String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: self)
    }
}

/// Listeners that serve a certificate, each with the site of the reference to it.
enum CertificateUse {
    static func listeners(of certificate: Certificate, in model: Architecture) -> [(Listener, Site)] {
        var uses: [(Listener, Site)] = []
        for listener in model.listeners.all {
            for reference in listener.certificates {
                guard let site = reference.site, let used = model.certificates.resolve(reference),
                      used.resource == certificate.resource else { continue }
                uses.append((listener, site))
            }
        }
        return uses
    }
}
