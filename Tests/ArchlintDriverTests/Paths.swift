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
