import Foundation
import Testing

@testable import ArchlintX509

/// The shared ACM corpus (public test certificates from moto and badssl.com). Expected
/// values were read with `openssl x509 -noout -text` / `-serial -dates -nameopt RFC2253`.
@Suite(.enabled(if: Fixtures.corpusAvailable, "corpus not present"))
struct CorpusTests {
    func parse(_ path: String) throws -> PEMFile {
        PEM.parse(try Fixtures.corpusFile(path))
    }

    @Test func everyCertificateFileParses() throws {
        let files = Fixtures.corpusCertificateFiles()
        #expect(files.count == 48)
        var certificates = 0
        var errors: [String] = []
        for path in files {
            let bytes = try Fixtures.corpusFile(path)
            #expect(PEM.looksLikeCertificate(bytes), "\(path)")
            let file = PEM.parse(bytes)
            let text = String(decoding: bytes, as: UTF8.self)
            let blocks = text.components(separatedBy: "-----BEGIN CERTIFICATE-----").count - 1
            #expect(file.certificates.count + file.errors.count == blocks, "\(path)")
            #expect(file.otherBlocks.isEmpty, "\(path)")
            certificates += file.certificates.count
            errors += file.errors.map { "\(path):\($0.line): \($0.message)" }
        }
        #expect(certificates == 79)
        #expect(errors == ["\(Fixtures.moto)star_moto_com-bad.pem:1: invalid base64 in certificate block"])
    }

    @Test func jsonFilesAreNotCertificates() throws {
        let json = "aws__aws-cli/awscli/examples/acm/describe-certificate__1.output.json"
        #expect(!PEM.looksLikeCertificate(try Fixtures.corpusFile(json)))
    }

    // MARK: moto

    @Test func motoRSA2048() throws {
        let certificate = try #require(try parse(Fixtures.moto + "star_moto_com.pem").certificates.first)
        #expect(certificate.subject == "CN=*.moto.com,OU=Operations,O=MotoServer,L=Slough,ST=Berkshire,C=GB")
        #expect(certificate.issuer == "CN=Moto,OU=QA,O=MotoServer,L=Slough,ST=Berkshire,C=GB")
        #expect(certificate.commonName == "*.moto.com")
        #expect(certificate.subjectAlternativeNames.isEmpty)  // v1 certificate, no extensions
        #expect(certificate.serialNumber == "df:5d:91:cc:8a:8f:ba:a0")
        #expect(certificate.keyAlgorithm == .rsa(bits: 2048))
        #expect(certificate.signatureAlgorithm == "sha256WithRSAEncryption")
        #expect(!certificate.isCA)
        #expect(certificate.strictParseError == nil)
    }

    @Test func motoRSA1024IsReported() throws {
        let file = try parse(Fixtures.moto + "star_moto_com_rsa_1024.pem")
        #expect(file.errors.isEmpty)
        let certificate = try #require(file.certificates.first)
        #expect(certificate.keyAlgorithm == .rsa(bits: 1024))
        #expect(certificate.serialNumber == "df:5d:91:cc:8a:8f:ba:a4")
        #expect(certificate.notBefore == Fixtures.date(1_571_664_451))
        #expect(certificate.notAfter == Fixtures.date(2_524_570_054))
        #expect(certificate.strictParseError?.contains("incorrectParameterSize") == true)
    }

    @Test(arguments: [
        ("star_moto_com_rsa_3072.pem", CertificateSummary.KeyAlgorithm.rsa(bits: 3072)),
        ("star_moto_com_rsa_4096.pem", .rsa(bits: 4096)),
        ("star_moto_com_ec_prime256v1.pem", .ecdsa(curve: "P-256", bits: 256)),
        ("star_moto_com_ec_secp384r1.pem", .ecdsa(curve: "P-384", bits: 384)),
        ("star_moto_com_ec_secp521r1.pem", .ecdsa(curve: "P-521", bits: 521)),
    ])
    func motoKeyAlgorithms(_ name: String, _ key: CertificateSummary.KeyAlgorithm) throws {
        let file = try parse(Fixtures.moto + name)
        #expect(file.errors.isEmpty)
        #expect(file.certificates.map(\.keyAlgorithm) == [key])
        #expect(file.certificates.first?.signatureAlgorithm == "sha256WithRSAEncryption")
    }

