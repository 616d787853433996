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
        guard secretWords.contains(where: { FastText.contains(upper, $0) })
                || extraWords.contains(where: { FastText.contains(upper, $0) }),
              !referenceSuffixes.contains(where: upper.hasSuffix) else { return nil }
        let trimmed = value.trimmingCharacters(in: .whitespaces)
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

    /// `scheme://user:password@host`: a password in a connection string.
    static func hasURLCredentials(_ value: String) -> Bool {
        guard FastText.contains(value, "://"), let scheme = value.range(of: "://") else { return false }
        let rest = value[scheme.upperBound...]
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard let at = authority.lastIndex(of: "@") else { return false }
        let userInfo = authority[..<at]
        guard let colon = userInfo.firstIndex(of: ":") else { return false }
        let password = userInfo[userInfo.index(after: colon)...]
        return !password.isEmpty && !password.hasPrefix("${") && !password.hasPrefix("$(")
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
