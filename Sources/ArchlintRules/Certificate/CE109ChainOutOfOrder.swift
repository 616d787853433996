import ArchlintModel

/// A PEM file whose certificates are not in chain order: each certificate must be followed by
/// the one that issued it. Reported at the certificate that should have been the issuer. A
/// self-signed certificate ends a chain: what follows it is a bundle of other certificates,
/// reported only when the self-signed one issued it (a chain written root first).
struct CE109ChainOutOfOrder: Rule {
    static let id = "CE109"

    func check(_ model: Architecture, _ context: inout RuleContext) {
        let files = Dictionary(grouping: model.certificates.all.filter { $0.chainIndex != nil }, by: \.resource.file)
        for file in files.keys.sorted() {
            let chain = (files[file] ?? []).sorted { ($0.chainIndex ?? 0) < ($1.chainIndex ?? 0) }
            for certificate in chain { context.checked(certificate.resource) }
            for (issued, next) in zip(chain, chain.dropFirst()) {
                guard let issuer = issued.issuer, let subject = next.subject, !issuer.isEmpty, !subject.isEmpty,
                      issuer != subject else { continue }
                if let own = issued.subject, own == issuer, next.issuer != own { continue }
                let position = (next.chainIndex ?? 0) + 1
                context.report("certificate \(position) (\(subject)) did not issue certificate \(position - 1), "
                               + "whose issuer is \(issuer): the chain is out of order",
                               at: next.resource.site, on: next.resource)
            }
        }
    }
}
