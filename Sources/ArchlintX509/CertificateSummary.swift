import Foundation

/// What a policy rule needs to know about one X.509 certificate.
///
/// Built by ``PEM/parse(_:)``; certificates with weak keys (for example RSA-1024)
/// are summarised too, because flagging them is the point.
public struct CertificateSummary: Sendable, Hashable {
    public enum KeyAlgorithm: Sendable, Hashable {
        /// RSA (rsaEncryption or RSASSA-PSS keys); `bits` is the bit length of the modulus.
        case rsa(bits: Int)
        /// `curve` is "P-256", "P-384", "P-521", or the dotted OID of any other named curve
        /// ("explicit" for explicitly encoded curve parameters, "implicit" when they are absent or
        /// NULL). For curves other than the three NIST ones, `bits` is estimated from the point size.
        case ecdsa(curve: String, bits: Int)
        case ed25519
        /// Any other key type: a short name ("DSA", "Ed448", "X25519", "X448") or the dotted OID.
        case other(String)
    }

    /// RFC 4514 style, most specific RDN first: "CN=*.moto.com,OU=Operations,O=MotoServer,...".
    /// Known attribute types use short names (CN, O, OU, L, ST, C, …, as OpenSSL spells them),
    /// others their dotted OID; non-string values appear as "#<hex DER>". Empty for an empty name.
    public var subject: String
    public var issuer: String
    /// The last (most specific) CN of the subject, when its value is a string type.
    public var commonName: String?
    /// DNS names and IP addresses (IPv4 dotted, IPv6 RFC 5952) of the subjectAltName extension,
    /// in certificate order; e-mail, URI and other name forms are left out.
    public var subjectAlternativeNames: [String]
    /// Lowercase two-digit hex bytes joined by ":" as ACM shows it ("0f:ac:b0:…"),
    /// without the DER sign byte; a (non-conforming) negative serial starts with "-".
    public var serialNumber: String
    public var notBefore: Date
    public var notAfter: Date
    public var keyAlgorithm: KeyAlgorithm
    /// OpenSSL-style name ("sha256WithRSAEncryption", "ecdsa-with-SHA256", "RSASSA-PSS", "Ed25519", …)
    /// or the dotted OID when unknown.
    public var signatureAlgorithm: String
    /// True when the signature's digest is MD2, MD4, MD5 or SHA-1 (including RSASSA-PSS with a SHA-1 hash).
    public var hasWeakSignature: Bool
    /// The cA flag of basicConstraints; false when the extension is absent (for example v1 certificates).
    public var isCA: Bool
    /// 1-based line of this block's "-----BEGIN CERTIFICATE-----" (1 for a DER file).
    public var line: Int
    /// Nil when swift-certificates also accepts the certificate. Otherwise why it refused it
    /// (it applies the RFC 5280 profile and refuses keys it will not use); the summary is
    /// still complete. Examples: "incorrectParameterSize: …" for RSA-1024,
    /// "unsupportedSignatureAlgorithm: …" for the OIW sha1WithRSA OID,
    /// "invalidASN1IntegerEncoding: …" for a negative serial number.
    public var strictParseError: String?

    public init(
        subject: String, issuer: String, commonName: String?, subjectAlternativeNames: [String],
        serialNumber: String, notBefore: Date, notAfter: Date, keyAlgorithm: KeyAlgorithm,
        signatureAlgorithm: String, hasWeakSignature: Bool, isCA: Bool, line: Int,
        strictParseError: String? = nil
    ) {
        self.subject = subject
        self.issuer = issuer
        self.commonName = commonName
        self.subjectAlternativeNames = subjectAlternativeNames
        self.serialNumber = serialNumber
        self.notBefore = notBefore
        self.notAfter = notAfter
        self.keyAlgorithm = keyAlgorithm
        self.signatureAlgorithm = signatureAlgorithm
        self.hasWeakSignature = hasWeakSignature
        self.isCA = isCA
        self.line = line
        self.strictParseError = strictParseError
    }
}

/// A certificate block that could not be decoded, reported at its BEGIN line.
public struct PEMBlockError: Error, Sendable, Hashable, CustomStringConvertible {
    public var line: Int
    public var message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { "line \(line): \(message)" }
}

/// Everything found in one PEM (or DER) file.
public struct PEMFile: Sendable, Hashable {
    /// Decoded certificates in file order.
    public var certificates: [CertificateSummary]
    /// Certificate blocks that could not be decoded, in file order.
    public var errors: [PEMBlockError]
    /// Labels of non-certificate blocks in file order, e.g. "PRIVATE KEY", "RSA PRIVATE KEY".
    /// Only the label is kept, never the block's content.
    public var otherBlocks: [String]

    public init(certificates: [CertificateSummary] = [], errors: [PEMBlockError] = [], otherBlocks: [String] = []) {
        self.certificates = certificates
        self.errors = errors
        self.otherBlocks = otherBlocks
    }
}
