import ArchlintModel
import ArchlintX509
import ArchlintYAML

/// How one input file ended: exactly one of these.
public enum LoadOutcome: Sendable {
    case loaded(ModelFragment, resources: Int)
    /// Parsed fine, but not a kind of input archlint reads (docker-compose.yml, package.json, ...):
    /// the reason names what was expected.
    case skipped(reason: String)
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
        // A `.json` file must be JSON: YAML-only text there is a mistake, not a YAML file.
        // (UTF-16 and UTF-32 files, which the YAML reader decodes, are left to it.)
        if file.lowercased().hasSuffix(".json"), !bytes.prefix(4).contains(0), !bytes.starts(with: [0xFF, 0xFE]),
           !bytes.starts(with: [0xFE, 0xFF]), let problem = JSONSyntax.firstProblem(bytes) {
            return .failed(LoadError(file: file, line: problem.line, column: problem.column, message: problem.message))
        }
        var pieces: [ModelFragment] = []
        var resources = 0
        // UTF-8 text only: the lines of a UTF-16/32 file are not its bytes.
        let source = bytes.prefix(4).contains(0) ? nil : SourceLines(bytes)
        for root in documents {
            if CloudFormationLoader.isTemplate(root) {
                var (piece, count) = CloudFormationLoader.load(root, file: file, jobs: jobs, deployed: parameters,
                                                                source: source)
                piece.documentKinds = ["CloudFormation"]
                piece.loadErrors = TemplateStructure.errors(root, file: file)
                pieces.append(piece)
                resources += count
            } else if let inner = CloudFormationLoader.macroFragment(root) {
                var (piece, count) = CloudFormationLoader.load(inner, file: file, path: "fragment", jobs: jobs,
                                                                source: source)
                piece.documentKinds = ["CloudFormation"]
                piece.loadErrors = TemplateStructure.errors(inner, file: file)
                pieces.append(piece)
                resources += count
            } else if let piece = CLILoader.load(root, file: file) {
                pieces.append(piece)
                resources += piece.resourceCount
            }
        }
        guard !pieces.isEmpty else { return .skipped(reason: FileLoader.unrecognised) }
        var fragment = ModelFragment()
        for piece in pieces { fragment.append(piece) }
        return .loaded(fragment, resources: resources)
    }

    /// Why a document of no known kind is skipped: the keys each kind starts with.
    public static let unrecognised = "no top-level Resources, Statement, taskDefinition, containerDefinitions, "
        + "service, pipeline, phases, Certificate, TargetGroups, LoadBalancers, Listeners, Role, PolicyVersion or "
        + "RoleDetailList key: not a kind of file archlint reads"
}
