@testable import ArchlintRules
import ArchlintModel
import Foundation
import Testing

/// The byte-level checks of the secrets rules must answer as the character-level code they
/// replaced (kept here as the reference).
@Suite struct SecretDetectionTests {
    static func referenceURLCredentials(_ value: String) -> Bool {
        guard let scheme = value.range(of: "://") else { return false }
        let authority = value[scheme.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard let at = authority.lastIndex(of: "@") else { return false }
        let userInfo = authority[..<at]
        guard let colon = userInfo.firstIndex(of: ":") else { return false }
        let password = userInfo[userInfo.index(after: colon)...]
        return !password.isEmpty && !password.hasPrefix("${") && !password.hasPrefix("$(")
    }

    static let values = [
        "", "://", "a://b", "postgres://user:pw@db:5432/app", "postgres://user:@db", "postgres://user@db",
        "mysql://u:${Password}@h", "mysql://u:$(cat f)@h", "mysql://u:$@h", "mysql://u:$x@h", "x://a:b@c/d@e",
        "x://a:b/c@d", "x://a:b?c@d", "x://a:b#c@d", "first://no then second://u:p@h", "jdbc:mysql://u:p@h:1/db",
        "https://user:päss@host", "https://üser:p@høst/x", "s3://bucket/key", "echo x://u:p@h\nnext line",
        "a:/b://c:d@e", "x://:p@h", "x://u:p@", "x://u:p@@h", "://u:p@h", "x:// u : p @h",
    ]

    @Test func urlCredentialsAsBefore() {
        for value in Self.values {
            #expect(SecretDetection.hasURLCredentials(value) == Self.referenceURLCredentials(value), "\(value.debugDescription)")
        }
    }

    @Test(arguments: ["x", " x", "x ", "\tx\t", "", " ", "é", " é ", "\u{00A0}x\u{3000}", "x\n", "\nx"])
    func spacesTrimmedAsFoundation(value: String) {
        #expect(SecretDetection.trimmedOfSpaces(value) == value.trimmingCharacters(in: .whitespaces))
    }

    @Test func suffixesAndCharactersAsTheStandardLibrary() {
        let names = ["DB_PASSWORD_ARN", "TokenValidityUnits", "ARN", "", "_ARN", "é_ARN", "X\u{0600}_ARN", "a-b", "a.b", "ab",
                     "a\u{301}", "-\u{301}x", "SECRET_KEY_ID", "naïve-name"]
        for name in names {
            for suffix in ["_ARN", "Units", "_KEY_ID", "", "\u{301}"] {
                #expect(FastText.hasSuffix(name, anyOf: [suffix]) == name.hasSuffix(suffix), "\(name) \(suffix)")
                #expect(FastText.hasSuffix(name, anyOf: ["zz", suffix]) == name.hasSuffix(suffix), "\(name) \(suffix)")
            }
            #expect(FastText.containsAny(name, of: "-:/.$ ") == name.contains { "-:/.$ ".contains($0) }, "\(name)")
        }
    }
    /// The original `isPlainSetting`, kept as the reference.
    static func referencePlainSetting(_ value: String) -> Bool {
        if value.allSatisfy({ $0 == "*" }) || Double(value) != nil || ["true", "false"].contains(value.lowercased())
            || EN130PlaintextSecretProperty.settingWords.contains(value) { return true }
        return value.count <= 32 && value.allSatisfy { ($0.isUppercase && $0.isLetter) || $0 == "_" }
    }

    @Test(arguments: ["", "***", "1.5", "TRUE", "False", "Enabled", "SECRETS_MANAGER", "_X", "\u{212A}EY", "É_TAT", "Secure",
                      "secret", "#!/bin/bash\necho hi", String(repeating: "A", count: 33), String(repeating: "A", count: 32),
                      "e\u{301}", "ENABLED_\u{301}", "Enab\u{212A}ed", " Enabled", "tRuE", "ｔｒｕｅ"])
    func plainSettingAsBefore(value: String) {
        #expect(EN130PlaintextSecretProperty.isPlainSetting(value) == Self.referencePlainSetting(value))
    }

    @Test func anyNeedleAsEachOne() {
        for text in ["DB_PASSWORD", "", "X_TOKEN_Y", "naïve_SECRET", "pass"] {
            let needles = SecretDetection.secretWords
            #expect(FastText.contains(text, anyOf: needles) == needles.contains { FastText.contains(text, $0) }, "\(text)")
        }
        #expect(!FastText.contains("x", anyOf: []))
    }
}
