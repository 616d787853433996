import ArchlintModel
import Foundation

/// ACM certificates: `AWS::CertificateManager::Certificate` and `acm describe-certificate`.
enum ACM {
    static let certificateType = "AWS::CertificateManager::Certificate"

    static let mappers = [
        ResourceMapper(certificateType, into: \.certificates, describe: describedCertificate, read: certificate),
    ]

    /// A described certificate is named by its domain and known by its ARN.
    static func describedCertificate(_ body: Cursor) -> ResourceInfo {
        let domain = body.child("DomainName")?.string.value ?? "certificate"
        let keys = [body.child("CertificateArn")?.string.value].compactMap { $0 }
        return ResourceInfo(name: domain, type: certificateType, site: body.site, origin: .cli, keys: keys)
    }

    static func certificate(_ body: Cursor, resource: ResourceInfo) -> Certificate {
        var certificate = Certificate(resource: resource)
        certificate.arn = body.child("CertificateArn")?.string.value
        certificate.domainName = body.child("DomainName")?.string ?? .absent
        certificate.status = body.child("Status")?.string ?? .absent
        certificate.type = body.child("Type")?.string ?? .absent
        // A CloudFormation certificate issued by a private CA (no `Type` property there).
        if certificate.type.isAbsent, let authority = body.child("CertificateAuthorityArn"), !authority.isNull {
            certificate.type = .known("PRIVATE", authority.site)
        }
        certificate.notBefore = body.child("NotBefore").map(date) ?? .absent
        certificate.notAfter = body.child("NotAfter").map(date) ?? .absent
        certificate.key = body.child("KeyAlgorithm")?.string.map(acmKey) ?? .absent
        certificate.signatureAlgorithm = body.child("SignatureAlgorithm")?.string ?? .absent
        certificate.renewalEligibility = body.child("RenewalEligibility")?.string ?? .absent
        var methods: [Fact<String>] = []
        if let method = body.child("ValidationMethod") { methods.append(method.string) }
        for option in body.child("DomainValidationOptions")?.items ?? [] {
            if let method = option.child("ValidationMethod") { methods.append(method.string) }
        }
        certificate.validationMethods = methods
        certificate.inUseBy = (body.child("InUseBy")?.strings ?? []).compactMap(\.value)
        certificate.subject = body.child("Subject")?.string.value
        certificate.issuer = body.child("Issuer")?.string.value
        return certificate
    }

    /// `RSA_2048`, `EC_prime256v1`, `EC_secp384r1`, as ACM names its key algorithms.
    static func acmKey(_ name: String) -> KeyDescription? {
        let upper = name.uppercased()
        if upper.hasPrefix("RSA"), let bits = Int(upper.drop { !$0.isNumber }) {
            return KeyDescription(algorithm: .rsa, bits: bits, name: name)
        }
        if upper.hasPrefix("EC") {
            let curves = ["PRIME256V1": 256, "SECP256R1": 256, "SECP384R1": 384, "SECP521R1": 521]
            let curve = upper.split(whereSeparator: { $0 == "_" || $0 == "-" }).last.map(String.init) ?? ""
            if let bits = curves[curve] { return KeyDescription(algorithm: .ec, bits: bits, name: name) }
        }
        return nil
    }

    /// ISO 8601 text (what the CLI prints) or epoch seconds (what the API returns).
    static func date(_ cursor: Cursor) -> Fact<Date> {
        cursor.string.map(parseDate)
    }

    static func parseDate(_ text: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let seconds = Double(trimmed) { return Date(timeIntervalSince1970: seconds) }
        let withFraction = ISO8601DateFormatter()
        withFraction.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = withFraction.date(from: trimmed) { return date }
        let plain = ISO8601DateFormatter()
        if let date = plain.date(from: trimmed) { return date }
        let dateOnly = ISO8601DateFormatter()
        dateOnly.formatOptions = [.withFullDate]
        return dateOnly.date(from: trimmed)
    }
}
