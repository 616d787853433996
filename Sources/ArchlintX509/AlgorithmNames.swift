/// OID → name tables for signature and key algorithms, spelled the way OpenSSL prints them.
enum AlgorithmNames {
    struct Signature {
        var name: String
        var weak: Bool
    }

    static let rsassaPSS = "1.2.840.113549.1.1.10"

    static let signatures: [String: Signature] = [
        "1.2.840.113549.1.1.2": Signature(name: "md2WithRSAEncryption", weak: true),
        "1.2.840.113549.1.1.3": Signature(name: "md4WithRSAEncryption", weak: true),
        "1.2.840.113549.1.1.4": Signature(name: "md5WithRSAEncryption", weak: true),
        "1.2.840.113549.1.1.5": Signature(name: "sha1WithRSAEncryption", weak: true),
        "1.2.840.113549.1.1.10": Signature(name: "RSASSA-PSS", weak: false),
        "1.2.840.113549.1.1.11": Signature(name: "sha256WithRSAEncryption", weak: false),
        "1.2.840.113549.1.1.12": Signature(name: "sha384WithRSAEncryption", weak: false),
        "1.2.840.113549.1.1.13": Signature(name: "sha512WithRSAEncryption", weak: false),
        "1.2.840.113549.1.1.14": Signature(name: "sha224WithRSAEncryption", weak: false),
        // Old OIW identifiers, still found in some roots (badssl's eDellRoot uses 1.3.14.3.2.29).
        "1.3.14.3.2.3": Signature(name: "md5WithRSA", weak: true),
        "1.3.14.3.2.29": Signature(name: "sha1WithRSA", weak: true),
        "1.2.840.10045.4.1": Signature(name: "ecdsa-with-SHA1", weak: true),
        "1.2.840.10045.4.3.1": Signature(name: "ecdsa-with-SHA224", weak: false),
        "1.2.840.10045.4.3.2": Signature(name: "ecdsa-with-SHA256", weak: false),
        "1.2.840.10045.4.3.3": Signature(name: "ecdsa-with-SHA384", weak: false),
        "1.2.840.10045.4.3.4": Signature(name: "ecdsa-with-SHA512", weak: false),
        "1.2.840.10040.4.3": Signature(name: "dsa-with-SHA1", weak: true),
        "2.16.840.1.101.3.4.3.1": Signature(name: "dsa-with-SHA224", weak: false),
        "2.16.840.1.101.3.4.3.2": Signature(name: "dsa-with-SHA256", weak: false),
        "1.3.101.112": Signature(name: "Ed25519", weak: false),
        "1.3.101.113": Signature(name: "Ed448", weak: false),
    ]

    /// Digest OIDs that make an RSASSA-PSS signature weak.
    static let weakDigests: Set<String> = [
        "1.3.14.3.2.26",  // sha1
        "1.2.840.113549.2.5",  // md5
        "1.2.840.113549.2.2",  // md2
        "1.2.840.113549.2.4",  // md4
    ]

    static let rsaEncryption = "1.2.840.113549.1.1.1"
    static let ecPublicKey = "1.2.840.10045.2.1"
    static let ed25519 = "1.3.101.112"

    /// Named curves: OID → (name, bits).
    static let curves: [String: (name: String, bits: Int)] = [
        "1.2.840.10045.3.1.7": ("P-256", 256),
        "1.3.132.0.34": ("P-384", 384),
        "1.3.132.0.35": ("P-521", 521),
    ]

    /// Other key algorithms we can name.
    static let otherKeys: [String: String] = [
        "1.2.840.10040.4.1": "DSA",
        "1.3.101.110": "X25519",
        "1.3.101.111": "X448",
        "1.3.101.113": "Ed448",
    ]
}