    /// Its third line has 31 extra base64 characters pasted in, which leaves a
    /// length that no base64 encoding has (OpenSSL refuses it too).
    @Test func motoBadCertificateIsInvalidBase64() throws {
        let file = try parse(Fixtures.moto + "star_moto_com-bad.pem")
        #expect(file.certificates.isEmpty)
        #expect(file.errors == [PEMBlockError(line: 1, message: "invalid base64 in certificate block")])
    }

    @Test func motoCAChain() throws {
        let file = try parse(Fixtures.moto + "ca.pem")
        #expect(file.certificates.map(\.line) == [1, 33])
        #expect(file.certificates.map(\.isCA) == [true, true])
        #expect(file.certificates.map(\.keyAlgorithm) == [.rsa(bits: 4096), .rsa(bits: 2048)])
        #expect(file.certificates.map(\.signatureAlgorithm) == ["sha512WithRSAEncryption", "sha256WithRSAEncryption"])
    }

    // MARK: badssl.com

    static let chain = Fixtures.badssl + "sets/prod/pregen/chain/"
    static let roots = Fixtures.badssl + "src/crt/"

    @Test func sha1LeafAndIntermediate() throws {
        let file = try parse(Self.chain + "wildcard-sha1-2016.pem")
        #expect(file.errors.isEmpty)
        #expect(file.certificates.count == 2)
        let leaf = file.certificates[0]
        let intermediate = file.certificates[1]
        #expect(leaf.line == 1)
        // The CN is a TeletexString.
        #expect(leaf.subject == "CN=*.badssl.com,OU=PositiveSSL Wildcard,OU=Domain Control Validated")
        #expect(leaf.commonName == "*.badssl.com")
        #expect(leaf.issuer == "CN=PositiveSSL CA 2,O=COMODO CA Limited,L=Salford,ST=Greater Manchester,C=GB")
        #expect(leaf.subjectAlternativeNames == ["*.badssl.com", "badssl.com"])
        #expect(leaf.serialNumber == "db:5f:78:05:bb:98:75:b0:dd:7e:03:40:8f:89:b8:9c")
        #expect(leaf.notBefore == Fixtures.date(1_428_537_600))
        #expect(leaf.notAfter == Fixtures.date(1_483_055_999))
        #expect(leaf.keyAlgorithm == .rsa(bits: 2048))
        #expect(leaf.signatureAlgorithm == "sha1WithRSAEncryption")
        #expect(leaf.hasWeakSignature)
        #expect(!leaf.isCA)
        #expect(intermediate.line == 30)
        #expect(intermediate.isCA)
        #expect(intermediate.hasWeakSignature)
        #expect(intermediate.serialNumber == "07:6f:12:46:81:45:9c:28:d5:48:d6:97:c4:0e:00:1b")
        #expect(intermediate.notAfter == Fixtures.date(1_590_835_718))
    }

    @Test func expiredChainWithCRLF() throws {
        let file = try parse(Self.chain + "wildcard-expired.pem")
        #expect(file.certificates.map(\.line) == [1, 32, 67])
        #expect(file.certificates.map(\.notAfter) == [1_428_883_199, 1_865_548_799, 1_590_835_718].map(Fixtures.date))
        #expect(file.certificates.map(\.isCA) == [false, true, true])
        #expect(file.certificates.map(\.keyAlgorithm) == [.rsa(bits: 2048), .rsa(bits: 2048), .rsa(bits: 4096)])
    }

    @Test func superfishRootIsRSA1024WithSHA1() throws {
        let certificate = try #require(try parse(Self.roots + "ca-superfish.crt").certificates.first)
        #expect(certificate.keyAlgorithm == .rsa(bits: 1024))
        #expect(certificate.signatureAlgorithm == "sha1WithRSAEncryption")
        #expect(certificate.hasWeakSignature)
        #expect(certificate.isCA)
        #expect(certificate.subject == "CN=Superfish\\, Inc.,C=US,ST=CA,L=SF,O=Superfish\\, Inc.")
        #expect(certificate.commonName == "Superfish, Inc.")
        #expect(certificate.notAfter == Fixtures.date(2_030_631_926))
        #expect(certificate.strictParseError != nil)
    }

