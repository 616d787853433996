import SwiftASN1

/// RFC 4514 text for an X.501 Name, read from its DER node.
///
/// Formatted here rather than with swift-certificates' `DistinguishedName.description`
/// because that prints TeletexString, BMPString and UniversalString values as raw
/// `ASN1Any([...])` dumps, and older public certificates (badssl's expired and SHA-1
/// leaf certificates among them) carry their CN as a TeletexString.
enum NameFormatter {
    struct Formatted {
        /// Most specific RDN first, RDNs joined by ",", multi-valued RDNs by "+".
        var text: String
        /// The last CN in certificate order (the most specific one), if it is a string.
        var commonName: String?
    }

    static func format(_ node: ASN1Node, _ what: String) throws -> Formatted {
        guard node.identifier == .sequence, case .constructed(let rdns) = node.content else {
            throw DERReadError("\(what) name is not a SEQUENCE")
        }
        var texts: [String] = []
        var commonName: String?
        for rdn in rdns {
            guard rdn.identifier == .set, case .constructed(let attributes) = rdn.content else {
                throw DERReadError("\(what) name has an RDN that is not a SET")
            }
            var parts: [String] = []
            for attribute in attributes {
                guard attribute.identifier == .sequence, case .constructed(let fields) = attribute.content else {
                    throw DERReadError("\(what) name has an attribute that is not a SEQUENCE")
                }
                var iterator = fields.makeIterator()
                guard let typeNode = iterator.next(), let valueNode = iterator.next(), iterator.next() == nil else {
                    throw DERReadError("\(what) name has an attribute without exactly a type and a value")
                }
                let type: String
                do {
                    type = try ASN1ObjectIdentifier(derEncoded: typeNode).description
                } catch {
                    throw DERReadError("\(what) name has a malformed attribute type (\(describe(error)))")
                }
                let value = decodeString(valueNode)
                if type == "2.5.4.3", let value { commonName = value }
                let valueText = value.map(escape) ?? "#" + hex(valueNode.encodedBytes)
                parts.append("\(shortNames[type] ?? type)=\(valueText)")
            }
            guard !parts.isEmpty else { throw DERReadError("\(what) name has an empty RDN") }
            texts.append(parts.joined(separator: "+"))
        }
        return Formatted(text: texts.reversed().joined(separator: ","), commonName: commonName)
    }

    /// Short names as RFC 4514 and OpenSSL print them; anything else appears as its dotted OID.
    static let shortNames: [String: String] = [
        "2.5.4.3": "CN",
        "2.5.4.6": "C",
        "2.5.4.7": "L",
        "2.5.4.8": "ST",
        "2.5.4.9": "STREET",
        "2.5.4.10": "O",
        "2.5.4.11": "OU",
        "0.9.2342.19200300.100.1.25": "DC",
        "0.9.2342.19200300.100.1.1": "UID",
        "1.2.840.113549.1.9.1": "emailAddress",
        "2.5.4.5": "serialNumber",
        "2.5.4.4": "SN",
        "2.5.4.42": "GN",
        "2.5.4.12": "title",
        "2.5.4.15": "businessCategory",
        "2.5.4.17": "postalCode",
        "2.5.4.97": "organizationIdentifier",
        "1.3.6.1.4.1.311.60.2.1.1": "jurisdictionL",
        "1.3.6.1.4.1.311.60.2.1.2": "jurisdictionST",
        "1.3.6.1.4.1.311.60.2.1.3": "jurisdictionC",
    ]

    /// Directory string types as text; nil for anything that is not a primitive string.
    static func decodeString(_ node: ASN1Node) -> String? {
        guard case .primitive(let bytes) = node.content else { return nil }
        switch node.identifier {
        case .utf8String, .printableString, .ia5String, .numericString, .visibleString:
            return String(decoding: bytes, as: UTF8.self)
        case .teletexString:
            // Treated as Latin-1, as OpenSSL does.
            return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
        case .bmpString:
            guard bytes.count % 2 == 0 else { return nil }
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var index = bytes.startIndex
            while index + 1 < bytes.endIndex {
                units.append(UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1]))
                index += 2
            }
            return String(decoding: units, as: UTF16.self)
        case .universalString:
            guard bytes.count % 4 == 0 else { return nil }
            var scalars = String.UnicodeScalarView()
            var index = bytes.startIndex
            while index + 3 < bytes.endIndex {
                let value =
                    UInt32(bytes[index]) << 24 | UInt32(bytes[index + 1]) << 16
                    | UInt32(bytes[index + 2]) << 8 | UInt32(bytes[index + 3])
                scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                index += 4
            }
            return String(scalars)
        default:
            return nil
        }
    }

    /// RFC 4514 section 2.4 escaping.
    static func escape(_ value: String) -> String {
        let scalars = Array(value.unicodeScalars)
        var output = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case ",", "+", "\"", "\\", "<", ">", ";":
                output.append("\\")
            case "#" where index == 0:
                output.append("\\")
            case " " where index == 0 || index == scalars.count - 1:
                output.append("\\")
            case "\u{0}":
                output.append(contentsOf: "\\00".unicodeScalars)
                continue
            default:
                break
            }
            output.append(scalar)
        }
        return String(output)
    }

    static func hex(_ bytes: ArraySlice<UInt8>) -> String {
        let digits = Array("0123456789abcdef".unicodeScalars)
        var output = String.UnicodeScalarView()
        for byte in bytes {
            output.append(digits[Int(byte >> 4)])
            output.append(digits[Int(byte & 0x0f)])
        }
        return String(output)
    }
}
