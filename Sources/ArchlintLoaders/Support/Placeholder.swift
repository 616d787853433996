import ArchlintModel

/// Values written to be filled in later (`{{demo-app-image}}`, `${IMAGE_URI}` outside a
/// template, `<ACCOUNT_ID>`, `REPLACE_ME`) and CloudFormation dynamic references
/// (`{{resolve:ssm:...}}`): what they will be is not known, so they read as unknown.
enum Placeholder {
    static func isPlaceholder(_ text: String, inTemplate: Bool) -> Bool {
        // One pass over the bytes: most values have none of `{`, `<`, `_` or `M`.
        var interesting = false
        for byte in text.utf8 where byte == 0x7B || byte == 0x3C || byte == 0x5F || byte == 0x4D {
            interesting = true
            break
        }
        guard interesting else { return false }
        if FastText.contains(text, "{{") && FastText.contains(text, "}}") { return true }
        if !inTemplate, hasVariable(text) { return true }
        if hasAngleName(text) { return true }
        return markers.contains { FastText.contains(text, $0) }
    }

    static let markers = ["REPLACE_ME", "REPLACEME", "CHANGE_ME", "CHANGEME"]

    /// `${NAME}` without a `:` (IAM policy variables such as `${aws:username}` are values).
    private static func hasVariable(_ text: String) -> Bool {
        var rest = text[...]
        guard FastText.contains(text, "${") else { return false }
        while let open = rest.range(of: "${") {
            guard let close = rest[open.upperBound...].firstIndex(of: "}") else { return false }
            let name = rest[open.upperBound..<close]
            if !name.isEmpty, !name.contains(":"), name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) {
                return true
            }
            rest = rest[rest.index(after: close)...]
        }
        return false
    }

    /// `<ACCOUNT_ID>`, `<account-id>`, `<your bucket>`: a name in angle brackets.
    private static func hasAngleName(_ text: String) -> Bool {
        // Most texts checked have no `<` at all: found by byte, before walking the characters.
        guard text.utf8.contains(UInt8(ascii: "<")) else { return false }
        var rest = text[...]
        while let open = rest.firstIndex(of: "<") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: ">") else { return false }
            let name = after[..<close]
            if let first = name.first, first.isLetter,
               name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == " " }) {
                return true
            }
            rest = after[after.index(after: close)...]
        }
        return false
    }
}