    @Test func eDellRootUsesTheOIWSHA1Identifier() throws {
        let certificate = try #require(try parse(Self.roots + "ca-edellroot.crt").certificates.first)
        #expect(certificate.signatureAlgorithm == "sha1WithRSA")
        #expect(certificate.hasWeakSignature)
        #expect(!certificate.isCA)  // no extensions at all
        #expect(certificate.subject == "CN=eDellRoot")
        #expect(certificate.serialNumber == "6b:c5:7b:95:18:93:aa:97:4b:62:4a:c0:88:fc:3b:b6")
        #expect(certificate.notAfter == Fixtures.date(2_208_988_799))
        #expect(certificate.strictParseError?.contains("unsupportedSignatureAlgorithm") == true)
    }

    @Test func dsdTestProviderHasANegativeSerial() throws {
        let certificate = try #require(try parse(Self.roots + "ca-dsdtestprovider.crt").certificates.first)
        #expect(certificate.serialNumber == "-5b:b3:c7:b8:07:11:8e:7f:bc:b2:4e:7f:46:58:16:9e")
        #expect(certificate.keyAlgorithm == .rsa(bits: 4096))
        #expect(certificate.signatureAlgorithm == "sha512WithRSAEncryption")
        #expect(certificate.isCA)
        #expect(certificate.notBefore == Fixtures.date(1_432_733_778))
        #expect(certificate.strictParseError != nil)
    }

    @Test func ecdsaLeafUnderRSAIntermediate() throws {
        let file = try parse(Self.chain + "wildcard-ecc256.pem")
        #expect(file.certificates.map(\.keyAlgorithm) == [.ecdsa(curve: "P-256", bits: 256), .ecdsa(curve: "P-384", bits: 384)])
        #expect(file.certificates.map(\.signatureAlgorithm) == ["ecdsa-with-SHA384", "sha384WithRSAEncryption"])
        #expect(file.certificates.first?.notAfter == Fixtures.date(1_644_494_400))
        #expect(file.certificates.first?.serialNumber == "02:bd:af:10:ac:9c:da:05:43:db:7c:a8:d4:e8:7e:fe")
    }

    @Test func rsa8192() throws {
        let file = try parse(Self.chain + "wildcard-rsa8192.pem")
        #expect(file.certificates.map(\.keyAlgorithm) == [.rsa(bits: 8192), .rsa(bits: 2048)])
    }

    @Test func emptySubject() throws {
        let leaf = try #require(try parse(Self.chain + "subdomain-no-subject.pem").certificates.first)
        #expect(leaf.subject == "")
        #expect(leaf.commonName == nil)
        #expect(leaf.subjectAlternativeNames == ["no-subject.badssl.com"])
    }

    @Test func thousandSANs() throws {
        let leaf = try #require(try parse(Self.chain + "subdomain-1000-sans.pem").certificates.first)
        #expect(leaf.subjectAlternativeNames.count == 1000)
        #expect(leaf.subjectAlternativeNames.first == "1000-sans.badssl.com")
    }

    @Test func extendedValidationSubject() throws {
        let leaf = try #require(try parse(Self.chain + "subdomain-extended-validation.pem").certificates.first)
        #expect(
            leaf.subject
                == "CN=extended-validation.badssl.com,O=Mozilla Foundation,L=Mountain View,ST=California,C=US,"
                + "serialNumber=C2543436,jurisdictionST=California,jurisdictionC=US,businessCategory=Private Organization")
        #expect(leaf.notAfter == Fixtures.date(1_660_132_800))
    }

    @Test func unicodeCommonName() throws {
        let leaf = try #require(try parse(Self.chain + "subdomain-xn--n1aae7f7o.pem").certificates.first)
        #expect(leaf.commonName == "\u{455}\u{440}\u{43E}\u{43E}\u{493}.badssl.com")
        #expect(leaf.subjectAlternativeNames == ["xn--n1aae7f7o.badssl.com", "www.xn--n1aae7f7o.badssl.com"])
    }
}
