@testable import ArchlintRules
import Foundation
import ArchlintModel
import Testing

/// The hand-written string checks on hot paths must answer as Foundation does.
@Suite struct FastTextTests {
    static let pairs: [(String, String)] = [
        ("iam:PassRole", "IAM:passrole"), ("iam:PassRole", "iam:PassRoles"), ("s3:GetObject", "s3:getobject"),
        ("", ""), ("a", ""), ("[", "{"), ("@", "`"), ("Straße", "STRASSE"), ("é", "É"), ("e\u{301}", "é"),
        ("KELVIN", "\u{212A}elvin"), ("iam:PassRole", "iam:PassRolé"),
    ]

    @Test func equalIgnoringCaseAgreesWithFoundation() {
        for (a, b) in Self.pairs {
            #expect(FastText.equalIgnoringCase(a, b) == (a.caseInsensitiveCompare(b) == .orderedSame), "\(a) vs \(b)")
            #expect(FastText.equalIgnoringCase(b, a) == (b.caseInsensitiveCompare(a) == .orderedSame), "\(b) vs \(a)")
        }
    }

    @Test(arguments: ["", "$", "${", "abc${x}", "${x}", "x$ {", "$$${", "naïve ${é}", "ends with $"])
    func containsAgreesWithTheStandardLibrary(text: String) {
        #expect(FastText.contains(text, "${") == text.contains("${"))
        #expect(FastText.contains(text[...], "${") == text.contains("${"))
    }

    @Test func literalTextAroundPlaceholders() {
        #expect(TextChecks.hasLiteralText("arn:aws:s3:::${Bucket}/*"))
        #expect(TextChecks.hasLiteralText("${A}x"))
        #expect(TextChecks.hasLiteralText("${unclosed"))
        #expect(TextChecks.hasLiteralText("$"))
        #expect(!TextChecks.hasLiteralText("${A}${B}"))
        #expect(!TextChecks.hasLiteralText(""))
    }
}
