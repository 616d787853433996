import Foundation
import Testing

@testable import ArchlintX509

@Suite struct PerformanceTests {
    /// A three-certificate RSA chain: badssl's expired chain (2048, 2048, 4096 bits)
    /// when the corpus is present, else three self-made certificates.
    static func chain() throws -> [UInt8] {
        if Fixtures.corpusAvailable {
            return try Fixtures.corpusFile(CorpusTests.chain + "wildcard-expired.pem")
        }
        return Array([SelfMade.pss, SelfMade.psssha1, SelfMade.rsa1024md5].joined(separator: "\n").utf8)
    }

    /// Parses a chain repeatedly and prints the best and average time. Speed is measured with
    /// benchmarks (scripts/bench.sh), not asserted in tests: timings vary with the machine,
    /// the build and sanitizers; this test only guards that repeated parses stay correct.
    @Test func threeCertificateChainParsesRepeatedly() throws {
        let bytes = try Self.chain()
        #expect(PEM.parse(bytes).certificates.count == 3)
        let rounds = 200
        let clock = ContinuousClock()
        var best = Duration.seconds(1)
        var total = Duration.zero
        for _ in 0..<rounds {
            let start = clock.now
            let file = PEM.parse(bytes)
            let elapsed = clock.now - start
            precondition(file.certificates.count == 3)
            best = min(best, elapsed)
            total += elapsed
        }
        let average = total / rounds
        print("3-certificate chain: best \(best), average \(average)")
    }
}
