import Foundation
import Testing

@testable import ArchlintX509

@Suite struct PEMScannerTests {
    @Test func singleCertificateHasEveryField() throws {
        let file = Fixtures.parse(SelfMade.ec)
        #expect(file.errors.isEmpty)
        #expect(file.otherBlocks.isEmpty)
        let certificate = try #require(file.certificates.first)
        #expect(file.certificates.count == 1)
        #expect(certificate.subject == "CN=ec.example.test,O=Archlint Test,C=GB")
        #expect(certificate.issuer == "CN=ec.example.test,O=Archlint Test,C=GB")
        #expect(certificate.commonName == "ec.example.test")
        #expect(certificate.subjectAlternativeNames == ["ec.example.test", "*.ec.example.test", "192.0.2.7", "2001:db8::1"])
        #expect(certificate.serialNumber == "ab:cd:ef")
        #expect(certificate.notBefore == Fixtures.date(1_795_800_739))
        #expect(certificate.notAfter == Fixtures.date(1_827_336_739))
        #expect(certificate.keyAlgorithm == .ecdsa(curve: "P-256", bits: 256))
        #expect(certificate.signatureAlgorithm == "ecdsa-with-SHA256")
        #expect(!certificate.hasWeakSignature)
        #expect(!certificate.isCA)
        #expect(certificate.line == 1)
        #expect(certificate.strictParseError == nil)
    }

    @Test func chainAfterOpenSSLTextOutputReportsBeginLines() {
        let text = """
            Certificate:
                Data:
                    Version: 3 (0x2)
                    Subject: CN = ec.example.test
            \(SelfMade.ec)
            some comment between blocks

            \(SelfMade.ed)
            \(SelfMade.rsa1024md5)
            trailing text
            """
        let file = Fixtures.parse(text)
        #expect(file.errors.isEmpty)
        #expect(file.certificates.map(\.line) == [5, 20, 29])
        #expect(file.certificates.map(\.commonName) == ["ec.example.test", "ed25519.example.test", "Weak Root"])
    }

    @Test(arguments: ["\r\n", "\r"])
    func otherLineEndingsGiveTheSameResult(_ ending: String) {
        let text = "junk\n\(SelfMade.ec)\n\(SelfMade.ed)\n"
        let expected = Fixtures.parse(text)
        let converted = Fixtures.parse(text.replacingOccurrences(of: "\n", with: ending))
        #expect(converted == expected)
        #expect(converted.certificates.map(\.line) == [2, 15])
    }

    @Test func byteOrderMarkIsSkipped() {
        let file = PEM.parse([0xEF, 0xBB, 0xBF] + Array(SelfMade.ed.utf8))
        #expect(file.certificates.count == 1)
        #expect(file.certificates.first?.line == 1)
    }

    @Test func privateKeyBlocksAreListedButNotDecoded() {
        let text = """
            -----BEGIN RSA PRIVATE KEY-----
            Proc-Type: 4,ENCRYPTED
            DEK-Info: AES-128-CBC,00000000000000000000000000000000

            not base64 at all!
            -----END RSA PRIVATE KEY-----
            \(SelfMade.ec)
            -----BEGIN PRIVATE KEY-----
            AAAA
            -----END PRIVATE KEY-----
            -----BEGIN EC PARAMETERS-----
            BggqhkjOPQMBBw==
            -----END EC PARAMETERS-----
            """
        let file = Fixtures.parse(text)
        #expect(file.errors.isEmpty)
        #expect(file.otherBlocks == ["RSA PRIVATE KEY", "PRIVATE KEY", "EC PARAMETERS"])
        #expect(file.certificates.map(\.line) == [7])
    }

    @Test func truncatedPrivateKeyIsStillListed() {
        let file = Fixtures.parse("-----BEGIN PRIVATE KEY-----\nAAAA\n")
        #expect(file.otherBlocks == ["PRIVATE KEY"])
        #expect(file.errors.isEmpty)
        #expect(file.certificates.isEmpty)
    }

    @Test func base64WhitespaceAndWrappingAreTolerated() throws {
        let body = SelfMade.ec.split(separator: "\n").filter { !$0.hasPrefix("-----") }.joined()
        let expected = try #require(Fixtures.parse(SelfMade.ec).certificates.first)

        // Re-wrapped at 76 columns, indented, with blank lines and tabs.
        var wrapped = "-----BEGIN CERTIFICATE-----\n"
        var rest = Substring(body)
        while !rest.isEmpty {
            wrapped += "  \t" + rest.prefix(76) + "  \n\n"
            rest = rest.dropFirst(76)
        }
        wrapped += "   -----END CERTIFICATE-----   \n"
        #expect(Fixtures.parse(wrapped).certificates == [expected])

        // Everything on one line.
        let oneLine = "-----BEGIN CERTIFICATE-----\(body)-----END CERTIFICATE-----"
        #expect(Fixtures.parse(oneLine).certificates == [expected])

        // Missing padding.
        let unpadded = "-----BEGIN CERTIFICATE-----\n\(body.replacingOccurrences(of: "=", with: ""))\n-----END CERTIFICATE-----\n"
        #expect(Fixtures.parse(unpadded).certificates == [expected])
    }

