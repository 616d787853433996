import ArchlintModel

/// Stable identities for findings in the formats CI servers track across runs (SARIF
/// `partialFingerprints`, GitLab `fingerprint`): from rule, file and document path — never the
/// line, so an edit elsewhere in the file keeps the identity. FNV-1a, 64 bits, as 16 hex digits:
/// not cryptographic, and it need not be.
enum Fingerprint {
    static func fnv1a64(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// One fingerprint per key, in order; a key seen before gets its occurrence number, so
    /// two findings of one rule on one path stay two.
    static func unique(_ keys: [String]) -> [String] {
        var seen: [String: Int] = [:]
        return keys.map { key in
            let count = seen[key, default: 0]
            seen[key] = count + 1
            return fnv1a64(count == 0 ? key : key + "\u{0}" + String(count))
        }
    }

    static func key(_ finding: Finding, _ paths: ArtifactPaths) -> String {
        [finding.ruleId, paths.path(finding.site.file), finding.site.path].joined(separator: "\u{0}")
    }

    static func key(_ notice: Notice, _ paths: ArtifactPaths) -> String {
        [notice.kind.rawValue, notice.ruleId, paths.path(notice.site.file), notice.message].joined(separator: "\u{0}")
    }
}
