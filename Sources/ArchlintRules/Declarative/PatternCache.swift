import Foundation

/// Compiled regular expressions of the checks, shared by every thread (matching with an
/// `NSRegularExpression` is thread-safe).
///
/// Most patterns of the catalog are a case-insensitive choice of words matched whole
/// (`^(?i:lambda)$`, `^(?i:HTTPS|TCP|TLS)$`). ICU took about 13,000 instructions for each
/// value: those patterns are answered from a set of the words instead, for text that ICU would
/// read the same way (ASCII, not ending in a line break, where its `$` also matches); ICU
/// compiles such a pattern only for other text (its first use costs milliseconds). Any other
/// pattern goes to ICU.
final class PatternCache: @unchecked Sendable {
    private enum Compiled {
        /// `wholeWords`: ICU compiles it only for text the words cannot answer.
        case words(Set<String>)
        case expression(NSRegularExpression)
        case invalid
    }

    private var compiled: [String: Compiled] = [:]
    /// Expressions of `.words` patterns, compiled on first need.
    private var fallbacks: [String: NSRegularExpression] = [:]
    private let lock = NSLock()

    func matches(_ pattern: String, _ text: String) -> Bool? {
        switch compile(pattern) {
        case .invalid:
            return nil
        case .expression(let expression):
            return Self.firstMatch(expression, text)
        case .words(let words):
            if let lowered = Self.plainASCIILowercased(text) { return words.contains(lowered) }
            return fallback(pattern).map { Self.firstMatch($0, text) }
        }
    }

    private func compile(_ pattern: String) -> Compiled {
        lock.lock()
        defer { lock.unlock() }
        if let known = compiled[pattern] { return known }
        let result: Compiled
        if let words = Self.wholeWords(pattern) {
            result = .words(words)
        } else if let expression = try? NSRegularExpression(pattern: pattern) {
            result = .expression(expression)
        } else {
            result = .invalid
        }
        compiled[pattern] = result
        return result
    }

    private func fallback(_ pattern: String) -> NSRegularExpression? {
        lock.lock()
        defer { lock.unlock() }
        if let known = fallbacks[pattern] { return known }
        let expression = try? NSRegularExpression(pattern: pattern)
        fallbacks[pattern] = expression
        return expression
    }

    private static func firstMatch(_ expression: NSRegularExpression, _ text: String) -> Bool {
        expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// The lowercased words of `^(?i:word|word|...)$`, each of ASCII letters, digits, `_` and
    /// `-`, where a letter may be made optional by a `?` after it (`HTTPS?` is `http` and
    /// `https`); nil for any other pattern (a character ICU reads as an operator).
    static func wholeWords(_ pattern: String) -> Set<String>? {
        guard pattern.hasPrefix("^(?i:"), pattern.hasSuffix(")$"), pattern.utf8.count > 7 else { return nil }
        let inner = pattern.utf8.dropFirst(5).dropLast(2)
        var words: Set<String> = []
        for alternative in inner.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false) {
            // Every spelling of the alternative, each `?` doubling them (at most 8).
            var spellings: [[UInt8]] = [[]]
            var previous: UInt8?
            for byte in alternative {
                defer { previous = byte }
                if byte == UInt8(ascii: "?") {
                    // After a word character only (`??`, lazy, is left to ICU).
                    guard let previous, isWordByte(previous), spellings.count < 8 else { return nil }
                    spellings += spellings.map { Array($0.dropLast()) }
                } else {
                    guard isWordByte(byte) else { return nil }
                    for index in spellings.indices { spellings[index].append(byte) }
                }
            }
            guard !alternative.isEmpty, !spellings[0].isEmpty else { return nil }
            for spelling in spellings { words.insert(String(decoding: spelling, as: UTF8.self).lowercased()) }
        }
        return words
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
    }

    /// `text` lowercased when it is ASCII and does not end in a line terminator (vertical tab to
    /// carriage return, or a newline: ICU's `$` also matches before one); nil otherwise.
    static func plainASCIILowercased(_ text: String) -> String? {
        guard let last = text.utf8.last else { return "" }
        guard !(0x0A...0x0D).contains(last), text.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        return text.lowercased()
    }
}
