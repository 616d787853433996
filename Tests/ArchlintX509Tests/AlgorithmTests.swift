import Foundation
import Testing

@testable import ArchlintX509

/// Key and signature algorithms, names and special encodings, on self-made certificates.
@Suite struct AlgorithmTests {
    func only(_ pem: String) throws -> CertificateSummary {
        let file = Fixtures.parse(pem)
        #expect(file.errors.isEmpty, "\(file.errors)")
        #expect(file.certificates.count == 1)
        return try #require(file.certificates.first)
    }

    @Test func weakRSAKeyWithMD5IsSummarisedNotRefused() throws {
        let certificate = try only(SelfMade.rsa1024md5)
        #expect(certificate.keyAlgorithm == .rsa(bits: 1024))
        #expect(certificate.signatureAlgorithm == "md5WithRSAEncryption")
        #expect(certificate.hasWeakSignature)
        #expect(certificate.isCA)
        #expect(certificate.subject == "CN=Weak Root,O=Archlint Test")
        #expect(certificate.serialNumber == "01")
        #expect(certificate.notBefore == Fixtures.date(1_795_800_743))
        // 2051: GeneralizedTime.
        #expect(certificate.notAfter == Fixtures.date(2_573_400_743))
        let strict = try #require(certificate.strictParseError)
        #expect(strict.contains("incorrectParameterSize"))
    }

    @Test func ed25519() throws {
        let certificate = try only(SelfMade.ed)
        #expect(certificate.keyAlgorithm == .ed25519)
        #expect(certificate.signatureAlgorithm == "Ed25519")
        #expect(!certificate.hasWeakSignature)
        #expect(certificate.isCA)  // OpenSSL's req -x509 default
        #expect(certificate.serialNumber == "7f")
        #expect(certificate.strictParseError == nil)
    }

    @Test func dsaKeyIsOtherAndRefusedByTheStrictParser() throws {
        let certificate = try only(SelfMade.dsa)
        #expect(certificate.keyAlgorithm == .other("DSA"))
        #expect(certificate.signatureAlgorithm == "dsa-with-SHA256")
        #expect(!certificate.hasWeakSignature)
        #expect(certificate.strictParseError != nil)
    }

    @Test func rsaPSSWithSHA256AndMultiValuedRDN() throws {
        let certificate = try only(SelfMade.pss)
        #expect(certificate.keyAlgorithm == .rsa(bits: 2048))
        #expect(certificate.signatureAlgorithm == "RSASSA-PSS")
        #expect(!certificate.hasWeakSignature)
        #expect(certificate.subject == "UID=pss+CN=pss.example.test,O=Archlint Test")
        #expect(certificate.commonName == "pss.example.test")
    }

    @Test func rsaPSSWithDefaultParametersIsSHA1() throws {
        let certificate = try only(SelfMade.psssha1)
        #expect(certificate.keyAlgorithm == .rsa(bits: 2048))
        #expect(certificate.signatureAlgorithm == "RSASSA-PSS")
        #expect(certificate.hasWeakSignature)
    }

    @Test func ecdsaWithSHA1AndBMPStringSubject() throws {
        let certificate = try only(SelfMade.ecsha1)
        #expect(certificate.keyAlgorithm == .ecdsa(curve: "P-384", bits: 384))
        #expect(certificate.signatureAlgorithm == "ecdsa-with-SHA1")
        #expect(certificate.hasWeakSignature)
        #expect(certificate.subject == "CN=ecsha1.example.test,O=Zürich AG")
    }

    @Test func unnamedCurveIsItsOID() throws {
        let certificate = try only(SelfMade.k1)
        #expect(certificate.keyAlgorithm == .ecdsa(curve: "1.3.132.0.10", bits: 256))
    }

    @Test func explicitCurveParameters() throws {
        let certificate = try only(SelfMade.explicit)
        #expect(certificate.keyAlgorithm == .ecdsa(curve: "explicit", bits: 256))
        #expect(certificate.strictParseError != nil)
    }

    @Test func ed448() throws {
        let certificate = try only(SelfMade.ed448)
        #expect(certificate.keyAlgorithm == .other("Ed448"))
        #expect(certificate.signatureAlgorithm == "Ed448")
    }

    @Test func teletexStringIsLatin1() throws {
        let certificate = try only(SelfMade.t61)
        #expect(certificate.subject == "CN=t61.example.test,O=Café Ltd")
    }

