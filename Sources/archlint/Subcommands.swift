/// "Did you mean": the nearest subcommand name to a word that is none. ArgumentParser only says
/// "Unexpected argument", and a suggestion needs nothing more than an edit distance.
enum Subcommands {
    /// A message for a first argument that is not an option and no subcommand (`known`, hidden
    /// ones included, and `help`); nil otherwise. Suggestions come from the `shown` ones.
    static func unknown(_ word: String, known: [String], shown: [String]) -> String? {
        guard !word.hasPrefix("-"), !known.contains(word), word != "help", looksLikeAWord(word) else { return nil }
        let nearest = shown.map { (name: $0, distance: distance(word, $0)) }.min { $0.distance < $1.distance }
        let list = shown.joined(separator: ", ")
        if let nearest, nearest.distance <= max(1, min(2, nearest.name.count / 3)) {
            return "unknown command '\(word)': did you mean '\(nearest.name)'? (commands: \(list))"
        }
        return "unknown command '\(word)' (commands: \(list))"
    }

    /// A path (`./infra`, `a.yaml`) is not a mistyped command: `archlint infra` should keep
    /// ArgumentParser's own message.
    private static func looksLikeAWord(_ word: String) -> Bool {
        !word.isEmpty && word.allSatisfy { $0.isLetter || $0 == "-" }
    }

    /// Levenshtein distance.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
