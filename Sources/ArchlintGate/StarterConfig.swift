import ArchlintModel

/// The commented `.archlint.yml` that `archlint init` writes. Every example in it is valid:
/// uncommenting one gives a working configuration (a test parses each).
public enum StarterConfig {
    /// How to have an editor complete and validate the file: the schema ships in archlint's
    /// repository (docs/schemas/); no published address is assumed.
    public static let schemaHint = "# Editor completion: put docs/schemas/archlint-config.schema.json from archlint's repository\n"
        + "# beside this file and make this line `# yaml-language-server: $schema=archlint-config.schema.json`."

    public static func text(_ rules: [RuleMetadata]) -> String {
        let width = rules.map(\.slug.count).max() ?? 0
        let table = rules.map { rule in
            "#   \(rule.id)  \(rule.slug)\(String(repeating: " ", count: width - rule.slug.count))  "
                + "\(rule.severity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0))  \(rule.title)"
                + (rule.optIn ? " (opt-in)" : "")
        }.joined(separator: "\n")
        return """
            \(schemaHint)
            # archlint configuration. archlint reads the nearest .archlint.yml at or above the
            # working directory (or the file given with --config). Unknown keys, unknown rules and
            # values of the wrong type are errors (exit status 2), never ignored.

            # Lowest severity that fails the run: error, warning, note or never (--fail-on wins).
            fail-on: error

            # Files left out of the scan, as globs relative to this file: `*` and `?` within a
            # name, `**` across directories; a pattern without `/` matches a name at any depth,
            # and a pattern matching a directory covers everything below it.
            exclude: []
            #   - "vendor"
            #   - "**/test-fixtures/**"

            # Rule packs: your organisation's own rules, as directories of rule files (or single
            # files) relative to this file; `archlint test` runs their examples. See
            # docs/custom-rules.md.
            rule-packs: []
            #   - policies/

            # Opt-in rules, by ID or slug: rules marked (opt-in) below run only when listed here
            # (or named with --rule); they judge controls that most templates do not meet yet.
            enable: []
            #   - LP170

            # Rules by ID or slug (pack rules too): `enabled: false` turns one off, `severity` (error, warning,
            # note) overrides its level. Parameters:
            #   CE102, CE104  window-days: days before expiry a certificate is reported (30)
            #   EN101         secret-names: extra words that make a variable name a secret's
            #   LP112         allowed-principals: accounts or principal ARNs a trust policy may
            #                 name without sts:ExternalId
            #   LP106, LP107  star-only-actions: actions to treat as accepting only Resource "*"
            rules: {}
            #   HC109:
            #     enabled: false
            #   certificate-expiring:
            #     severity: error
            #     window-days: 45
            #   EN101:
            #     secret-names: [PIN, SALT]

            # Waivers. Each names its rule, where it applies (`path`: a glob relative to this
            # file, and/or `resource`: a CloudFormation logical ID or the resource's name in a
            # CLI export), a mandatory `reason`, and optionally `until`: the last day it works
            # (after it, the finding fails again and says its waiver expired). A waiver that
            # matches nothing is reported as a note. In a CloudFormation template, a resource
            # can carry its own: Metadata: {archlint: {suppress: [{rule: LP101, reason: "...", until: 2027-01-31}]}}
            suppress: []
            #   - rule: PS101
            #     path: "infra/legacy/*.yaml"
            #     resource: LegacyService
            #     reason: "Public IP until the NAT gateway lands (TICKET-123)"
            #     until: 2027-01-31

            # The rules (`archlint rules` lists them, `archlint explain ID` explains one):
            \(table)

            """
    }
}
