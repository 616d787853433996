import ArchlintLoaders
import ArchlintModel
import ArchlintRules
import Foundation

/// Loads the bytes as one file and, when something loads, runs every rule over it.
public enum FuzzCheck {
    static let now = Date(timeIntervalSince1970: 1_795_651_200)  // 2026-11-26
    static let limits = LoadLimits(maxFileBytes: 1 << 20, maxNodes: 200_000, maxAliasExpansion: 200_000)

    public static func run(_ bytes: [UInt8], file: String) {
        if case .loaded(let fragment, _) = FileLoader.load(bytes: bytes, file: file, limits: limits) {
            _ = Engine.run(Architecture(fragment), options: RuleOptions(now: now), jobs: 1)
        }
    }
}
