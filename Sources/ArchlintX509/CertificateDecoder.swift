import Foundation
import SwiftASN1
import X509

/// DER bytes of one certificate → ``CertificateSummary``.
enum CertificateDecoder {
    static func summarize(der: [UInt8], line: Int) -> Result<CertificateSummary, PEMBlockError> {
        func failure(_ reason: String) -> Result<CertificateSummary, PEMBlockError> {
            .failure(PEMBlockError(line: line, message: "not an X.509 certificate: \(reason)"))
        }
        guard !der.isEmpty else { return failure("empty block") }

        // Every field comes from the hand-written reader, which accepts weak keys and
        // algorithms swift-certificates does not implement; see RawCertificate.
        let raw: RawCertificate
        do {
            raw = try RawCertificate(der: der)
        } catch {
            return failure(describe(error))
        }

        // swift-certificates applies the RFC 5280 profile and refuses keys it will not use;
        // its verdict is kept for the caller rather than discarding the certificate.
        var strictParseError: String?
        do {
            _ = try Certificate(derEncoded: der)
        } catch {
            strictParseError = describe(error)
        }

        var names: [String] = []
        var isCA = false
        for item in raw.extensions {
            switch item.oid {
            case .X509ExtensionID.subjectAlternativeName:
                guard let alternativeNames = try? SubjectAlternativeNames(item) else {
                    return failure("malformed subjectAltName extension")
                }
                for name in alternativeNames {
                    switch name {
                    case .dnsName(let dns): names.append(dns)
                    case .ipAddress(let address): names.append(ipAddressText(address.bytes))
                    default: break
                    }
                }
            case .X509ExtensionID.basicConstraints:
                guard let constraints = try? BasicConstraints(item) else {
                    return failure("malformed basicConstraints extension")
                }
                if case .isCertificateAuthority = constraints { isCA = true }
            default:
                break
            }
        }

        return .success(
            CertificateSummary(
                subject: raw.subject.text,
                issuer: raw.issuer.text,
                commonName: raw.subject.commonName,
                subjectAlternativeNames: names,
                serialNumber: serialText(raw.serial),
                notBefore: raw.notBefore,
                notAfter: raw.notAfter,
                keyAlgorithm: raw.keyAlgorithm,
                signatureAlgorithm: raw.signatureAlgorithm,
                hasWeakSignature: raw.hasWeakSignature,
                isCA: isCA,
                line: line,
                strictParseError: strictParseError))
    }

    private static let hexDigits = Array("0123456789abcdef")

    /// "0f:ac:b0", without the DER sign byte (a lone zero stays "00"). A negative serial
    /// (invalid under RFC 5280 but accepted by OpenSSL) is shown as "-" and its magnitude.
    static func serialText(_ bytes: ArraySlice<UInt8>) -> String {
        var value = Array(bytes)
        var sign = ""
        if let first = value.first, first & 0x80 != 0 {
            // Two's complement negation: invert, then add one.
            sign = "-"
            var carry = 1
            for index in value.indices.reversed() {
                let sum = Int(~value[index]) + carry
                value[index] = UInt8(truncatingIfNeeded: sum)
                carry = sum >> 8
            }
        }
        var magnitude = value.drop(while: { $0 == 0 })
        if magnitude.isEmpty { magnitude = [0][...] }
        var text = sign
        text.reserveCapacity(magnitude.count * 3 + 1)
        for (offset, byte) in magnitude.enumerated() {
            if offset > 0 { text.append(":") }
            text.append(hexDigits[Int(byte >> 4)])
            text.append(hexDigits[Int(byte & 0x0f)])
        }
        return text
    }

    /// IPv4 dotted quad, IPv6 in RFC 5952 form, anything else as hex.
    static func ipAddressText(_ bytes: ArraySlice<UInt8>) -> String {
        let octets = Array(bytes)
        if octets.count == 4 {
            return octets.map(String.init).joined(separator: ".")
        }
        guard octets.count == 16 else {
            return octets.map { String($0, radix: 16) }.joined(separator: ":")
        }
        let groups = (0..<8).map { Int(octets[2 * $0]) << 8 | Int(octets[2 * $0 + 1]) }
        // Longest run of two or more zero groups becomes "::" (first one on ties).
        var bestStart = -1
        var bestLength = 0
        var index = 0
        while index < 8 {
            guard groups[index] == 0 else {
                index += 1
                continue
            }
            let start = index
            while index < 8 && groups[index] == 0 { index += 1 }
            if index - start > bestLength {
                bestStart = start
                bestLength = index - start
            }
        }
        func hex(_ range: Range<Int>) -> String {
            groups[range].map { String($0, radix: 16) }.joined(separator: ":")
        }
        guard bestLength >= 2 else { return hex(0..<8) }
        return hex(0..<bestStart) + "::" + hex((bestStart + bestLength)..<8)
    }
}
