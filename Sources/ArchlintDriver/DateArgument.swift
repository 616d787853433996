import Foundation

/// Parses `--now`: an ISO 8601 date (`2026-11-26`, midnight UTC) or date-time.
public enum DateArgument {
    public static func parse(_ text: String) -> Date? {
        let formats: [ISO8601DateFormatter.Options] = [
            [.withInternetDateTime, .withFractionalSeconds], [.withInternetDateTime], [.withFullDate],
        ]
        for options in formats {
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = options
            formatter.timeZone = TimeZone(identifier: "UTC")
            if let date = formatter.date(from: text) { return date }
        }
        return nil
    }
}
