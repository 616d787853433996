/// Checks that a file named `.json` is JSON: libyaml reads JSON as YAML and would also accept
/// YAML-only text (`[ {{command}} ]`, comments, unquoted keys). Hand-written because
/// Foundation's parser reports no line or column; this only validates, it builds nothing.
public enum JSONSyntax {
    public struct Problem: Error, Equatable, Sendable {
        public var line: Int
        public var column: Int
        public var message: String
    }

    /// The first syntax error of UTF-8 `bytes` (a leading byte-order mark allowed), or nil.
    public static func firstProblem(_ bytes: [UInt8]) -> Problem? {
        var scanner = Scanner(bytes: bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { scanner.index = 3 }
        do throws(Problem) {
            try scanner.value()
            scanner.skipSpace()
            if scanner.index < bytes.count { throw scanner.problem("unexpected text after the JSON value") }
            return nil
        } catch {
            return error
        }
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        func problem(_ message: String) -> Problem {
            var line = 1, column = 1
            for byte in bytes[..<min(index, bytes.count)] {
                if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
            }
            return Problem(line: line, column: column, message: "not valid JSON: " + message)
        }

        mutating func skipSpace() {
            while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        }

        /// One value, iteratively: nesting as deep as the YAML reader allows must not use the
        /// call stack.
        mutating func value() throws(Problem) {
            var open: [(close: UInt8, keyed: Bool)] = []
            while true {
                skipSpace()
                guard index < bytes.count else { throw problem("a value is missing") }
                let byte = bytes[index]
                if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
                    let close = byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
                    index += 1
                    skipSpace()
                    if index < bytes.count, bytes[index] == close {
                        index += 1
                    } else {
                        open.append((close, byte == UInt8(ascii: "{")))
                        if byte == UInt8(ascii: "{") { try key() }
                        continue
                    }
                } else {
                    try scalar()
                }
                // A value ended: close what it ends, or go on to the next member.
                while let top = open.last {
                    skipSpace()
                    guard index < bytes.count else { throw problem("the file ends inside an object or array") }
                    if bytes[index] == top.close {
                        index += 1
                        open.removeLast()
                        continue
                    }
                    guard bytes[index] == UInt8(ascii: ",") else { throw problem("`,` or the closing bracket expected") }
                    index += 1
                    if top.keyed { try key() }
                    break
                }
                if open.isEmpty { return }
            }
        }

        mutating func key() throws(Problem) {
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw problem("a key must be a quoted string") }
            try string()
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw problem("`:` expected after the key") }
            index += 1
        }

        mutating func scalar() throws(Problem) {
            switch bytes[index] {
            case UInt8(ascii: "\""): try string()
            case UInt8(ascii: "t"): try word("true")
            case UInt8(ascii: "f"): try word("false")
            case UInt8(ascii: "n"): try word("null")
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): number()
            default: throw problem("unexpected character")
            }
        }

        mutating func string() throws(Problem) {
            index += 1
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "\""): index += 1; return
                case UInt8(ascii: "\\"): index += 2
                case 0x00..<0x20: throw problem("control character inside a string")
                default: index += 1
                }
            }
            throw problem("the file ends inside a string")
        }

        mutating func word(_ text: StaticString) throws(Problem) {
            let expected = UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
            guard index + expected.count <= bytes.count, bytes[index..<index + expected.count].elementsEqual(expected) else {
                throw problem("unexpected character")
            }
            index += expected.count
        }

        mutating func number() {
            while index < bytes.count,
                  (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index])
                    || [UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[index]) {
                index += 1
            }
        }
    }
}