    /// Flips the SEQUENCE tag inside the extension with this OID (2.5.29.x) to SET.
    func corruptingExtension(_ last: UInt8, of pem: String) throws -> [UInt8] {
        var der = SelfMade.der(pem)
        let oid: [UInt8] = [0x06, 0x03, 0x55, 0x1D, last]
        let start = try #require((0...(der.count - oid.count)).first { Array(der[$0..<($0 + oid.count)]) == oid })
        let sequence = try #require(der[(start + oid.count)...].firstIndex(of: 0x30))
        der[sequence] = 0x31
        return der
    }

    @Test func malformedSubjectAltNameIsAnError() throws {
        let file = PEM.parse(try corruptingExtension(0x11, of: SelfMade.ec))
        #expect(file.certificates.isEmpty)
        #expect(file.errors == [PEMBlockError(line: 1, message: "not an X.509 certificate: malformed subjectAltName extension")])
    }

    @Test func malformedBasicConstraintsIsAnError() throws {
        let file = PEM.parse(try corruptingExtension(0x13, of: SelfMade.ec))
        #expect(file.errors == [PEMBlockError(line: 1, message: "not an X.509 certificate: malformed basicConstraints extension")])
    }

    @Test(arguments: [
        ([0x00], "00"),
        ([0x00, 0x00], "00"),
        ([0x01], "01"),
        ([0x00, 0xAB, 0xCD], "ab:cd"),
        ([0x0F, 0xAC], "0f:ac"),
        ([0xFF], "-01"),
        ([0x80], "-80"),
        ([0xA4, 0x4C, 0x38, 0x47, 0xF8, 0xEE, 0x71, 0x80, 0x43, 0x4D, 0xB1, 0x80, 0xB9, 0xA7, 0xE9, 0x62],
         "-5b:b3:c7:b8:07:11:8e:7f:bc:b2:4e:7f:46:58:16:9e"),
    ] as [([UInt8], String)])
    func serialText(_ bytes: [UInt8], _ text: String) {
        #expect(CertificateDecoder.serialText(bytes[...]) == text)
    }

    @Test(arguments: [
        ([192, 0, 2, 7], "192.0.2.7"),
        ([0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], "2001:db8::1"),
        ([UInt8](repeating: 0, count: 16), "::"),
        ([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], "::1"),
        ([0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1], "2001:db8:0:1:1:1:1:1"),
        ([0x20, 0x01, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1], "2001:0:0:1::1"),  // longest run
        ([0x20, 0x01, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 1], "2001::1:0:0:1:1"),  // first of equal runs
        ([0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 1, 0, 1, 0, 1, 0, 1, 0, 0], "2001:db8:0:1:1:1:1:0"),  // lone zeros stay
        ([0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], "fe80::"),
    ] as [([UInt8], String)])
    func ipAddressText(_ bytes: [UInt8], _ text: String) {
        #expect(CertificateDecoder.ipAddressText(bytes[...]) == text)
    }

    @Test func rfc4514Escaping() {
        #expect(NameFormatter.escape("Superfish, Inc.") == "Superfish\\, Inc.")
        #expect(NameFormatter.escape("#1 a+b") == "\\#1 a\\+b")
        #expect(NameFormatter.escape(" padded ") == "\\ padded\\ ")
        #expect(NameFormatter.escape("a\"b<c>d;e\\f") == "a\\\"b\\<c\\>d\\;e\\\\f")
        #expect(NameFormatter.escape("nul\u{0}") == "nul\\00")
    }

    @Test func base64Decoder() {
        #expect(Base64.decode(Array("aGVsbG8=".utf8)) == Array("hello".utf8))
        #expect(Base64.decode(Array("aGVsbG8".utf8)) == Array("hello".utf8))
        #expect(Base64.decode(Array("aGVs\n bG8g\td29y bGQ=".utf8)) == Array("hello world".utf8))
        #expect(Base64.decode([]) == [])
        #expect(Base64.decode(Array("a".utf8)) == nil)
        #expect(Base64.decode(Array("aGVsbG8=a".utf8)) == nil)
        #expect(Base64.decode(Array("aGVs-G8=".utf8)) == nil)
        #expect(Base64.decode([0xFF, 0x41, 0x41, 0x41]) == nil)
    }
}
