@testable import ArchlintLoaders
import Foundation
import Testing

/// `Fn::Sub`'s placeholders are replaced by byte, as Foundation's `replacingOccurrences`
/// replaced them (kept as the reference) on the text CloudFormation templates hold.
@Suite struct SubstitutionTests {
    static let texts = ["", "${A}", "x${A}y${A}z", "${A}${A}", "${AA}${A}", "$${A}", "${A", "${B}", "ß ${A} 🙂 ${A}é",
                        "arn:aws:s3:::${A}/*", "${A}}", "{${A}}", "no placeholder at all"]

    @Test func replacesAsFoundation() {
        for text in Self.texts {
            for value in ["", "v", "long value", "${A}", "ü"] {
                var replaced = text
                #expect(TemplateContext.replace("${A}", with: value, in: &replaced))
                #expect(replaced == text.replacingOccurrences(of: "${A}", with: value), "\(text) with \(value)")
            }
        }
    }

    @Test func aReplacementPastTheBoundLeavesTheTextAlone() {
        var text = String(repeating: "${A}", count: 4)
        let fits = String(repeating: "x", count: TemplateContext.maxResolvedBytes / 4)
        var atTheBound = text
        #expect(TemplateContext.replace("${A}", with: fits, in: &atTheBound) && atTheBound.utf8.count == TemplateContext.maxResolvedBytes)
        #expect(!TemplateContext.replace("${A}", with: fits + "x", in: &text))
        #expect(text.utf8.count == 16, "unchanged")
        var shrinking = String(repeating: "${A}", count: TemplateContext.maxResolvedBytes / 4 + 10)
        #expect(TemplateContext.replace("${A}", with: "", in: &shrinking) && shrinking.isEmpty)
    }
}
