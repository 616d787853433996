import Foundation
import Testing

@testable import ArchlintX509

/// Garbage must never trap: random bytes, truncated and mutated DER, scrambled PEM.
@Suite struct RobustnessTests {
    /// Deterministic generator so failures can be replayed.
    struct SplitMix64: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let samples = [SelfMade.ec, SelfMade.rsa1024md5, SelfMade.ed, SelfMade.pss, SelfMade.explicit, SelfMade.t61]

    @Test func randomBytes() {
        var random = SplitMix64(state: 1)
        for round in 0..<3000 {
            let count = Int.random(in: 0..<600, using: &random)
            var bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &random) }
            if round % 3 == 0, !bytes.isEmpty { bytes[0] = 0x30 }  // reach the DER path
            _ = PEM.looksLikeCertificate(bytes)
            let file = PEM.parse(bytes)
            #expect(file.certificates.count <= 1)
        }
    }

    @Test(arguments: samples)
    func everyTruncationOfTheDERIsAnError(_ pem: String) {
        let der = SelfMade.der(pem)
        for length in 0..<der.count {
            let prefix = Array(der.prefix(length))
            let file = PEM.parse(prefix)
            #expect(file.certificates.isEmpty, "length \(length)")
            if length > 0 {
                // Also wrapped in PEM.
                let wrapped = "-----BEGIN CERTIFICATE-----\n\(Data(prefix).base64EncodedString(options: .lineLength64Characters))\n-----END CERTIFICATE-----\n"
                let fromPEM = Fixtures.parse(wrapped)
                #expect(fromPEM.certificates.isEmpty && fromPEM.errors.count == 1, "length \(length)")
            }
        }
        #expect(PEM.parse(der).certificates.count == 1)
    }

    @Test(arguments: samples)
    func mutatedDERNeverTraps(_ pem: String) {
        let der = SelfMade.der(pem)
        var random = SplitMix64(state: UInt64(der.count))
        var decoded = 0
        for index in der.indices {
            for _ in 0..<3 {
                var mutated = der
                mutated[index] ^= UInt8.random(in: 1...255, using: &random)
                let file = PEM.parse(mutated)
                #expect(file.certificates.count + file.errors.count <= 1)
                decoded += file.certificates.count
            }
        }
        // Many mutations (signature bytes, string contents) still decode.
        #expect(decoded > 0)
    }

    @Test func scrambledPEMLinesNeverTrap() {
        var lines = Self.samples.joined(separator: "\n").components(separatedBy: "\n")
        lines += ["-----BEGIN PRIVATE KEY-----", "-----END", "-----BEGIN ", "-----", "=", "-----END CERTIFICATE-----junk", ""]
        var random = SplitMix64(state: 42)
        for _ in 0..<500 {
            let count = Int.random(in: 0..<80, using: &random)
            var picked: [String] = []
            for _ in 0..<count { picked.append(lines[Int.random(in: 0..<lines.count, using: &random)]) }
            let text = picked.joined(separator: Bool.random(using: &random) ? "\n" : "\r\n")
            let file = Fixtures.parse(text)
            for certificate in file.certificates { #expect(certificate.line >= 1 && certificate.line <= count) }
            for error in file.errors { #expect(error.line >= 1 && error.line <= count) }
        }
    }

    @Test func deeplyNestedDERIsRefused() {
        // 300 nested SEQUENCEs; SwiftASN1 refuses nesting deeper than 50.
        var bytes: [UInt8] = [0x05, 0x00]
        for _ in 0..<300 {
            let length = bytes.count
            let header: [UInt8] =
                length < 0x80 ? [0x30, UInt8(length)] : [0x30, 0x82, UInt8(length >> 8), UInt8(length & 0xFF)]
            bytes = header + bytes
        }
        let file = PEM.parse(bytes)
        #expect(file.certificates.isEmpty)
        #expect(file.errors.count == 1)
    }
}
