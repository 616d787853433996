#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading certificates from PEM text or a DER file.
public enum PEM {
    /// True when the bytes contain a "-----BEGIN CERTIFICATE-----" line (also
    /// "-----BEGIN X509 CERTIFICATE-----") or look like a DER X.509 certificate:
    /// one SEQUENCE spanning the whole input whose first element is a SEQUENCE starting with
    /// a version tag or an INTEGER. Cheap: nothing is decoded.
    public static func looksLikeCertificate(_ bytes: [UInt8]) -> Bool {
        // Asked of every input file: most hold no BEGIN marker at all, found by one byte search.
        guard containsBeginMarker(bytes) else { return looksLikeDER(bytes) }
        var found = false
        Scanner.forEachLine(bytes) { line, _ in
            var cursor = Scanner.skipWhitespace(bytes, line.lowerBound, line.upperBound)
            if let label = Scanner.marker(bytes, &cursor, line.upperBound, prefix: Scanner.beginPrefix),
                Scanner.isCertificateLabel(label)
            {
                found = true
                return false
            }
            return true
        }
        return found || looksLikeDER(bytes)
    }

    /// True when "-----BEGIN " occurs anywhere in the bytes (a marker line needs it).
    static func containsBeginMarker(_ bytes: [UInt8]) -> Bool {
        // memchr and memcmp over the raw bytes: YAML is full of dashes, and slicing the array
        // at each one cost 1% of a scan.
        let marker = Scanner.beginPrefix
        guard bytes.count >= marker.count else { return false }
        return bytes.withUnsafeBytes { haystack in
            marker.withUnsafeBytes { needle in
                guard let base = haystack.baseAddress else { return false }
                var offset = 0
                let last = haystack.count - needle.count
                while offset <= last {
                    guard let dash = memchr(base + offset, Int32(needle[0]), last - offset + 1) else { return false }
                    let at = base.distance(to: UnsafeRawPointer(dash))
                    if memcmp(base + at, needle.baseAddress!, needle.count) == 0 { return true }
                    offset = at + 1
                }
                return false
            }
        }
    }

    /// Parse every certificate block; a block that cannot be decoded becomes a ``PEMBlockError``
    /// at its BEGIN line ("invalid base64 in certificate block", "not an X.509 certificate: <reason>",
    /// "truncated certificate block: …").
    ///
    /// Text outside blocks is ignored (openssl `-text` output, comments). Lines may end in LF,
    /// CRLF or CR. Non-certificate blocks are listed by label only. Input with no BEGIN line
    /// that starts like DER is decoded as one DER certificate reported at line 1; any other
    /// input yields an empty ``PEMFile``.
    public static func parse(_ bytes: [UInt8]) -> PEMFile {
        var scanner = Scanner(bytes: bytes)
        scanner.run()
        if !scanner.sawBegin, bytes.first == 0x30 {
            var file = PEMFile()
            switch CertificateDecoder.summarize(der: bytes, line: 1) {
            case .success(let summary): file.certificates.append(summary)
            case .failure(let error): file.errors.append(error)
            }
            return file
        }
        return scanner.file
    }

    /// Header-only check for a DER certificate: SEQUENCE { SEQUENCE { [0] or INTEGER … } … }
    /// whose outer length covers exactly the input.
    static func looksLikeDER(_ bytes: [UInt8]) -> Bool {
        guard let outer = tlvHeader(bytes, at: 0), outer.tag == 0x30,
            outer.contentStart + outer.length == bytes.count,
            let inner = tlvHeader(bytes, at: outer.contentStart), inner.tag == 0x30,
            inner.contentStart + inner.length <= bytes.count,
            inner.contentStart < bytes.count
        else { return false }
        let first = bytes[inner.contentStart]
        return first == 0xA0 || first == 0x02
    }

