import ArchlintModel

/// A certificate that expires within the window (30 days unless configured); a listener
/// serving it is reported too.
struct CE102CertificateExpiring: Rule {
    static let id = "CE102"

    func check(_ model: Architecture, _ context: inout RuleContext) {
        let now = context.options.now
        let window = context.options.expiryWindowDays
        lazy var uses = CertificateUse(model)
        for certificate in model.certificates.all {
            context.checked(certificate.resource)
            guard case .known(let notAfter, let site) = certificate.notAfter, notAfter >= now,
                  let days = certificate.daysLeft(at: now), days < window else { continue }
            let when = "expires on \(notAfter.dayString), in \(days) day\(days == 1 ? "" : "s")"
            context.report("certificate for \(certificate.label) \(when)", at: site, on: certificate.resource)
            for user in uses.users(of: certificate) {
                context.report("\(user.noun) serves certificate for \(certificate.label), which \(when)", at: user.site, on: user.resource)
            }
        }
    }
}
