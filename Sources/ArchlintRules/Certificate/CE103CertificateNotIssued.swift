import ArchlintModel

/// An ACM certificate whose status is known and is not `ISSUED`: it cannot be served. A
/// CloudFront distribution or API Gateway domain that names it is reported too.
struct CE103CertificateNotIssued: Rule {
    static let id = "CE103"

    func check(_ model: Architecture, _ context: inout RuleContext) {
        let now = context.options.now
        lazy var uses = CertificateUse(model)
        for certificate in model.certificates.all {
            context.checked(certificate.resource)
            guard case .known(let status, let site) = certificate.status, status.uppercased() != "ISSUED" else { continue }
            // An expired certificate whose NotAfter has passed is CE101's finding.
            if status.uppercased() == "EXPIRED", let notAfter = certificate.notAfter.value, notAfter < now { continue }
            context.report("certificate for \(certificate.label) has status \(status), not ISSUED", at: site, on: certificate.resource)
            for user in uses.users(of: certificate) where user.listener == nil {
                context.report("\(user.noun) uses certificate for \(certificate.label), whose status is \(status)", at: user.site, on: user.resource)
            }
        }
    }
}