    /// Tag, definite length and content offset of the TLV at `offset`, or nil if it does not fit.
    private static func tlvHeader(_ bytes: [UInt8], at offset: Int) -> (tag: UInt8, length: Int, contentStart: Int)? {
        guard offset >= 0, offset + 1 < bytes.count else { return nil }
        let tag = bytes[offset]
        let first = bytes[offset + 1]
        if first < 0x80 {
            return (tag, Int(first), offset + 2)
        }
        let count = Int(first & 0x7F)
        guard count >= 1, count <= 4, offset + 2 + count <= bytes.count else { return nil }
        var length = 0
        for index in (offset + 2)..<(offset + 2 + count) {
            length = length << 8 | Int(bytes[index])
        }
        return (tag, length, offset + 2 + count)
    }
}

/// Line-oriented PEM block scanner working on raw bytes.
struct Scanner {
    static let beginPrefix = Array("-----BEGIN ".utf8)
    static let endPrefix = Array("-----END ".utf8)
    static let dashes = Array("-----".utf8)

    let bytes: [UInt8]
    var file = PEMFile()
    var sawBegin = false

    private struct OpenBlock {
        var label: String
        var line: Int
        var isCertificate: Bool
        var base64: [UInt8] = []
    }
    private var open: OpenBlock?

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    static func isCertificateLabel(_ label: String) -> Bool {
        label == "CERTIFICATE" || label == "X509 CERTIFICATE"
    }

    /// Calls `body` with each line's byte range (without its line break) and 1-based number
    /// until it returns false. LF, CRLF and lone CR all end a line; a UTF-8 BOM is skipped.
    static func forEachLine(_ bytes: [UInt8], _ body: (Range<Int>, Int) -> Bool) {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        var number = 1
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                guard body(start..<index, number) else { return }
                if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                index += 1
                start = index
                number += 1
            } else {
                index += 1
            }
        }
        if start < bytes.count { _ = body(start..<bytes.count, number) }
    }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C
    }

    static func skipWhitespace(_ bytes: [UInt8], _ from: Int, _ end: Int) -> Int {
        var index = from
        while index < end, isWhitespace(bytes[index]) { index += 1 }
        return index
    }

    static func hasPrefix(_ bytes: [UInt8], _ prefix: [UInt8], at index: Int, end: Int) -> Bool {
        guard index >= 0, index + prefix.count <= end else { return false }
        for offset in 0..<prefix.count where bytes[index + offset] != prefix[offset] {
            return false
        }
        return true
    }

    /// If `prefix` ("-----BEGIN " / "-----END ") starts at `cursor`, returns the label up to
    /// the closing "-----" (or the trimmed rest of the line when it is missing) and moves
    /// `cursor` past the marker.
    static func marker(_ bytes: [UInt8], _ cursor: inout Int, _ end: Int, prefix: [UInt8]) -> String? {
        guard hasPrefix(bytes, prefix, at: cursor, end: end) else { return nil }
        let labelStart = cursor + prefix.count
        var index = labelStart
        while index < end, !hasPrefix(bytes, dashes, at: index, end: end) { index += 1 }
        var labelEnd = index
        while labelEnd > labelStart, isWhitespace(bytes[labelEnd - 1]) { labelEnd -= 1 }
        cursor = index < end ? index + dashes.count : end
        return String(decoding: bytes[labelStart..<labelEnd], as: UTF8.self)
    }

    /// Position of `needle` in `from..<end`, if any.
    static func find(_ bytes: [UInt8], _ needle: [UInt8], _ from: Int, _ end: Int) -> Int? {
        guard let first = needle.first else { return nil }
        var index = from
        while index + needle.count <= end {
            if bytes[index] == first, hasPrefix(bytes, needle, at: index, end: end) { return index }
            index += 1
        }
        return nil
    }

    mutating func run() {
        let bytes = self.bytes
        Scanner.forEachLine(bytes) { range, number in
            self.scanLine(range, number)
            return true
        }
        if let block = open {
            open = nil
            if block.isCertificate {
                file.errors.append(
                    PEMBlockError(
                        line: block.line,
                        message: "truncated certificate block: no -----END \(block.label)----- line"))
            }
        }
    }

    private mutating func scanLine(_ range: Range<Int>, _ number: Int) {
        var cursor = range.lowerBound
        let end = range.upperBound
        while cursor < end {
            if var block = open {
                open = nil  // so appending below does not copy the buffer
                let trimmed = Scanner.skipWhitespace(bytes, cursor, end)
                if Scanner.hasPrefix(bytes, Scanner.beginPrefix, at: trimmed, end: end) {
                    // A new block starts before this one ended.
                    if block.isCertificate {
                        file.errors.append(
                            PEMBlockError(
                                line: block.line,
                                message: "truncated certificate block: no -----END \(block.label)----- line"))
                    }
                    cursor = trimmed
                    continue
                }
                let endMarker = Scanner.find(bytes, Scanner.endPrefix, cursor, end)
                if block.isCertificate {
                    block.base64.append(contentsOf: bytes[cursor..<(endMarker ?? end)])
                }
                guard var markerCursor = endMarker else {
                    open = block
                    return
                }
                let label = Scanner.marker(bytes, &markerCursor, end, prefix: Scanner.endPrefix) ?? ""
                cursor = markerCursor
                if block.isCertificate { finish(block, endLabel: label) }
            } else {
                var markerCursor = Scanner.skipWhitespace(bytes, cursor, end)
                guard let label = Scanner.marker(bytes, &markerCursor, end, prefix: Scanner.beginPrefix) else {
                    return  // text outside blocks
                }
                sawBegin = true
                let isCertificate = Scanner.isCertificateLabel(label)
                if !isCertificate { file.otherBlocks.append(label) }
                open = OpenBlock(label: label, line: number, isCertificate: isCertificate)
                cursor = markerCursor
            }
        }
    }

    private mutating func finish(_ block: OpenBlock, endLabel: String) {
        guard endLabel == block.label else {
            file.errors.append(
                PEMBlockError(
                    line: block.line,
                    message: "-----BEGIN \(block.label)----- block ends with -----END \(endLabel)-----"))
            return
        }
        guard let der = Base64.decode(block.base64) else {
            file.errors.append(PEMBlockError(line: block.line, message: "invalid base64 in certificate block"))
            return
        }
        switch CertificateDecoder.summarize(der: der, line: block.line) {
        case .success(let summary): file.certificates.append(summary)
        case .failure(let error): file.errors.append(error)
        }
    }
}

