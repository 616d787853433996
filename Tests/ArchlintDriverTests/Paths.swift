import Foundation

/// The package root (three levels above this file) and the shared corpus beside it.
enum Paths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let corpus = root + "/../shared/corpus"
    static let samples = root + "/samples"
    static var corpusExists: Bool { FileManager.default.fileExists(atPath: corpus) }

    /// The archlint executable built beside the test bundle.
    static var executable: String {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("archlint").path
    }

    static let now = DateParts.date("2026-11-26")
}

enum DateParts {
    static func date(_ text: String) -> Date {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.date(from: text)!
    }
}

/// Runs `body` in a fresh directory under the system's temporary directory, removed afterwards.
func inTemporaryDirectory<T>(_ prefix: String, _ body: (String) throws -> T) throws -> T {
    let directory = NSTemporaryDirectory() + "archlint-\(prefix)-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    return try body(directory)
}

/// Generated inputs that are too large to keep in the repository.
enum Generated {
    /// `large.yaml` in `directory`: ECS services with public IPs (three findings each), `count`
    /// of them; returns its path.
    @discardableResult
    static func services(_ count: Int, in directory: String) -> String {
        var text = "Resources:\n"
        for index in 0..<count {
            text += """
              Service\(index):
                Type: AWS::ECS::Service
                Properties:
                  DesiredCount: 1
                  NetworkConfiguration:
                    AwsvpcConfiguration: {AssignPublicIp: ENABLED, Subnets: [subnet-\(index)]}

            """
        }
        let path = directory + "/large.yaml"
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return path
    }
}
