import ArchlintModel

/// A certificate whose `NotBefore` is after `--now`: clients refuse it until then.
struct CE108NotYetValid: Rule {
    static let id = "CE108"

    func check(_ model: Architecture, _ context: inout RuleContext) {
        let now = context.options.now
        for certificate in model.certificates.all {
            context.checked(certificate.resource)
            guard case .known(let notBefore, let site) = certificate.notBefore, notBefore > now else { continue }
            context.report("certificate for \(certificate.label) is not valid before \(notBefore.dayString)",
                           at: site, on: certificate.resource)
        }
    }
}
