import ArchlintModel

/// A certificate past its `NotAfter` at `--now`; a listener serving it is reported too.
struct CE101CertificateExpired: Rule {
    static let id = "CE101"

    func check(_ model: Architecture, _ context: inout RuleContext) {
        let now = context.options.now
        lazy var uses = CertificateUse(model)
        for certificate in model.certificates.all {
            context.checked(certificate.resource)
            guard case .known(let notAfter, let site) = certificate.notAfter, notAfter < now else { continue }
            context.report("certificate for \(certificate.label) expired on \(notAfter.dayString)", at: site, on: certificate.resource)
            for user in uses.users(of: certificate) {
                context.report("\(user.noun) serves certificate for \(certificate.label), which expired on \(notAfter.dayString)",
                               at: user.site, on: user.resource)
            }
        }
    }
}
