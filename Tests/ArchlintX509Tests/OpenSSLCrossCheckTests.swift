import Foundation
import Testing

@testable import ArchlintX509

/// Compares the first certificate of every corpus file with what the `openssl` command
/// prints, and converts certificates to DER with it. Skipped without openssl or the corpus.
@Suite(.enabled(if: OpenSSL.path != nil && Fixtures.corpusAvailable, "needs openssl and the corpus"))
struct OpenSSLCrossCheckTests {
    @Test func firstCertificateOfEveryFileMatchesOpenSSL() throws {
        var compared = 0
        for path in Fixtures.corpusCertificateFiles() {
            let url = Fixtures.corpusRoot.appendingPathComponent(path)
            guard let ours = PEM.parse([UInt8](try Data(contentsOf: url))).certificates.first else { continue }
            guard let output = try OpenSSL.run(["x509", "-in", url.path, "-noout", "-serial", "-startdate", "-enddate", "-text"])
            else { continue }  // openssl refuses it too
            var fields: [String: String] = [:]
            for line in output.split(separator: "\n") {
                for key in ["serial=", "notBefore=", "notAfter="] where line.hasPrefix(key) {
                    fields[key] = String(line.dropFirst(key.count))
                }
            }
            #expect(fields["serial="] == OpenSSL.serial(ours.serialNumber), "\(path)")
            #expect(fields["notBefore="].flatMap(OpenSSL.date) == ours.notBefore, "\(path)")
            #expect(fields["notAfter="].flatMap(OpenSSL.date) == ours.notAfter, "\(path)")
            if let range = output.range(of: #"Public-Key: \((\d+) bit\)"#, options: .regularExpression) {
                let bits = Int(output[range].filter(\.isNumber))
                switch ours.keyAlgorithm {
                case .rsa(let ourBits), .ecdsa(_, let ourBits): #expect(bits == ourBits, "\(path)")
                default: Issue.record("\(path): unexpected key \(ours.keyAlgorithm)")
                }
            }
            compared += 1
        }
        #expect(compared == 47)  // all but the bad-base64 file
    }

    @Test func derConversionGivesTheSameSummary() throws {
        let path = CorpusTests.roots + "ca-superfish.crt"
        let url = Fixtures.corpusRoot.appendingPathComponent(path)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("archlint-x509-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let derURL = directory.appendingPathComponent("cert.der")
        _ = try #require(try OpenSSL.run(["x509", "-in", url.path, "-outform", "DER", "-out", derURL.path]))
        let der = [UInt8](try Data(contentsOf: derURL))
        #expect(PEM.looksLikeCertificate(der))
        let fromDER = PEM.parse(der)
        let fromPEM = PEM.parse(try Fixtures.corpusFile(path))
        #expect(fromDER.certificates == fromPEM.certificates)
        #expect(fromDER.certificates.first?.keyAlgorithm == .rsa(bits: 1024))
    }
}

enum OpenSSL {
    static let path: String? = {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for directory in directories {
            let candidate = "\(directory)/openssl"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }()

    /// Standard output, or nil when openssl exits with a failure.
    static func run(_ arguments: [String]) throws -> String? {
        guard let path else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// Our "0f:ac" / "-5b:b3" in OpenSSL's "-serial" spelling ("0FAC" / "-5BB3").
    static func serial(_ text: String) -> String {
        text.replacingOccurrences(of: ":", with: "").uppercased()
    }

    /// "Dec 29 23:59:59 2016 GMT" (day may be space-padded).
    static func date(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "MMM d HH:mm:ss yyyy 'GMT'"
        let collapsed = text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        return formatter.date(from: collapsed)
    }
}
