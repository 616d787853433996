import ArchlintModel

/// A PEM file whose certificates are not in chain order: each certificate must be followed by
/// the one that issued it. Reported at the certificate that should have been the issuer. A
/// self-signed certificate ends a chain: what follows it is a bundle of other certificates,
/// reported only when the self-signed one issued it (a chain written root first). A server
/// certificate (not a CA by its basic constraints, not self-signed) must come first, whatever
/// precedes it; a bundle of CA certificates only (a trust store) has no order to keep.
struct CE109ChainOutOfOrder: Rule {
    static let id = "CE109"

    func check(_ model: Architecture, _ context: inout RuleContext) {
        let files = Dictionary(grouping: model.certificates.all.filter { $0.chainIndex != nil }, by: \.resource.file)
        for file in files.keys.sorted() {
            let chain = (files[file] ?? []).sorted { ($0.chainIndex ?? 0) < ($1.chainIndex ?? 0) }
            for certificate in chain { context.checked(certificate.resource) }
            var reported = false
            for (issued, next) in zip(chain, chain.dropFirst()) {
                guard let issuer = issued.issuer, let subject = next.subject, !issuer.isEmpty, !subject.isEmpty,
                      issuer != subject else { continue }
                if let own = issued.subject, own == issuer, next.issuer != own { continue }
                let position = (next.chainIndex ?? 0) + 1
                reported = true
                context.report("certificate \(position) (\(subject)) did not issue certificate \(position - 1), "
                               + "whose issuer is \(issuer): the chain is out of order",
                               at: next.resource.site, on: next.resource)
            }
            // Reported once per file: a chain already found out of order above is not reported again.
            for leaf in chain.dropFirst() where !reported && leaf.isCA == false && leaf.subject != leaf.issuer {
                let index = leaf.chainIndex ?? 0
                context.report("certificate \(index + 1) (\(leaf.subject ?? "?")) is the server certificate (not a CA) "
                               + "but is not first: the chain is out of order",
                               at: leaf.resource.site, on: leaf.resource)
            }
        }
    }
}
