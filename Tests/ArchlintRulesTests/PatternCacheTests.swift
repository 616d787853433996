@testable import ArchlintRules
import Foundation
import Testing

/// Patterns answered without ICU must answer exactly as ICU does.
@Suite struct PatternCacheTests {
    static let patterns = ["^(?i:lambda)$", "^(?i:HTTPS|TCP|TLS|UDP|TCP_UDP)$", "^(?i:aurora-mysql|mysql)$", "^(?i:a)$",
                           "^(?i:HTTPS?|GENEVE)$", "^(?i:a?b?)$", "^(?i:ab??)$", "/0$", "^(?i:mutable)", "(?i)(^|,)\\s*ELB\\s*(,|$)"]
    static let texts = ["lambda", "LAMBDA", "Lambda", "lambda\n", "lambda\r\n", "lambda\u{0B}", " lambda", "lambdas", "",
                        "lamb\u{212A}da", "https", "HTTP", "tcp_udp", "TCP-UDP", "Aurora-MySQL", "a", "A", "\u{212A}",
                        "0.0.0.0/0", "MUTABLE_WITH_EXCLUSION", "EC2,ELB", "la\u{0}mbda", "ab", "b", "http", "HTTPs", "httpss", "genevE", "ｌａｍｂｄａ", "ſ", "ß"]

    @Test func agreesWithICU() throws {
        let cache = PatternCache()
        for pattern in Self.patterns {
            let expression = try NSRegularExpression(pattern: pattern)
            for text in Self.texts {
                let icu = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
                #expect(cache.matches(pattern, text) == icu, "\(pattern) on \(text.debugDescription)")
            }
        }
    }

    @Test func wholeWordPatternsOnly() {
        #expect(PatternCache.wholeWords("^(?i:lambda|ECS)$") == ["lambda", "ecs"])
        #expect(PatternCache.wholeWords("^(?i:HTTPS?|TCP)$") == ["http", "https", "tcp"])
        #expect(PatternCache.wholeWords("^(?i:a?b?)$") == ["ab", "a", "b", ""])
        #expect(PatternCache.wholeWords("^(?i:ab??)$") == nil)
        #expect(PatternCache.wholeWords("^(?i:?a)$") == nil)
        #expect(PatternCache.wholeWords("^(?i:a||b)$") == nil)
        #expect(PatternCache.wholeWords("^(?i:)$") == nil)
        #expect(PatternCache.wholeWords("^(lambda)$") == nil)
        #expect(PatternCache.wholeWords("^(?i:a.b)$") == nil)
    }
}
