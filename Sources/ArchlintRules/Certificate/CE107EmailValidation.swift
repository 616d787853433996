import ArchlintModel

/// An ACM certificate validated by email: its renewal waits for someone to answer an email,
/// while a DNS-validated certificate renews itself. CloudFormation defaults to EMAIL.
struct CE107EmailValidation: Rule {
    static let id = "CE107"

    func check(_ model: Architecture, _ context: inout RuleContext) {
        for certificate in model.certificates.all where certificate.resource.origin != .pem {
            context.checked(certificate.resource)
            if let site = certificate.validationMethods.lazy.compactMap({ method -> Site? in
                guard case .known(let value, let site) = method, value.uppercased() == "EMAIL" else { return nil }
                return site
            }).first {
                context.report("certificate for \(certificate.label) is validated by email: renewal waits for someone to approve it",
                               at: site, on: certificate.resource)
            } else if certificate.resource.origin == .cloudFormation, certificate.validationMethods.isEmpty,
                      certificate.type.isAbsent {
                // A public certificate requested without ValidationMethod is validated by email.
                context.report("certificate for \(certificate.label) has no ValidationMethod: CloudFormation then validates by email",
                               at: certificate.resource.site, on: certificate.resource)
            }
        }
    }
}
