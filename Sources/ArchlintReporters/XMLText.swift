import CLibXML2

/// The one place where text is made fit for XML 1.0. libxml2 escapes `&`, `<`, `>` and `"`
/// itself, but writes characters XML forbids as they are, which leaves the document
/// ill-formed; so every string is sanitized before it reaches the writer.
enum XMLText {
    /// XML 1.0 `Char`: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// What `sanitize` rewrites: every scalar XML forbids (C0 controls but tab, newline and
    /// carriage return; U+FFFE, U+FFFF), and also the ones XML allows but that are unsafe to
    /// show (DEL, C1 controls, U+2028/U+2029, bidi controls; see `TerminalText.isUnsafe`),
    /// since reports are often printed in CI logs.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\t", "\n", "\r": return false
        default: return !isAllowed(scalar) || TerminalText.isUnsafe(scalar)
        }
    }

    /// Each scalar that `needsEscape` is written visibly as `\u0001`, `\ufffe` (the notation
    /// of `TerminalText`). NUL is among them, so the result is also a safe C string.
    static func sanitize(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) {
                out.append(contentsOf: TerminalText.visibleEscape(scalar).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}

/// An `xmlTextWriter` over a memory buffer: UTF-8, XML 1.0, two-space indentation.
/// Every attribute value and text node goes through `XMLText.sanitize`; element and
/// attribute names are constants of this module.
final class XMLMemoryWriter {
    private let buffer: xmlBufferPtr
    private var writer: xmlTextWriterPtr?

    init() {
        xmlInitParser()  // idempotent and guarded by libxml2's own lock
        guard let buffer = xmlBufferCreate(), let writer = xmlNewTextWriterMemory(buffer, 0) else {
            fatalError("libxml2 could not allocate a memory writer")
        }
        self.buffer = buffer
        self.writer = writer
        check(xmlTextWriterSetIndent(writer, 1))
        check(xmlTextWriterSetIndentString(writer, "  "))
        check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil))
    }

    deinit {
        if let writer { xmlFreeTextWriter(writer) }
        xmlBufferFree(buffer)
    }

    func start(_ element: String) {
        check(xmlTextWriterStartElement(writer, element))
    }

    func attribute(_ name: String, _ value: String) {
        check(xmlTextWriterWriteAttribute(writer, name, XMLText.sanitize(value)))
    }

    func attribute(_ name: String, _ value: Int) {
        attribute(name, String(value))
    }

    func text(_ content: String) {
        check(xmlTextWriterWriteString(writer, XMLText.sanitize(content)))
    }

    func end() {
        check(xmlTextWriterEndElement(writer))
    }

    /// Closes every open element, flushes, and returns the document's bytes.
    func finish() -> [UInt8] {
        guard let writer else { return [] }
        check(xmlTextWriterEndDocument(writer))
        xmlFreeTextWriter(writer)  // flushes into the buffer
        self.writer = nil
        let count = Int(xmlBufferLength(buffer))
        guard count > 0, let content = xmlBufferContent(buffer) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: count))
    }

    /// The writer only fails when memory runs out; input cannot make it fail.
    private func check(_ result: Int32) {
        precondition(result >= 0, "libxml2 text writer failed")
    }
}
