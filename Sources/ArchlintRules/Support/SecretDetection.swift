import ArchlintModel

/// Decides whether a plaintext variable holds a credential, by its name or by its value.
/// The message names the variable and never repeats the value.
enum SecretDetection {
    static let secretWords = ["PASSWORD", "PASSWD", "PASSPHRASE", "SECRET", "TOKEN", "API_KEY", "APIKEY",
                              "PRIVATE_KEY", "PRIVATEKEY", "CREDENTIAL", "ACCESS_KEY", "AUTH_KEY", "CLIENT_KEY",
                              "SIGNING_KEY", "ENCRYPTION_KEY"]
    /// Names that point at a secret rather than hold one, or describe it.
    static let referenceSuffixes = ["_ARN", "_NAME", "_PATH", "_FILE", "_ID", "_URL_PARAM", "_PARAMETER", "_REF",
                                    "_ENABLED", "_LENGTH", "_EXPIRY", "_EXPIRES", "_TTL", "_TIMEOUT", "_HEADER",
                                    "_TYPE", "_REGION", "_VERSION", "_KEY_ID", "_LOCATION", "_ENDPOINT"]

    enum Reason: Equatable {
        case name
        case credentialURL
        case accessKeyID
        case privateKey
    }

    /// - Parameter extraWords: configured words (upper case) that also make a name a secret's.
    static func reason(name: String, value: String, extraWords: [String] = []) -> Reason? {
        if let valueReason = valueReason(value) { return valueReason }
        let upper = name.uppercased()
        guard FastText.contains(upper, anyOf: secretWords) || FastText.contains(upper, anyOf: extraWords),
              !FastText.hasSuffix(upper, anyOf: referenceSuffixes) else { return nil }
        let trimmed = trimmedOfSpaces(value)
        if trimmed.isEmpty || looksLikeReference(trimmed) { return nil }
        return .name
    }

    static func valueReason(_ value: String) -> Reason? {
        guard mayHoldCredential(value) else { return nil }
        if FastText.contains(value, "-----BEGIN") && FastText.contains(value, "PRIVATE KEY") { return .privateKey }
        if (FastText.contains(value, "AKIA") || FastText.contains(value, "ASIA")) && containsAccessKeyID(value) { return .accessKeyID }
        if hasURLCredentials(value) { return .credentialURL }
        return nil
    }

    /// False when the value has none of `-----`, `AKIA`, `ASIA` or `://`, so none of the
    /// shapes above: one pass over the bytes, where the searches took one each (the secrets
    /// rule asks this of every string of every resource).
    static func mayHoldCredential(_ value: String) -> Bool {
        value.utf8.withContiguousStorageIfAvailable { b -> Bool in
            var i = 0
            while i + 2 < b.count {
                switch b[i] {
                case 0x2D: // -----
                    if i + 4 < b.count, b[i + 1] == 0x2D, b[i + 2] == 0x2D, b[i + 3] == 0x2D, b[i + 4] == 0x2D { return true }
                case 0x41: // AKIA, ASIA
                    if i + 3 < b.count, b[i + 1] == 0x4B || b[i + 1] == 0x53, b[i + 2] == 0x49, b[i + 3] == 0x41 { return true }
                case 0x3A: // ://
                    if b[i + 1] == 0x2F, b[i + 2] == 0x2F { return true }
                default:
                    break
                }
                i += 1
            }
            return false
        } ?? true
    }

    /// `scheme://user:password@host`: a password in a connection string. By byte: the
    /// delimiters are ASCII, which never occur inside a character of several bytes (Foundation's
    /// `range(of:)` went through UTF-16, 70,000 instructions on a long script).
    static func hasURLCredentials(_ value: String) -> Bool {
        var value = value
        return value.withUTF8 { b in
            var i = 0
            while i + 2 < b.count {
                defer { i += 1 }
                guard b[i] == 0x3A, b[i + 1] == 0x2F, b[i + 2] == 0x2F else { continue }
                // The first `://` only, as before; its authority runs to `/`, `?` or `#`.
                var end = i + 3
                while end < b.count, b[end] != 0x2F, b[end] != 0x3F, b[end] != 0x23 { end += 1 }
                guard let at = (i + 3..<end).last(where: { b[$0] == 0x40 }),
                      let colon = (i + 3..<at).first(where: { b[$0] == 0x3A }) else { return false }
                let password = colon + 1..<at
                guard !password.isEmpty else { return false }
                let dollar = b[password.lowerBound] == 0x24 && password.count > 1
                return !(dollar && (b[password.lowerBound + 1] == 0x7B || b[password.lowerBound + 1] == 0x28))
            }
            return false
        }
    }

    /// `value.trimmingCharacters(in: .whitespaces)`, without Foundation (slow on Linux) when
    /// the value starts and ends with an ASCII character other than space or tab (nearly all):
    /// nothing is trimmed then.
    static func trimmedOfSpaces(_ value: String) -> String {
        if let first = value.utf8.first, let last = value.utf8.last, first < 0x80, last < 0x80,
           first != 0x20, first != 0x09, last != 0x20, last != 0x09 {
            return value
        }
        return value.trimmingCharacters(in: .whitespaces)
    }

    /// `AKIA` or `ASIA` followed by 16 upper-case letters or digits.
    static func containsAccessKeyID(_ value: String) -> Bool {
        accessKeyIDOffset(value) != nil
    }

    /// The UTF-8 offset of the first access key ID in `value`.
    static func accessKeyIDOffset(_ value: String) -> Int? {
        let bytes = Array(value.utf8)
        guard bytes.count >= 20 else { return nil }
        for start in 0...(bytes.count - 20) {
            let prefix = bytes[start..<start + 4]
            guard prefix.elementsEqual("AKIA".utf8) || prefix.elementsEqual("ASIA".utf8) else { continue }
            let body = bytes[start + 4..<start + 20]
            let valid = body.allSatisfy { ($0 >= 65 && $0 <= 90) || ($0 >= 48 && $0 <= 57) }
            let bounded = start + 20 == bytes.count || !isAlphanumeric(bytes[start + 20])
            if valid && bounded && (start == 0 || !isAlphanumeric(bytes[start - 1])) { return start }
        }
        return nil
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57)
    }

    /// ARNs, dynamic references and parameter names say where a secret is, not what it is.
    static func looksLikeReference(_ value: String) -> Bool {
        value.hasPrefix("arn:") || value.hasPrefix("{{resolve:") || value.hasPrefix("${") || value.hasPrefix("$(")
    }

    static func message(_ reason: Reason, variable: String, where place: String) -> String {
        switch reason {
        case .name: return "\(place) `\(variable)` holds a secret in plaintext"
        case .credentialURL: return "\(place) `\(variable)` holds a connection string with a password in plaintext"
        case .accessKeyID: return "\(place) `\(variable)` holds an AWS access key ID in plaintext"
        case .privateKey: return "\(place) `\(variable)` holds a private key in plaintext"
        }
    }
}
