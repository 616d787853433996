// Input checks done before libyaml sees a byte: size, BOM, UTF-16, UTF-8
// validity and NUL bytes. libyaml would reject bad UTF-8 too, but only with a
// byte offset and after reading ahead; doing it here gives one clear message.

enum Encoding {
    /// The input as UTF-8 without a byte order mark. UTF-16 with a BOM is
    /// converted; anything else must already be valid UTF-8 without NUL bytes.
    static func utf8Text(_ bytes: [UInt8]) throws(YAMLError) -> [UInt8] {
        if bytes.count >= 2 {
            if bytes[0] == 0xFF && bytes[1] == 0xFE { return try fromUTF16(bytes, bigEndian: false) }
            if bytes[0] == 0xFE && bytes[1] == 0xFF { return try fromUTF16(bytes, bigEndian: true) }
        }
        let text = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
            ? Array(bytes[3...]) : bytes
        try validateUTF8(text)
        return text
    }

    /// Throws at the first byte that is not part of valid UTF-8, or is NUL.
    /// Byte offsets in messages count from 0, as hex viewers show them.
    static func validateUTF8(_ text: [UInt8]) throws(YAMLError) {
        let bad: (offset: Int, nul: Bool)? = text.withUnsafeBufferPointer { buf in
            firstInvalid(buf)
        }
        guard let bad else { return }
        let mark = mark(ofByte: bad.offset, in: text)
        if bad.nul {
            if bad.offset <= 1 && text.count >= 2 && (text[0] == 0) != (text[1] == 0) {
                throw YAMLError("UTF-16 without a byte order mark is not supported", at: Mark(line: 1, column: 1))
            }
            throw YAMLError("binary data: NUL byte at byte \(bad.offset) (line \(mark.line))", at: mark)
        }
        throw YAMLError("not UTF-8 at byte \(bad.offset) (line \(mark.line))", at: mark)
    }

    private static func firstInvalid(_ buf: UnsafeBufferPointer<UInt8>) -> (offset: Int, nul: Bool)? {
        guard let base = buf.baseAddress else { return nil }
        let n = buf.count
        var i = 0
        while i < n {
            // Fast path: eight ASCII bytes, none of them NUL.
            if i + 8 <= n {
                let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                let high: UInt64 = 0x8080_8080_8080_8080
                if w & high == 0 && (w &- 0x0101_0101_0101_0101) & ~w & high == 0 {
                    i += 8
                    continue
                }
            }
            let b = base[i]
            if b < 0x80 {
                if b == 0 { return (i, true) }
                i += 1
                continue
            }
            // Lead byte: how many continuation bytes, and the range of the first one
            // (excludes overlong forms, surrogates and values past U+10FFFF).
            var count = 0
            var lo: UInt8 = 0x80
            var hi: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: count = 1
            case 0xE0: count = 2; lo = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: count = 2
            case 0xED: count = 2; hi = 0x9F
            case 0xF0: count = 3; lo = 0x90
            case 0xF1...0xF3: count = 3
            case 0xF4: count = 3; hi = 0x8F
            default: return (i, false)
            }
            guard i + count < n else { return (i, false) }
            let c1 = base[i + 1]
            if c1 < lo || c1 > hi { return (i, false) }
            var k = 2
            while k <= count {
                if base[i + k] & 0xC0 != 0x80 { return (i, false) }
                k += 1
            }
            i += count + 1
        }
        return nil
    }

    private static func fromUTF16(_ bytes: [UInt8], bigEndian: Bool) throws(YAMLError) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var line = 1
        var column = 1
        var i = 2  // after the BOM
        func unit(_ at: Int) -> UInt32 {
            bigEndian
                ? UInt32(bytes[at]) << 8 | UInt32(bytes[at + 1])
                : UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at])
        }
        while i < bytes.count {
            let here = Mark(line: line, column: column)
            guard i + 1 < bytes.count else {
                throw YAMLError("not UTF-16 at byte \(i) (line \(line)): odd number of bytes", at: here)
            }
            var scalar = unit(i)
            i += 2
            if scalar >= 0xD800 && scalar <= 0xDBFF {
                guard i + 1 < bytes.count, case let low = unit(i), low >= 0xDC00 && low <= 0xDFFF else {
                    throw YAMLError("not UTF-16 at byte \(i - 2) (line \(line)): unpaired surrogate", at: here)
                }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                i += 2
            } else if scalar >= 0xDC00 && scalar <= 0xDFFF {
                throw YAMLError("not UTF-16 at byte \(i - 2) (line \(line)): unpaired surrogate", at: here)
            }
            if scalar == 0 {
                throw YAMLError("binary data: NUL character at byte \(i - 2) (line \(line))", at: here)
            }
            if scalar == 0x0A {
                line += 1
                column = 1
            } else {
                column += 1
            }
            appendUTF8(scalar, to: &out)
        }
        return out
    }

    private static func appendUTF8(_ s: UInt32, to out: inout [UInt8]) {
        switch s {
        case 0..<0x80:
            out.append(UInt8(s))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | s >> 6))
            out.append(UInt8(0x80 | s & 0x3F))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | s >> 12))
            out.append(UInt8(0x80 | s >> 6 & 0x3F))
            out.append(UInt8(0x80 | s & 0x3F))
        default:
            out.append(UInt8(0xF0 | s >> 18))
            out.append(UInt8(0x80 | s >> 12 & 0x3F))
            out.append(UInt8(0x80 | s >> 6 & 0x3F))
            out.append(UInt8(0x80 | s & 0x3F))
        }
    }

    /// Line and column (1-based, columns in characters) of a byte offset in
    /// UTF-8 text (see `MarkCounter`). Used for errors only.
    static func mark(ofByte offset: Int, in text: [UInt8]) -> Mark {
        var counter = MarkCounter()
        return counter.mark(ofByte: offset, in: text)
    }
}

/// Line and column (1-based, columns in characters) of byte offsets in UTF-8 text, counting
/// line breaks the way libyaml does: LF, CR, CRLF, NEL, LS and PS. Offsets are asked in
/// increasing order, and each call goes on from the last: linear in the text overall.
struct MarkCounter {
    private var offset = 0
    private var line = 1
    private var column = 1

    /// `offset` is where a character starts (or a stray byte).
    mutating func mark(ofByte target: Int, in text: [UInt8]) -> Mark {
        let end = min(target, text.count)
        var i = offset
        while i < end {
            let b = text[i]
            if b == 0x0A {
                line += 1; column = 1; i += 1
            } else if b == 0x0D {
                if i + 1 < text.count && text[i + 1] == 0x0A { i += 1 }
                line += 1; column = 1; i += 1
            } else if b == 0xC2 && i + 1 < text.count && text[i + 1] == 0x85 {
                line += 1; column = 1; i += 2
            } else if b == 0xE2 && i + 2 < text.count && text[i + 1] == 0x80
                && (text[i + 2] == 0xA8 || text[i + 2] == 0xA9) {
                line += 1; column = 1; i += 3
            } else {
                if b & 0xC0 != 0x80 { column += 1 }
                i += 1
            }
        }
        offset = max(offset, i)
        return Mark(line: line, column: column)
    }
}
