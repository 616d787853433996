import ArchlintModel
import ArchlintX509
import ArchlintYAML

/// How one input file ended: exactly one of these.
public enum LoadOutcome: Sendable {
    case loaded(ModelFragment, resources: Int)
    /// Parsed fine, but not a kind of input archlint reads (docker-compose.yml, package.json, ...).
    case skipped
    case failed(LoadError)
}

public struct LoadLimits: Sendable {
    public var maxFileBytes: Int
    public var maxDepth: Int
    public var maxNodes: Int
    public var maxAliasExpansion: Int

    public init(maxFileBytes: Int = 50 * 1024 * 1024, maxDepth: Int = 512, maxNodes: Int = 5_000_000,
                maxAliasExpansion: Int = 1_000_000) {
        self.maxFileBytes = maxFileBytes
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
        self.maxAliasExpansion = maxAliasExpansion
    }
}

/// Turns one file's bytes into a piece of the model. Pure: the caller reads the file.
public enum FileLoader {
    /// `jobs` above 1 lets one very large template be mapped on several threads.
    /// `parameters`: the values the stack is deployed with, when the file is a template named in `stacks:`.
    public static func load(bytes: [UInt8], file: String, limits: LoadLimits = .init(), jobs: Int = 1,
                            parameters: StackParameters? = nil) -> LoadOutcome {
        if bytes.count > limits.maxFileBytes {
            return .failed(LoadError(file: file, line: 1, column: 1,
                                     message: "file larger than the \(limits.maxFileBytes / (1024 * 1024)) MB limit"))
        }
        if PEM.looksLikeCertificate(bytes) { return PEMLoader.load(bytes, file: file) }

        let documents: [Node]
        do {
            documents = try YAML.parse(bytes, limits: YAMLLimits(maxDepth: limits.maxDepth, maxNodes: limits.maxNodes,
                                                                 maxAliasExpansion: limits.maxAliasExpansion,
                                                                 maxBytes: limits.maxFileBytes))
        } catch {
            return .failed(LoadError(file: file, line: max(1, error.mark.line), column: max(1, error.mark.column),
                                     message: error.message))
        }
        var pieces: [ModelFragment] = []
        var resources = 0
        for root in documents {
            if CloudFormationLoader.isTemplate(root) {
                var (piece, count) = CloudFormationLoader.load(root, file: file, jobs: jobs, deployed: parameters)
                piece.documentKinds = ["CloudFormation"]
                piece.loadErrors = TemplateStructure.errors(root, file: file)
                pieces.append(piece)
                resources += count
            } else if let inner = CloudFormationLoader.macroFragment(root) {
                var (piece, count) = CloudFormationLoader.load(inner, file: file, path: "fragment", jobs: jobs)
                piece.documentKinds = ["CloudFormation"]
                piece.loadErrors = TemplateStructure.errors(inner, file: file)
                pieces.append(piece)
                resources += count
            } else if let piece = CLILoader.load(root, file: file) {
                pieces.append(piece)
                resources += piece.resourceCount
            }
        }
        guard !pieces.isEmpty else { return .skipped }
        var fragment = ModelFragment()
        for piece in pieces { fragment.append(piece) }
        return .loaded(fragment, resources: resources)
    }
}
