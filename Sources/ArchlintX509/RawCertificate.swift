import Foundation
import SwiftASN1
import X509

/// A certificate read straight from its DER with SwiftASN1.
///
/// Why this is hand-written: swift-certificates' `Certificate(derEncoded:)` builds a usable
/// public key and refuses certificates whose key it will not use — RSA moduli under 2048 bits
/// fail with `incorrectParameterSize`, DSA and explicit-curve EC keys fail as unsupported —
/// and it also refuses signature algorithms it does not implement (the OIW sha1WithRSA OID)
/// and negative serial numbers. Those are exactly the certificates a linter must report, so
/// this reader walks the TBSCertificate itself and never touches the key beyond measuring it.
/// Every summary is built from this reading, so weak and strong certificates are described
/// the same way; swift-certificates still decodes the extensions and judges conformance
/// (see `CertificateSummary.strictParseError`).
///
/// SwiftASN1 builds a bounds-checked node tree; this file only iterates over it and
/// never indexes bytes without a guard, so malformed input throws instead of trapping.
struct RawCertificate {
    var serial: ArraySlice<UInt8>
    var issuer: NameFormatter.Formatted
    var subject: NameFormatter.Formatted
    var notBefore: Date
    var notAfter: Date
    var keyAlgorithm: CertificateSummary.KeyAlgorithm
    var signatureAlgorithm: String
    var hasWeakSignature: Bool
    var extensions: [Certificate.Extension]

    init(der: [UInt8]) throws {
        let root: ASN1Node
        do {
            root = try DER.parse(der)
        } catch {
            throw DERReadError("malformed DER (\(describe(error)))")
        }
        var top = try sequenceChildren(root, "certificate")
        let tbsNode = try nextNode(&top, "tbsCertificate")
        let signatureAlgorithmNode = try nextNode(&top, "signatureAlgorithm")
        let signatureValue = try nextNode(&top, "signatureValue")
        guard signatureValue.identifier == .bitString else {
            throw DERReadError("signatureValue is not a BIT STRING")
        }
        guard top.next() == nil else {
            throw DERReadError("unexpected fields after signatureValue")
        }

        var tbs = try sequenceChildren(tbsNode, "tbsCertificate")
        var node = try nextNode(&tbs, "serialNumber")
        if node.identifier == ASN1Identifier(tagWithNumber: 0, tagClass: .contextSpecific) {
            // version [0] EXPLICIT INTEGER; any value is accepted here.
            node = try nextNode(&tbs, "serialNumber")
        }
        serial = try primitiveContent(node, .integer, "serialNumber")
        _ = try sequenceChildren(try nextNode(&tbs, "signature"), "tbsCertificate.signature")
        issuer = try NameFormatter.format(try nextNode(&tbs, "issuer"), "issuer")

        var validity = try sequenceChildren(try nextNode(&tbs, "validity"), "validity")
        notBefore = try decodeTime(try nextNode(&validity, "notBefore"), "notBefore")
        notAfter = try decodeTime(try nextNode(&validity, "notAfter"), "notAfter")

        subject = try NameFormatter.format(try nextNode(&tbs, "subject"), "subject")
        keyAlgorithm = try readKeyAlgorithm(try nextNode(&tbs, "subjectPublicKeyInfo"))

        extensions = []
        let extensionsTag = ASN1Identifier(tagWithNumber: 3, tagClass: .contextSpecific)
        while let optional = tbs.next() {
            // issuerUniqueID [1] and subjectUniqueID [2] are skipped.
            guard optional.identifier == extensionsTag else { continue }
            guard case .constructed(let wrapped) = optional.content else {
                throw DERReadError("extensions [3] is not constructed")
            }
            var wrapper = wrapped.makeIterator()
            var list = try sequenceChildren(try nextNode(&wrapper, "extensions"), "extensions")
            while let extensionNode = list.next() {
                do {
                    extensions.append(try Certificate.Extension(derEncoded: extensionNode))
                } catch {
                    throw DERReadError("malformed extension (\(describe(error)))")
                }
            }
        }

        (signatureAlgorithm, hasWeakSignature) = try readSignatureAlgorithm(signatureAlgorithmNode)
    }
}

struct DERReadError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// A library error as text, without the "file.swift:123" location the libraries append.
func describe(_ error: any Error) -> String {
    if let error = error as? DERReadError { return error.description }
    var text = String(describing: error)
    for prefix in ["ASN1Error.", "CertificateError."] where text.hasPrefix(prefix) {
        text.removeFirst(prefix.count)
    }
    if let space = text.lastIndex(of: " "), text[space...].contains(".swift:") {
        text = String(text[..<space])
    }
    return text
}

// MARK: - Node helpers

private func sequenceChildren(_ node: ASN1Node, _ what: String) throws -> ASN1NodeCollection.Iterator {
    guard node.identifier == .sequence, case .constructed(let children) = node.content else {
        throw DERReadError("\(what) is not a SEQUENCE")
    }
    return children.makeIterator()
}

private func nextNode(_ iterator: inout ASN1NodeCollection.Iterator, _ what: String) throws -> ASN1Node {
    guard let node = iterator.next() else { throw DERReadError("missing \(what)") }
    return node
}

private func primitiveContent(
    _ node: ASN1Node, _ identifier: ASN1Identifier, _ what: String
) throws -> ArraySlice<UInt8> {
    guard node.identifier == identifier, case .primitive(let bytes) = node.content else {
        throw DERReadError("\(what) has the wrong type")
    }
    return bytes
}

private func decodeObjectIdentifier(_ node: ASN1Node, _ what: String) throws -> String {
    do {
        return try ASN1ObjectIdentifier(derEncoded: node).description
    } catch {
        throw DERReadError("malformed \(what) OID (\(describe(error)))")
    }
}