/// Strict standard-alphabet base64: whitespace is skipped, padding may only end the data,
/// and a final group of one character is rejected. Missing padding is tolerated.
enum Base64 {
    private static let table: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (value, character) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            table[Int(character)] = UInt8(value)
        }
        return table
    }()

    static func decode(_ text: [UInt8]) -> [UInt8]? {
        var output: [UInt8] = []
        output.reserveCapacity(text.count * 3 / 4)
        var accumulator: UInt32 = 0
        var pending = 0  // characters in the current group
        var padding = 0
        for character in text {
            if character == 0x20 || character == 0x09 || character == 0x0B || character == 0x0C
                || character == 0x0D || character == 0x0A
            {
                continue
            }
            if character == UInt8(ascii: "=") {
                padding += 1
                continue
            }
            let value = table[Int(character)]
            guard value != 0xFF, padding == 0 else { return nil }
            accumulator = accumulator << 6 | UInt32(value)
            pending += 1
            if pending == 4 {
                output.append(UInt8(truncatingIfNeeded: accumulator >> 16))
                output.append(UInt8(truncatingIfNeeded: accumulator >> 8))
                output.append(UInt8(truncatingIfNeeded: accumulator))
                accumulator = 0
                pending = 0
            }
        }
        switch pending {
        case 0:
            guard padding == 0 else { return nil }
        case 2:
            guard padding == 0 || padding == 2 else { return nil }
            output.append(UInt8(truncatingIfNeeded: accumulator >> 4))
        case 3:
            guard padding == 0 || padding == 1 else { return nil }
            output.append(UInt8(truncatingIfNeeded: accumulator >> 10))
            output.append(UInt8(truncatingIfNeeded: accumulator >> 2))
        default:
            return nil
        }
        return output
    }
}
