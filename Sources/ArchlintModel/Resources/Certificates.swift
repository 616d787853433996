import Foundation

public enum KeyAlgorithm: String, Sendable, Hashable {
    case rsa = "RSA"
    case ec = "EC"
    case ed25519 = "Ed25519"
    case other = "other"
}

public struct KeyDescription: Sendable, Hashable, CustomStringConvertible {
    public var algorithm: KeyAlgorithm
    public var bits: Int
    /// As AWS or the certificate names it: `RSA_2048`, `EC_prime256v1`, `P-384`.
    public var name: String
    public init(algorithm: KeyAlgorithm, bits: Int, name: String) {
        self.algorithm = algorithm
        self.bits = bits
        self.name = name
    }
    public var description: String { name }
}

/// An ACM certificate (CloudFormation or `describe-certificate`) or an X.509 certificate from a PEM file.
public struct Certificate: ModelEntity, Hashable {
    public var resource: ResourceInfo
    public var arn: String?
    public var domainName: Fact<String>
    /// ACM status: `ISSUED`, `PENDING_VALIDATION`, `EXPIRED`, ...; absent for PEM files.
    public var status: Fact<String>
    /// ACM type: `AMAZON_ISSUED`, `IMPORTED`, `PRIVATE`.
    public var type: Fact<String>
    public var notBefore: Fact<Date>
    public var notAfter: Fact<Date>
    public var key: Fact<KeyDescription>
    public var signatureAlgorithm: Fact<String>
    public var renewalEligibility: Fact<String>
    public var validationMethods: [Fact<String>]
    public var inUseBy: [String]
    public var subject: String?
    public var issuer: String?
    /// For PEM files: position in the file's chain (0 = first).
    public var chainIndex: Int?

    public init(resource: ResourceInfo) {
        self.resource = resource
        self.domainName = .absent
        self.status = .absent
        self.type = .absent
        self.notBefore = .absent
        self.notAfter = .absent
        self.key = .absent
        self.signatureAlgorithm = .absent
        self.renewalEligibility = .absent
        self.validationMethods = []
        self.inUseBy = []
    }
}
