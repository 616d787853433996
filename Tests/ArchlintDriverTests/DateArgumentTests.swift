@testable import ArchlintDriver
import Foundation
import Testing

/// `--now` is read by hand in its usual forms; Foundation's ISO 8601 reading is the reference.
@Suite struct DateArgumentTests {
    @Test(arguments: [
        "2026-11-26", "1970-01-01", "1969-12-31", "2000-02-29", "2100-02-28", "2024-12-31", "1600-03-01", "9999-12-31",
        "2026-11-26T09:00:00Z", "2026-11-26T23:59:59Z", "2026-11-26T09:00:00+02:00", "2026-11-26T00:30:00-05:30",
        "2026-03-01T00:00:00+14:00",
    ])
    func handReadingAgreesWithFoundation(text: String) {
        let byHand = DateArgument.parseCommonForm(text)
        #expect(byHand != nil)
        #expect(byHand == DateArgument.parseWithFormatter(text))
        #expect(DateArgument.parse(text) == byHand)
    }

    @Test(arguments: [
        "26-11-26", "2026/11/26", "2026-11-26T09:00:00", "2026-11-26 09:00:00Z", "tomorrow", "", "0001-01-01", "1582-10-10",
    ])
    func handReadingLeavesOtherFormsToFoundation(text: String) {
        #expect(DateArgument.parseCommonForm(text) == nil)
        #expect(DateArgument.parse(text) == DateArgument.parseWithFormatter(text))
    }

    /// Dates and times that do not exist are rejected, in every form Foundation would have read
    /// leniently as another day.
    @Test(arguments: [
        "2026-02-30", "2026-11-31", "2026-13-01", "2026-00-10", "2100-02-29", "2026-11-26T24:00:00Z",
        "2026-11-26T25:00:00Z", "2026-11-26T25:00:00.5Z", "2026-02-30T09:00:00.250Z", "2026-11-31T09:00:00+02:00",
        "2026-11-26T09:60:00Z", "2026-11-26T09:00:61.1Z",
    ])
    func impossibleDatesAndTimesAreRejected(text: String) {
        #expect(DateArgument.parse(text) == nil)
    }

    @Test func fractionalSecondsStillParse() {
        #expect(DateArgument.parse("2026-11-26T09:00:00.250Z") == Date(timeIntervalSince1970: 1_795_683_600.25))
    }
}
