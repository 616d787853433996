import Foundation

/// String checks for hot paths. On Linux, Foundation's `caseInsensitiveCompare`,
/// `range(of:)` and `contains(_:)` with a string argument go through NSString and UTF-16:
/// over thousands of policies they cost more than the rest of the least-privilege rules.
public enum FastText {
    /// Case-insensitive equality: byte by byte while both are ASCII, Foundation's
    /// `caseInsensitiveCompare` as soon as either is not.
    public static func equalIgnoringCase<A: StringProtocol, B: StringProtocol>(_ a: A, _ b: B) -> Bool {
        var x = a.utf8.makeIterator()
        var y = b.utf8.makeIterator()
        while true {
            switch (x.next(), y.next()) {
            case (nil, nil):
                return true
            case let (p?, q?):
                if p >= 0x80 || q >= 0x80 { return a.caseInsensitiveCompare(b) == .orderedSame }
                if p != q && lower(p) != lower(q) { return false }
            default:
                let ascii = a.utf8.allSatisfy { $0 < 0x80 } && b.utf8.allSatisfy { $0 < 0x80 }
                return ascii ? false : a.caseInsensitiveCompare(b) == .orderedSame
            }
        }
    }

    /// True when `needle` occurs in `text`, compared as UTF-8 bytes: for ASCII needles
    /// such as `${` the same answer as `contains`.
    public static func contains<S: StringProtocol>(_ text: S, _ needle: String) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { t in
            needle.utf8.withContiguousStorageIfAvailable { n in search(t, n) }
        }
        if let found = found ?? nil { return found }
        var haystack = String(text)
        var pattern = needle
        haystack.makeContiguousUTF8()
        pattern.makeContiguousUTF8()
        return contains(haystack, pattern)
    }

    /// True when `needle` occurs in `bytes` (a whole file as read).
    public static func contains(_ bytes: [UInt8], _ needle: String) -> Bool {
        var needle = needle
        return bytes.withUnsafeBufferPointer { t in needle.withUTF8 { n in search(t, n) } }
    }

    /// `text` with every `target` replaced by `replacement`, left to right, compared as UTF-8
    /// bytes: for an ASCII target what `replacingOccurrences` gives, without Foundation (which
    /// goes through UTF-16 on Linux). Nil when the result would be longer than `maxBytes`
    /// (with a longer replacement only).
    public static func replacing(_ text: String, _ target: String, with replacement: String, maxBytes: Int = .max) -> String? {
        var text = text, target = target, replacement = replacement
        let result: String?? = text.withUTF8 { t in
            target.withUTF8 { p in
                replacement.withUTF8 { v in
                    let starts = occurrences(of: p, in: t)
                    guard !starts.isEmpty else { return .some(nil) }
                    let length = t.count + starts.count * (v.count - p.count)
                    if v.count > p.count, length > maxBytes { return .none }
                    var bytes: [UInt8] = []
                    bytes.reserveCapacity(length)
                    var from = 0
                    for start in starts {
                        bytes.append(contentsOf: t[from..<start])
                        bytes.append(contentsOf: v)
                        from = start + p.count
                    }
                    bytes.append(contentsOf: t[from...])
                    return .some(String(decoding: bytes, as: UTF8.self))
                }
            }
        }
        switch result {
        case .none: return nil
        case .some(.none): return text
        case .some(.some(let replaced)): return replaced
        }
    }

    /// `replacing` where the result cannot be too long.
    public static func replacing(_ text: String, _ target: String, with replacement: String) -> String {
        replacing(text, target, with: replacement, maxBytes: .max)!
    }

    /// Where `needle` (not empty) starts in `text`, left to right, without overlaps.
    private static func occurrences(of needle: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>) -> [Int] {
        var starts: [Int] = []
        var from = 0
        while let start = firstOccurrence(of: needle, in: text, from: from) {
            starts.append(start)
            from = start + needle.count
        }
        return starts
    }

    /// Where `needle` (not empty) next starts in `text`, at `from` or after: `memchr` finds each
    /// candidate first byte, several times faster than a loop over every byte (`memmem` is
    /// not visible from Swift on Linux).
    private static func firstOccurrence(of needle: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>,
                                        from: Int) -> Int? {
        guard let first = needle.first, let base = text.baseAddress, text.count >= needle.count else { return nil }
        var start = from
        let last = text.count - needle.count
        while start <= last, let found = memchr(base + start, Int32(first), last - start + 1) {
            let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + index, needle.baseAddress!, needle.count) == 0 { return index }
            start = index + 1
        }
        return nil
    }

    /// `text.split(separator: separator, maxSplits: maxSplits, omittingEmptySubsequences: false)`
    /// for an ARN's `:` (or another ASCII separator): by byte when `text` is ASCII, where the
    /// standard library's split walked characters (14,000 instructions an ARN); by character
    /// otherwise.
    public static func fields(_ text: String, separator: Unicode.Scalar, maxSplits: Int = .max) -> [Substring] {
        let byte = UInt8(separator.value)
        let utf8 = text.utf8
        guard separator.isASCII, utf8.allSatisfy({ $0 < 0x80 }) else {
            return text.split(separator: Character(separator), maxSplits: maxSplits, omittingEmptySubsequences: false)
        }
        var fields: [Substring] = []
        var start = utf8.startIndex
        var index = utf8.startIndex
        while index != utf8.endIndex {
            if utf8[index] == byte, fields.count < maxSplits {
                fields.append(text[start..<index])
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        fields.append(text[start...])
        return fields
    }

    /// True when one of `needles` occurs in `text`, compared as UTF-8 bytes (as `contains`).
    public static func contains(_ text: String, anyOf needles: [String]) -> Bool {
        var text = text
        return text.withUTF8 { t in
            needles.contains { needle in
                var needle = needle
                return needle.withUTF8 { n in search(t, n) }
            }
        }
    }

    private static func search(_ t: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>) -> Bool {
        n.isEmpty || firstOccurrence(of: n, in: t, from: 0) != nil
    }

    /// True when `text` ends with one of `suffixes`, as `String.hasSuffix` says, by byte when
    /// `text` and the suffix are ASCII (where bytes are characters): the standard library
    /// compares by character, a hundred instructions or more a call on short names.
    public static func hasSuffix(_ text: String, anyOf suffixes: [String]) -> Bool {
        var text = text
        return text.withUTF8 { t in
            var ascii: Bool?
            for var suffix in suffixes {
                let found = suffix.withUTF8 { s -> Bool in
                    guard t.count >= s.count else { return false }
                    guard let last = s.last else { return true }
                    // Different ASCII last characters: no match, whatever comes before them
                    // (an ASCII character ends its character and decomposes to nothing else).
                    if last < 0x80, t[t.count - 1] < 0x80, t[t.count - 1] != last { return false }
                    if ascii == nil { ascii = t.allSatisfy { $0 < 0x80 } }
                    guard ascii == true, s.allSatisfy({ $0 < 0x80 }) else {
                        return String(decoding: t, as: UTF8.self).hasSuffix(String(decoding: s, as: UTF8.self))
                    }
                    return memcmp(t.baseAddress! + (t.count - s.count), s.baseAddress!, s.count) == 0
                }
                if found { return true }
            }
            return false
        }
    }

    /// True when `text` holds one of the ASCII characters `characters`, by byte when `text` is
    /// ASCII; by character otherwise (a character of several scalars is none of them).
    public static func containsAny(_ text: String, of characters: StaticString) -> Bool {
        var text = text
        let found = text.withUTF8 { t -> Bool? in
            guard t.allSatisfy({ $0 < 0x80 }) else { return nil }
            return characters.withUTF8Buffer { wanted in t.contains { wanted.contains($0) } }
        }
        if let found { return found }
        let wanted = characters.description
        return text.contains { wanted.contains($0) }
    }

    /// True when `a` and `b` differ at most in the case of their first letter: CloudFormation's
    /// PascalCase and the AWS API's camelCase name the same fields (`Image`, `image`). Asked for
    /// every key a lookup passes, so ASCII keys (nearly all) are compared by byte, the rest with
    /// `memcmp`; a first letter that is not ASCII is lowercased as Unicode does.
    public static func equalIgnoringFirstLetterCase(_ a: String, _ b: String) -> Bool {
        let x = a.utf8, y = b.utf8
        guard x.count == y.count, let bx = x.first, let by = y.first else { return false }
        if bx < 0x80 && by < 0x80 {
            guard lower(bx) == lower(by) else { return false }
            let rest = x.withContiguousStorageIfAvailable { p in
                y.withContiguousStorageIfAvailable { q in memcmp(p.baseAddress! + 1, q.baseAddress! + 1, p.count - 1) == 0 }
            }
            if let rest = rest ?? nil { return rest }
            return x.dropFirst().elementsEqual(y.dropFirst())
        }
        guard let fa = a.unicodeScalars.first, let fb = b.unicodeScalars.first else { return false }
        return a.unicodeScalars.dropFirst().elementsEqual(b.unicodeScalars.dropFirst())
            && String(fa).lowercased() == String(fb).lowercased()
    }

    /// False only when `text` is ASCII and holds none of `needles` (ASCII, lowercase) in any
    /// case: a cheap test before a case-insensitive regular expression that needs one of them
    /// (ICU folds more than ASCII case, so text that is not ASCII is always left to it).
    public static func mayContainIgnoringCase(_ text: String, anyOf needles: [String]) -> Bool {
        var text = text
        return text.withUTF8 { t in
            if t.contains(where: { $0 >= 0x80 }) { return true }
            return needles.contains { needle in
                var needle = needle
                return needle.withUTF8 { n in
                    guard let first = n.first, t.count >= n.count else { return n.isEmpty }
                    var i = 0
                    while i <= t.count - n.count {
                        if lower(t[i]) == first {
                            var k = 1
                            while k < n.count && lower(t[i + k]) == n[k] { k += 1 }
                            if k == n.count { return true }
                        }
                        i += 1
                    }
                    return false
                }
            }
        }
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}
