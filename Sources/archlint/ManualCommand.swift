import ArgumentParser
import ArchlintDriver

/// Writes the man page `docs/archlint.1` from the same help text `--help` prints (at 80
/// columns), one section per subcommand. Written here rather than with ArgumentParser's
/// generate-manual plugin, which needs a package plugin build that is not always available;
/// a test fails while the committed page is stale.
struct ManualCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate-manual", abstract: "Print the man page (docs/archlint.1) in roff.", shouldDisplay: false)

    func run() throws {
        print(Self.page(), terminator: "")
    }

    static func page() -> String {
        let root = Archlint.configuration
        var out = """
            .\\" DO NOT EDIT: generated from archlint's help text by
            .\\" `swift run archlint generate-manual > docs/archlint.1`
            .TH ARCHLINT 1 "" "archlint \(Checker.version)" "User Commands"
            .SH NAME
            archlint \\- \(roff(root.abstract))
            .SH SYNOPSIS
            .B archlint
            .I command
            .RI [ options ]
            .I paths ...
            .br
            .B archlint
            .RB [ \\-v | \\-\\-version ]
            .RB [ \\-h | \\-\\-help ]
            .SH DESCRIPTION

            """
        out += block(Archlint.helpMessage(columns: 80))
        out += ".SH COMMANDS\n"
        for command in root.subcommands where command.configuration.shouldDisplay {
            let name = command.configuration.commandName ?? "\(command)"
            out += ".SS \"archlint \(name)\"\n" + block(Archlint.helpMessage(for: command, columns: 80))
        }
        out += """
            .SH SHELL COMPLETION
            .nf
            archlint \\-\\-generate\\-completion\\-script bash > /etc/bash_completion.d/archlint
            archlint \\-\\-generate\\-completion\\-script zsh > "${fpath[1]}/_archlint"
            archlint \\-\\-generate\\-completion\\-script fish > ~/.config/fish/completions/archlint.fish
            .fi

            """
        return out
    }

    /// Help text as it is printed: no filling, no adjusting.
    private static func block(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { roff(String($0)) }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return ".nf\n" + lines.joined(separator: "\n") + "\n.fi\n"
    }

    /// Backslashes and hyphens escaped; a leading `.` or `'` would be a request.
    private static func roff(_ line: String) -> String {
        var out = ""
        for character in line {
            switch character {
            case "\\": out += "\\e"
            case "-": out += "\\-"
            default: out.append(character)
            }
        }
        if out.hasPrefix(".") || out.hasPrefix("'") { out = "\\&" + out }
        return out
    }
}
