import Foundation

/// Parses `--now`: an ISO 8601 date (`2026-11-26`, midnight UTC) or date-time.
public enum DateArgument {
    /// `2026-11-26T00:00:00Z`: how a report states the time it checked against.
    public static func format(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }

    public static func parse(_ text: String) -> Date? {
        // The two usual forms are read by hand: creating an ISO8601DateFormatter costs more
        // than checking a small file.
        if let date = parseCommonForm(text) { return date }
        // Foundation's formatter is lenient: it reads 2026-02-30 as March 2 and 25:00 as the
        // next day. A date or time that does not exist is a usage error, not another date.
        guard fieldsExist(text) else { return nil }
        return parseWithFormatter(text)
    }

    /// False when the text starts with `YYYY-MM-DD` (then `THH:MM`, then `:SS`) whose month, day,
    /// hour, minute or second is out of range; true for anything else.
    static func fieldsExist(_ text: String) -> Bool {
        let b = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= b.count else { return nil }
            var value = 0
            for i in range {
                guard b[i] >= 0x30 && b[i] <= 0x39 else { return nil }
                value = value * 10 + Int(b[i] - 0x30)
            }
            return value
        }
        guard b.count >= 10, b[4] == 0x2D, b[7] == 0x2D, let year = number(0..<4), let month = number(5..<7),
              let day = number(8..<10) else { return true }
        guard (1...12).contains(month), (1...daysIn(month, year)).contains(day) else { return false }
        guard b.count >= 16, b[10] == 0x54, b[13] == 0x3A, let hour = number(11..<13), let minute = number(14..<16) else {
            return true
        }
        guard hour < 24, minute < 60 else { return false }
        if b.count >= 19, b[16] == 0x3A, let second = number(17..<19) { return second < 60 }
        return true
    }

    /// Foundation's reading, for every form ISO 8601 allows here.
    static func parseWithFormatter(_ text: String) -> Date? {
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

    /// `YYYY-MM-DD` and `YYYY-MM-DDTHH:MM:SS` followed by `Z` or `±HH:MM`, from 1600 on; nil for
    /// anything else (which the formatter then reads).
    static func parseCommonForm(_ text: String) -> Date? {
        let b = Array(text.utf8)
        guard b.count == 10 || b.count == 20 || b.count == 25 else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                guard b[i] >= 0x30 && b[i] <= 0x39 else { return nil }
                value = value * 10 + Int(b[i] - 0x30)
            }
            return value
        }
        guard b[4] == 0x2D, b[7] == 0x2D, let year = number(0..<4), let month = number(5..<7),
              let day = number(8..<10), (1...12).contains(month), day >= 1, day <= daysIn(month, year),
              year >= 1600 else { return nil }  // Foundation reads earlier dates in the Julian calendar
        var seconds = daysFromEpoch(year: year, month: month, day: day) * 86_400
        if b.count == 10 { return Date(timeIntervalSince1970: TimeInterval(seconds)) }
        guard b[10] == 0x54, b[13] == 0x3A, b[16] == 0x3A, let hour = number(11..<13), let minute = number(14..<16),
              let second = number(17..<19), hour < 24, minute < 60, second < 60 else { return nil }
        seconds += hour * 3600 + minute * 60 + second
        if b.count == 20 {
            guard b[19] == 0x5A else { return nil }
        } else {
            guard b[19] == 0x2B || b[19] == 0x2D, b[22] == 0x3A, let offsetHours = number(20..<22),
                  let offsetMinutes = number(23..<25), offsetHours < 24, offsetMinutes < 60 else { return nil }
            let offset = offsetHours * 3600 + offsetMinutes * 60
            seconds -= b[19] == 0x2B ? offset : -offset
        }
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    private static func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar.
    private static func daysFromEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
