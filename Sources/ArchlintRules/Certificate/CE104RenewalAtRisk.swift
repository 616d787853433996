import ArchlintModel

/// A certificate ACM will not renew while it is needed: `RenewalEligibility: INELIGIBLE` while
/// in use, or an imported certificate (ACM never renews those) expiring within the window.
struct CE104RenewalAtRisk: Rule {
    static let id = "CE104"

    func check(_ model: Architecture, _ context: inout RuleContext) {
        let now = context.options.now
        let window = context.options.expiryWindowDays
        for certificate in model.certificates.all {
            context.checked(certificate.resource)
            if certificate.type.isUnknown { continue }
            if case .known(let type, let site) = certificate.type, type.uppercased() == "IMPORTED" {
                // Imported certificates are always INELIGIBLE: only an approaching expiry matters.
                guard let notAfter = certificate.notAfter.value, notAfter >= now,
                      let days = certificate.daysLeft(at: now), days < window else { continue }
                let when = "expires on \(notAfter.dayString), in \(days) day\(days == 1 ? "" : "s")"
                context.report("imported certificate for \(certificate.label) \(when), and ACM never renews imported certificates",
                               at: site, on: certificate.resource)
                continue
            }
            guard case .known(let eligibility, let site) = certificate.renewalEligibility,
                  eligibility.uppercased() == "INELIGIBLE" else { continue }
            let listeners = CertificateUse.listeners(of: certificate, in: model)
            let users = Set(certificate.inUseBy).union(listeners.map { $0.0.arn ?? $0.0.resource.name })
            guard !users.isEmpty else { continue }
            let use = "in use by \(users.count) resource\(users.count == 1 ? "" : "s")"
            context.report("certificate for \(certificate.label) is \(use) but is not eligible for managed renewal",
                           at: site, on: certificate.resource)
        }
    }
}
