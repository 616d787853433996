import CLibXML2
import Foundation

// Self-contained libxml2 helpers for tests: schema validation of a JUnit report, and a
// plain Swift tree of a parsed document. No global state: errors are collected through the
// user-data pointer of libxml2's per-context structured error handlers.

/// `<package root>/../shared/schemas/junit-10.xsd`; the package root is three levels above
/// this file (`<root>/Tests/ArchlintTestSupport/XMLSchemaValidation.swift`).
public func junitSchemaPath(_ filePath: String = #filePath) -> String {
    var parts = filePath.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(3)
    return parts.joined(separator: "/") + "/../shared/schemas/junit-10.xsd"
}

/// True when `../shared/schemas/junit-10.xsd` is beside the package. A clone on its own has no
/// `../shared`: tests that validate against the schema are skipped then, saying so.
public let junitSchemaAvailable = FileManager.default.fileExists(atPath: junitSchemaPath())

/// libxml2's messages for `bytes` checked against the JUnit schema: empty means the
/// document is well-formed and valid.
public func validateJUnit(_ bytes: [UInt8], schemaPath: String = junitSchemaPath()) -> [String] {
    xmlInitParser()
    let log = XMLErrorLog()
    return withExtendedLifetime(log) { () -> [String] in
        let context = Unmanaged.passUnretained(log).toOpaque()
        guard let parser = xmlSchemaNewParserCtxt(schemaPath) else { return ["cannot open schema \(schemaPath)"] }
        defer { xmlSchemaFreeParserCtxt(parser) }
        xmlSchemaSetParserStructuredErrors(parser, collectXMLError, context)
        guard let schema = xmlSchemaParse(parser) else { return log.messages + ["schema \(schemaPath) did not compile"] }
        defer { xmlSchemaFree(schema) }
        guard let document = readXMLDocument(bytes, log: log) else { return log.messages }
        defer { xmlFreeDoc(document) }
        guard let validator = xmlSchemaNewValidCtxt(schema) else { return ["cannot create a validation context"] }
        defer { xmlSchemaFreeValidCtxt(validator) }
        xmlSchemaSetValidStructuredErrors(validator, collectXMLError, context)
        let result = xmlSchemaValidateDoc(validator, document)
        if result != 0 && log.messages.isEmpty { return ["xmlSchemaValidateDoc returned \(result)"] }
        return log.messages
    }
}

public final class XMLErrorLog {
    public init() {}
    public var messages: [String] = []

    public func append(_ error: xmlErrorPtr?) {
        var message = error?.pointee.message.map { String(cString: $0) } ?? "unknown libxml2 error"
        while message.last?.isNewline == true { message.removeLast() }
        messages.append("line \(error?.pointee.line ?? 0): \(message)")
    }
}

/// A structured error handler: a top-level function, so it converts to a C function pointer.
private func collectXMLError(_ context: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
    guard let context, let error else { return }
    Unmanaged<XMLErrorLog>.fromOpaque(context).takeUnretainedValue().append(error)
}

/// Parses without network access and without printing; `nil` when not well-formed
/// (libxml2's last error then goes to `log`). The caller frees the document.
public func readXMLDocument(_ bytes: [UInt8], log: XMLErrorLog? = nil) -> xmlDocPtr? {
    guard let parser = xmlNewParserCtxt() else { return nil }
    defer { xmlFreeParserCtxt(parser) }
    let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
    let document = bytes.withUnsafeBufferPointer { buffer in
        buffer.withMemoryRebound(to: CChar.self) { chars in
            xmlCtxtReadMemory(parser, chars.baseAddress, Int32(chars.count), "report.xml", nil, options)
        }
    }
    if document == nil { log?.append(xmlCtxtGetLastError(parser)) }
    return document
}

/// An element with its attributes, child elements and the text directly inside it.
public struct XMLElementTree {
    public var name: String
    public var attributes: [String: String]
    public var children: [XMLElementTree]
    public var text: String

    public func elements(_ name: String) -> [XMLElementTree] { children.filter { $0.name == name } }
    public func int(_ attribute: String) -> Int? { attributes[attribute].flatMap { Int($0) } }
}

public func parseXMLTree(_ bytes: [UInt8]) -> XMLElementTree? {
    guard let document = readXMLDocument(bytes) else { return nil }
    defer { xmlFreeDoc(document) }
    return xmlDocGetRootElement(document).map(elementTree)
}

private func elementTree(_ node: xmlNodePtr) -> XMLElementTree {
    var attributes: [String: String] = [:]
    var attribute = node.pointee.properties
    while let current = attribute {
        var value = ""
        var piece = current.pointee.children
        while let text = piece {
            if let content = text.pointee.content { value += String(cString: content) }
            piece = text.pointee.next
        }
        attributes[String(cString: current.pointee.name)] = value
        attribute = current.pointee.next
    }
    var children: [XMLElementTree] = []
    var text = ""
    var child = node.pointee.children
    while let current = child {
        if current.pointee.type == XML_ELEMENT_NODE {
            children.append(elementTree(current))
        } else if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE,
                  let content = current.pointee.content {
            text += String(cString: content)
        }
        child = current.pointee.next
    }
    return XMLElementTree(name: String(cString: node.pointee.name), attributes: attributes,
                          children: children, text: text)
}
