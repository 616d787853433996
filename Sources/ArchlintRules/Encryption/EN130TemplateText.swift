import ArchlintModel
import Foundation

/// EN130 on text written inside functions the loader cannot resolve (`UserData: !Base64 !Sub |`,
/// an `Fn::If` branch, the parts of `Fn::Join`), and on base64 user data written out. The tree
/// keeps these indeterminate; their text is template text, read here and nowhere else.
extension EN130PlaintextSecretProperty {
    /// Judges the pieces together as a value of `name` (a dynamic reference may be cut across
    /// `Fn::Join` parts), then reports the first secret where it is written inside its piece
    /// (the access key, the assignment), once per property. Text with `${...}` placeholders
    /// takes part of its value at deployment: under a secret's name it is judged by shape only.
    func scanTemplateText(_ pieces: [TemplateText], name: String, parent: Site, component: String, _ owner: ResourceInfo,
                          _ names: inout [String: Bool], _ context: inout RuleContext) {
        func judge(_ text: String) -> String? {
            if name != "UserData", name != "userData", FastText.contains(text, "${") {
                return SecretDetection.valueReason(text).map { SecretDetection.message($0, variable: name, where: "property") }
            }
            return finding(name: name, value: text, parameter: nil, &names, context)
        }
        let whole = pieces.count == 1 ? pieces[0].text : pieces.map(\.text).joined()
        guard let message = judge(whole) else { return }
        let piece = pieces.first { judge($0.text) != nil } ?? pieces[0]
        let (line, column) = piece.position(of: Self.secretStart(in: piece.text))
        context.report(message, at: Site(file: parent.file, line: line, column: column, parent: parent, component: component),
                       on: owner)
    }

    /// Where the first credential-shaped text starts: a private key's header, an access key ID,
    /// a `password=` assignment, a URL with a password; else the first character that is not blank.
    static func secretStart(in text: String) -> String.Index {
        var starts: [String.Index] = []
        if let header = text.range(of: "-----BEGIN") { starts.append(header.lowerBound) }
        if let offset = SecretDetection.accessKeyIDOffset(text) {
            starts.append(text.utf8.index(text.utf8.startIndex, offsetBy: offset))
        }
        if let range = userDataAssignmentRange(in: text) { starts.append(range.lowerBound) }
        if FastText.contains(text, "://") {
            var lineStart = text.startIndex
            while lineStart < text.endIndex {
                let lineEnd = text[lineStart...].firstIndex(of: "\n") ?? text.endIndex
                if SecretDetection.hasURLCredentials(String(text[lineStart..<lineEnd])) {
                    starts.append(lineStart)
                    break
                }
                lineStart = lineEnd < text.endIndex ? text.index(after: lineEnd) : text.endIndex
            }
        }
        if let first = starts.min() { return Self.contentStart(text, from: first) }
        return text.firstIndex { !$0.isWhitespace } ?? text.startIndex
    }

    /// `index`, or the first character that is not blank from there on its line.
    private static func contentStart(_ text: String, from index: String.Index) -> String.Index {
        text[index...].firstIndex { $0 != " " && $0 != "\t" } ?? index
    }

    /// User data written out in base64 (`UserData: IyEvYmluL2Jhc2g...`), decoded: nil for anything
    /// else. Only a string of the base64 alphabet, long enough to be a script, is tried.
    static func decodedUserData(_ value: String) -> String? {
        guard value.utf8.count >= 24, value.utf8.count % 4 == 0,
              value.utf8.allSatisfy({ Self.base64Alphabet.contains($0) }),
              let data = Data(base64Encoded: value) else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        // Text, not binary (a gzipped cloud-init archive stays unread).
        guard !text.unicodeScalars.contains(where: { $0.value < 0x09 || $0 == "\u{FFFD}" }) else { return nil }
        return text
    }

    private static let base64Alphabet: Set<UInt8> = Set(Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=".utf8))
}
