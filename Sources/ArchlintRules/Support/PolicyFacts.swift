import ArchlintIAMCatalog
import ArchlintModel

/// One entry of a statement's `Action` list, with what the catalog says it grants.
struct ActionEntry {
    let text: String
    let site: Site
    /// Actions the pattern grants; empty for unknown or unresolved entries.
    let granted: [IAMAction]

    var isEverything: Bool { text == "*" || text == "*:*" }
    /// `ecs:*`-style: every action of one service.
    var isServiceWide: Bool {
        guard let colon = text.utf8.firstIndex(of: UInt8(ascii: ":")) else { return false }
        return text[text.index(after: colon)...] == "*" && !text.utf8[..<colon].contains(UInt8(ascii: "*"))
    }
    var service: String { text.split(separator: ":").first.map(String.init) ?? text }

    func grants(_ fullName: String) -> Bool {
        granted.contains { LeastPrivilegeActions.isNamed($0, fullName) }
    }
}

extension Statement {
    /// Known action entries with no unresolved `${...}` part.
    var actionEntries: [ActionEntry] {
        actions.compactMap { fact in
            guard case .known(let text, let site) = fact, !FastText.contains(text, "${") else { return nil }
            return ActionEntry(text: text, site: site, granted: IAMCatalog.shared.expand(text))
        }
    }

    /// True when `Resource` contains a known `*` (and no `NotResource`).
    var onAllResources: Bool { notResources.isEmpty && resources.contains { $0.value == "*" } }

    /// True when every `Resource` entry is known and none is `*`.
    var onScopedResources: Bool {
        notResources.isEmpty && !resources.isEmpty
            && resources.allSatisfy { fact in
                guard let text = fact.value else { return false }
                return text != "*" && TextChecks.hasLiteralText(text)
            }
    }

    func hasCondition(key: String) -> Bool {
        conditions.contains { FastText.equalIgnoringCase($0.key, key) }
    }
}

extension PolicyDocument {
    /// Documents whose grants least-privilege rules judge: effective, written by the user
    /// (AWS managed policies are judged by name when attached), and not trust policies.
    var isJudgedForGrants: Bool {
        guard isEffective, !isAWSManaged else { return false }
        switch kind {
        case .identity: return true
        case .trust: return false
        case .resource(let target): return target != .kmsKey
        }
    }

    /// Allow statements of a judged document.
    var judgedAllowStatements: [Statement] {
        isJudgedForGrants ? statements.filter(\.isAllow) : []
    }
}

enum TextChecks {
    /// True when some of the text is written out, not only `${...}` placeholders.
    static func hasLiteralText(_ text: String) -> Bool {
        let bytes = text.utf8
        var rest = bytes.startIndex
        while rest != bytes.endIndex {
            // Text before the next `${`, or no `${` left: literal text.
            guard bytes[rest] == UInt8(ascii: "$"), bytes.index(after: rest) != bytes.endIndex,
                  bytes[bytes.index(after: rest)] == UInt8(ascii: "{") else { return true }
            guard let close = bytes[rest...].firstIndex(of: UInt8(ascii: "}")) else { return true }
            rest = bytes.index(after: close)
        }
        return false
    }
}
