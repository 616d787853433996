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
    /// The prefilter may only say "no" where the case-insensitive regular expression behind it
    /// would find none of the words: ASCII text in any case; text that is not ASCII goes to ICU.
    @Test func mayContainIgnoringCaseNeverHidesAWord() {
        let words = ["passw", "secret", "token"]
        #expect(FastText.mayContainIgnoringCase("DB_PASSWORD=hunter22", anyOf: words))
        #expect(FastText.mayContainIgnoringCase("export Api_Token: x", anyOf: words))
        #expect(FastText.mayContainIgnoringCase("mysecret", anyOf: words))
        #expect(!FastText.mayContainIgnoringCase("#!/bin/bash\necho ECS_CLUSTER=x >> /etc/ecs/ecs.config", anyOf: words))
        #expect(!FastText.mayContainIgnoringCase("", anyOf: words))
        #expect(!FastText.mayContainIgnoringCase("toke", anyOf: words))
        // The Kelvin sign folds to k for ICU: not ASCII, so left to it.
        #expect(FastText.mayContainIgnoringCase("to\u{212A}en=abcdef", anyOf: words))
        #expect(EN130PlaintextSecretProperty.userDataAssignmentRange(in: "to\u{212A}en=abcdef") != nil)
        #expect(EN130PlaintextSecretProperty.userDataAssignmentRange(in: "echo TOKEN=abcdef") != nil)
        #expect(EN130PlaintextSecretProperty.userDataAssignmentRange(in: "echo tokens are fine") == nil)
    }
    /// Keys that differ only in the case of their first letter name the same field; nothing else does.
    @Test func equalIgnoringFirstLetterCase() {
        #expect(FastText.equalIgnoringFirstLetterCase("Image", "image"))
        #expect(FastText.equalIgnoringFirstLetterCase("taskRoleArn", "TaskRoleArn"))
        #expect(FastText.equalIgnoringFirstLetterCase("A", "a"))
        #expect(FastText.equalIgnoringFirstLetterCase("Élan", "élan"))
        #expect(!FastText.equalIgnoringFirstLetterCase("Image", "imagE"))
        #expect(!FastText.equalIgnoringFirstLetterCase("Image", "Images"))
        #expect(!FastText.equalIgnoringFirstLetterCase("", ""))
        #expect(!FastText.equalIgnoringFirstLetterCase("[a", "{a"))
        #expect(!FastText.equalIgnoringFirstLetterCase("Élan", "Elan"))
    }
    @Test(arguments: ["", "S", "Statement", "xStatement", "Statemen", "StatStatement", "SSSSStatement!", "a Statement b", "ttttt"])
    func bytesContainAsTheStandardLibrary(text: String) {
        for needle in ["Statement", "S", "t!", ""] {
            #expect(FastText.contains(Array(text.utf8), needle) == (needle.isEmpty || text.contains(needle)), "\(needle) in \(text)")
        }
    }
    @Test(arguments: ["arn:aws:kms:${AWS::Region}:${AWS::AccountId}:key/*", "", "${AWS::", "no placeholder", "é${AWS::X}ü"])
    func replacingAsFoundation(text: String) {
        #expect(FastText.replacing(text, "${AWS::", with: "${AWS_") == text.replacingOccurrences(of: "${AWS::", with: "${AWS_"))
    }
    @Test(arguments: ["arn:aws:s3:::bucket/*", "*", "", ":", "::::::::", "arn:aws:kms:eu-west-1:1:key/a:b:c", "a:\u{301}b:c",
                      "é:x:y", "arn:aws:iam::123456789012:role/x", "no separator"])
    func fieldsAsTheStandardLibrary(text: String) {
        for maxSplits in [0, 1, 5, Int.max] {
            #expect(FastText.fields(text, separator: ":", maxSplits: maxSplits)
                    == text.split(separator: ":", maxSplits: maxSplits, omittingEmptySubsequences: false), "\(text) \(maxSplits)")
        }
    }
}
