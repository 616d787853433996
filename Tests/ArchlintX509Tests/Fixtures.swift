import Foundation
import Testing

@testable import ArchlintX509

/// Paths, helpers and self-made certificates shared by the tests.
enum Fixtures {
    /// `<package root>/../shared/corpus/acm`; the package root is three levels above this file.
    static let corpusRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("shared/corpus/acm")

    static var corpusAvailable: Bool {
        FileManager.default.fileExists(atPath: corpusRoot.path)
    }

    static func corpusFile(_ relativePath: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: corpusRoot.appendingPathComponent(relativePath)))
    }

    /// Every .pem and .crt file of the corpus, relative paths, sorted.
    static func corpusCertificateFiles() -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: corpusRoot.path) else { return [] }
        var files: [String] = []
        while let path = enumerator.nextObject() as? String {
            if path.hasSuffix(".pem") || path.hasSuffix(".crt") { files.append(path) }
        }
        return files.sorted()
    }

    static let moto = "getmoto__moto/tests/test_acm/resources/"
    static let badssl = "chromium__badssl.com/certs/"

    static func parse(_ text: String) -> PEMFile {
        PEM.parse(Array(text.utf8))
    }

    /// Seconds since 1970 as a Date, for exact comparisons.
    static func date(_ seconds: TimeInterval) -> Date {
        Date(timeIntervalSince1970: seconds)
    }
}
