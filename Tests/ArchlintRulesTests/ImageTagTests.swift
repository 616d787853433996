@testable import ArchlintRules
import Testing

/// PL102's reading of an image reference: the tag is after the last `:` of the last
/// `/`-separated component (a registry's port is not a tag), and a digest pins the image.
@Suite struct ImageTagTests {
    @Test(arguments: [
        ("nginx", "has no tag or digest (it means latest)"),
        ("nginx:latest", "uses the mutable tag latest"),
        ("example.com/team/app:LATEST", "uses the mutable tag latest"),
        ("registry:5000/app", "has no tag or digest (it means latest)"),
        ("registry:5000/app:1.2", nil),
        ("app:1.2/", nil),
        ("app@sha256:0123abcd", nil),
        ("///", "has no tag or digest (it means latest)"),
        ("", "has no tag or digest (it means latest)"),
        ("app:latest-2", nil),
    ] as [(String, String?)])
    func problem(image: String, expected: String?) {
        #expect(PL102MutableImageTag.problem(image) == expected)
    }

    @Test func aLongImageIsReadInLinearTime() {
        let image = String(repeating: "a", count: 2_000_000) + ":latest"
        #expect(PL102MutableImageTag.problem(image) == "uses the mutable tag latest")
    }
}