private func decodeTime(_ node: ASN1Node, _ what: String) throws -> Date {
    do {
        switch node.identifier {
        case .utcTime:
            let time = try UTCTime(derEncoded: node)
            return makeDate(
                year: time.year, month: time.month, day: time.day,
                hours: time.hours, minutes: time.minutes, seconds: time.seconds, fraction: 0)
        case .generalizedTime:
            let time = try GeneralizedTime(derEncoded: node)
            return makeDate(
                year: time.year, month: time.month, day: time.day,
                hours: time.hours, minutes: time.minutes, seconds: time.seconds,
                fraction: time.fractionalSeconds)
        default:
            throw DERReadError("\(what) is neither UTCTime nor GeneralizedTime")
        }
    } catch let error as DERReadError {
        throw error
    } catch {
        throw DERReadError("malformed \(what) (\(describe(error)))")
    }
}

/// UTC calendar date to `Date` (days-from-civil; SwiftASN1 has already range-checked the fields).
private func makeDate(
    year: Int, month: Int, day: Int, hours: Int, minutes: Int, seconds: Int, fraction: Double
) -> Date {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let shiftedMonth = month > 2 ? month - 3 : month + 9
    let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    let days = era * 146_097 + dayOfEra - 719_468
    let secondsOfDay = hours * 3600 + minutes * 60 + seconds
    return Date(timeIntervalSince1970: Double(days * 86_400 + secondsOfDay) + fraction)
}

// MARK: - Algorithms

/// Returns the algorithm OID and the parameters node, if any.
private func readAlgorithmIdentifier(_ node: ASN1Node, _ what: String) throws -> (String, ASN1Node?) {
    var children = try sequenceChildren(node, what)
    let oid = try decodeObjectIdentifier(try nextNode(&children, "\(what) algorithm"), what)
    return (oid, children.next())
}

private func readKeyAlgorithm(_ spkiNode: ASN1Node) throws -> CertificateSummary.KeyAlgorithm {
    var children = try sequenceChildren(spkiNode, "subjectPublicKeyInfo")
    let (oid, parameters) = try readAlgorithmIdentifier(
        try nextNode(&children, "subjectPublicKeyInfo algorithm"), "subjectPublicKeyInfo")
    let keyNode = try nextNode(&children, "subjectPublicKey")
    let key: ArraySlice<UInt8>
    do {
        key = try ASN1BitString(derEncoded: keyNode).bytes
    } catch {
        throw DERReadError("malformed subjectPublicKey (\(describe(error)))")
    }

    switch oid {
    case AlgorithmNames.rsaEncryption, AlgorithmNames.rsassaPSS:
        return .rsa(bits: try rsaModulusBits(key))
    case AlgorithmNames.ecPublicKey:
        if let parameters, parameters.identifier == .objectIdentifier {
            let curveOID = try decodeObjectIdentifier(parameters, "EC curve")
            if let known = AlgorithmNames.curves[curveOID] {
                return .ecdsa(curve: known.name, bits: known.bits)
            }
            return .ecdsa(curve: curveOID, bits: ecPointBits(key))
        }
        return .ecdsa(curve: parameters?.identifier == .sequence ? "explicit" : "implicit", bits: ecPointBits(key))
    case AlgorithmNames.ed25519:
        return .ed25519
    default:
        return .other(AlgorithmNames.otherKeys[oid] ?? oid)
    }
}

/// Bit length of the modulus of a PKCS#1 RSAPublicKey (leading zero bytes do not count).
private func rsaModulusBits(_ key: ArraySlice<UInt8>) throws -> Int {
    let modulus: ArraySlice<UInt8>
    do {
        var children = try sequenceChildren(try DER.parse(key), "RSAPublicKey")
        modulus = try primitiveContent(try nextNode(&children, "RSA modulus"), .integer, "RSA modulus")
    } catch let error as DERReadError {
        throw error
    } catch {
        throw DERReadError("malformed RSA public key (\(describe(error)))")
    }
    guard let first = modulus.firstIndex(where: { $0 != 0 }) else { return 0 }
    let significant = modulus[first...]
    return (significant.count - 1) * 8 + (8 - significant[first].leadingZeroBitCount)
}

/// Field size estimated from an EC point: uncompressed 04||X||Y or compressed 02/03||X.
private func ecPointBits(_ point: ArraySlice<UInt8>) -> Int {
    guard let form = point.first, point.count > 1 else { return 0 }
    return form == 0x04 ? (point.count - 1) / 2 * 8 : (point.count - 1) * 8
}

private func readSignatureAlgorithm(_ node: ASN1Node) throws -> (String, Bool) {
    let (oid, parameters) = try readAlgorithmIdentifier(node, "signatureAlgorithm")
    guard let known = AlgorithmNames.signatures[oid] else { return (oid, false) }
    guard oid == AlgorithmNames.rsassaPSS else { return (known.name, known.weak) }
    // RSASSA-PSS-params ::= SEQUENCE { hashAlgorithm [0] AlgorithmIdentifier DEFAULT sha1, ... }
    var hashOID = "1.3.14.3.2.26"
    if let parameters, parameters.identifier == .sequence, case .constructed(let fields) = parameters.content {
        let hashTag = ASN1Identifier(tagWithNumber: 0, tagClass: .contextSpecific)
        for field in fields where field.identifier == hashTag {
            guard case .constructed(let wrapped) = field.content else { break }
            var inner = wrapped.makeIterator()
            if let algorithm = inner.next() {
                hashOID = try readAlgorithmIdentifier(algorithm, "RSASSA-PSS hashAlgorithm").0
            }
        }
    }
    return (known.name, AlgorithmNames.weakDigests.contains(hashOID))
}