    @Test func oldX509CertificateLabelIsACertificate() {
        let text = SelfMade.ed.replacingOccurrences(of: "CERTIFICATE", with: "X509 CERTIFICATE")
        #expect(Fixtures.parse(text).certificates.count == 1)
        #expect(PEM.looksLikeCertificate(Array(text.utf8)))
    }

    @Test func beginWithoutEndIsAnErrorAtTheBeginLine() {
        let truncated = SelfMade.ec.split(separator: "\n").dropLast(3).joined(separator: "\n")
        let file = Fixtures.parse("header\n\(truncated)\n")
        #expect(file.certificates.isEmpty)
        #expect(file.errors == [PEMBlockError(line: 2, message: "truncated certificate block: no -----END CERTIFICATE----- line")])
    }

    @Test func blockCutShortByTheNextBeginIsAnError() {
        let truncated = SelfMade.ec.split(separator: "\n").dropLast(3).joined(separator: "\n")
        let file = Fixtures.parse("\(truncated)\n\(SelfMade.ed)")
        #expect(file.errors.map(\.line) == [1])
        #expect(file.errors.first?.message.hasPrefix("truncated certificate block") == true)
        #expect(file.certificates.map(\.line) == [11])
    }

    @Test func mismatchedEndLabelIsAnError() {
        let text = SelfMade.ed.replacingOccurrences(of: "END CERTIFICATE", with: "END PRIVATE KEY")
        let file = Fixtures.parse(text)
        #expect(file.certificates.isEmpty)
        #expect(file.errors == [PEMBlockError(line: 1, message: "-----BEGIN CERTIFICATE----- block ends with -----END PRIVATE KEY-----")])
    }

    @Test(arguments: [
        "MIIB*AAA",  // character outside the alphabet
        "MIIBA",  // one character left over
        "MII=BAAA",  // data after padding
        "MIIBAA=",  // wrong amount of padding
        "MIIB====",
    ])
    func invalidBase64IsAnError(_ body: String) {
        let file = Fixtures.parse("x\n-----BEGIN CERTIFICATE-----\n\(body)\n-----END CERTIFICATE-----\n")
        #expect(file.errors == [PEMBlockError(line: 2, message: "invalid base64 in certificate block")])
    }

    @Test func decodableButNotACertificateIsAnError() throws {
        let file = Fixtures.parse("-----BEGIN CERTIFICATE-----\naGVsbG8gd29ybGQ=\n-----END CERTIFICATE-----\n")
        let error = try #require(file.errors.first)
        #expect(error.line == 1)
        #expect(error.message.hasPrefix("not an X.509 certificate: "))
        #expect(file.certificates.isEmpty)
    }

    @Test func emptyBlockIsAnError() {
        let file = Fixtures.parse("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n")
        #expect(file.errors == [PEMBlockError(line: 1, message: "not an X.509 certificate: empty block")])
    }

    @Test func derFileIsReportedAtLineOne() throws {
        let der = SelfMade.der(SelfMade.rsa1024md5)
        #expect(PEM.looksLikeCertificate(der))
        let file = PEM.parse(der)
        #expect(file.errors.isEmpty)
        #expect(file.certificates == Fixtures.parse(SelfMade.rsa1024md5).certificates)
        #expect(file.certificates.first?.line == 1)
    }

    @Test func brokenDERIsAnErrorAtLineOne() {
        let der = Array(SelfMade.der(SelfMade.ec).prefix(100))
        let file = PEM.parse(der)
        #expect(file.certificates.isEmpty)
        #expect(file.errors.map(\.line) == [1])
        #expect(!PEM.looksLikeCertificate(der))
    }

    @Test func inputWithoutBlocksGivesAnEmptyFile() {
        #expect(Fixtures.parse("just some text\nno markers\n") == PEMFile())
        #expect(PEM.parse([]) == PEMFile())
    }

    @Test func looksLikeCertificate() {
        #expect(PEM.looksLikeCertificate(Array(SelfMade.ec.utf8)))
        #expect(PEM.looksLikeCertificate(Array("notes\r\n   \(SelfMade.ec)".utf8)))
        #expect(PEM.looksLikeCertificate(SelfMade.der(SelfMade.ed)))
        #expect(!PEM.looksLikeCertificate(Array("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n".utf8)))
        #expect(!PEM.looksLikeCertificate(Array("{\"a\": 1}".utf8)))
        #expect(!PEM.looksLikeCertificate([]))
        #expect(!PEM.looksLikeCertificate([0x30]))
        #expect(!PEM.looksLikeCertificate([0x30, 0x82, 0xFF]))
        // A PEM escaped inside a JSON string has no BEGIN line.
        let json = "{\"Certificate\": \"-----BEGIN CERTIFICATE-----\\nMIIB\\n-----END CERTIFICATE-----\\n\"}"
        #expect(!PEM.looksLikeCertificate(Array(json.utf8)))
    }
}
