import Foundation

/// Finds shell commands that deploy (`aws ecs update-service`, `cdk deploy`, `kubectl apply`,
/// ...) in a buildspec command, multi-line blocks included. Reads, describes and waits
/// (`aws ecs describe-services`, `aws ecs wait services-stable`) are not deployments.
enum PipelineDeployCommands {
    /// AWS CLI operations that change what runs, by service.
    static let awsOperations: [String: [String]] = [
        "ecs": ["update-service", "create-service", "deploy"],
        "cloudformation": ["deploy", "create-stack", "update-stack", "execute-change-set", "create-stack-set",
                           "update-stack-set", "create-stack-instances", "update-stack-instances"],
        "lambda": ["update-function-code", "update-alias"],
        "deploy": ["create-deployment"],
        "elasticbeanstalk": ["update-environment"],
        "apprunner": ["start-deployment", "update-service"],
    ]

    /// Other deployment tools and the subcommands that deploy with them.
    static let tools: [String: [[String]]] = [
        "sam": [["deploy"], ["sync"]],
        "cdk": [["deploy"]],
        "cdktf": [["deploy"]],
        "kubectl": [["apply"], ["replace"], ["patch"], ["set", "image"], ["rollout", "restart"]],
        "helm": [["upgrade"], ["install"]],
        "eksctl": [["create"], ["upgrade"], ["update"], ["delete"], ["scale"], ["drain"], ["set"]],
        "terraform": [["apply"], ["destroy"]],
        "pulumi": [["up"], ["destroy"]],
        "serverless": [["deploy"]],
        "sls": [["deploy"]],
        "copilot": [["deploy"], ["svc", "deploy"], ["env", "deploy"], ["job", "deploy"]],
        "eb": [["deploy"]],
    ]

    static let aliases: [String: String] = ["aws-cdk": "cdk"]

    /// Every deploying command in `text`, each once, in order of appearance.
    static func deployCommands(in text: String) -> [String] {
        var found: [String] = []
        let joined = text.replacingOccurrences(of: "\\\r\n", with: " ").replacingOccurrences(of: "\\\n", with: " ")
        for line in joined.split(whereSeparator: \.isNewline) {
            for command in simpleCommands(String(line)) {
                for hit in matches(command) where !found.contains(hit) { found.append(hit) }
            }
        }
        return found
    }

    /// The simple commands of one line: split at `;`, `&&`, `||`, `|`, `$(`, backquotes and
    /// parentheses, quotes dropped, and cut at a comment.
    static func simpleCommands(_ line: String) -> [[String]] {
        var text = line.replacingOccurrences(of: "$(", with: "\n")
        for separator in [";", "|", "&", "(", ")", "`", "{", "}"] { text = text.replacingOccurrences(of: separator, with: "\n") }
        for quote in ["\"", "'"] { text = text.replacingOccurrences(of: quote, with: " ") }
        var commands: [[String]] = []
        for piece in text.split(separator: "\n") {
            var tokens: [String] = []
            for token in piece.split(whereSeparator: \.isWhitespace) {
                if token.hasPrefix("#") { break }
                tokens.append(String(token))
            }
            // Text printed or assigned is not run.
            let words = tokens.drop { $0.contains("=") && !$0.hasPrefix("-") }
            guard let first = words.first, !["echo", "printf"].contains(first) else { continue }
            commands.append(Array(words))
        }
        return commands
    }

    static func matches(_ tokens: [String]) -> [String] {
        var hits: [String] = []
        for (index, token) in tokens.enumerated() {
            let base = token.split(separator: "/").last.map(String.init) ?? token
            let tool = aliases[base] ?? base
            let words = self.words(after: index, in: tokens)
            if tool == "aws" {
                let paths = awsOperations.flatMap { service, operations in operations.map { [service, $0] } }
                if let path = match(words, paths: paths) { hits.append((["aws"] + path).joined(separator: " ")) }
            } else if let paths = tools[tool], let path = match(words, paths: paths) {
                hits.append(([tool] + path).joined(separator: " "))
            }
        }
        return hits
    }

    /// The words after a tool, each marked when it follows an option (and may be its value).
    static func words(after index: Int, in tokens: [String]) -> [(word: String, afterOption: Bool)] {
        var words: [(String, Bool)] = []
        var afterOption = false
        for token in tokens.dropFirst(index + 1) {
            if token.hasPrefix("-") {
                afterOption = !token.contains("=")
                continue
            }
            words.append((token, afterOption))
            afterOption = false
        }
        return words
    }

    /// The deploying path the words spell out, skipping option values before each word.
    static func match(_ words: [(word: String, afterOption: Bool)], paths: [[String]]) -> [String]? {
        for path in paths {
            var position = 0
            var matched = true
            for wanted in path {
                while position < words.count, words[position].word != wanted, words[position].afterOption { position += 1 }
                guard position < words.count, words[position].word == wanted else { matched = false; break }
                position += 1
            }
            if matched { return path }
        }
        return nil
    }
}
