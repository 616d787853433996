import ArgumentParser
import ArchlintDriver

/// Which rules: rule packs to add (`--rules`) and the selection (`--rule`, `--skip-rule`,
/// `--category`). Shared by `check`, `baseline` and `rules`.
struct RuleChoiceOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: ArgumentHelp("A rule pack to add: a directory of rule files or one rule file (repeatable).", valueName: "path"))
    var packs: [String] = []

    @Option(name: .customLong("rule"), help: ArgumentHelp("Run only this rule, by ID or slug (repeatable); this also runs an opt-in rule.", valueName: "id"))
    var only: [String] = []

    @Option(name: .customLong("skip-rule"), help: ArgumentHelp("Do not run this rule, by ID or slug (repeatable).", valueName: "id"))
    var skip: [String] = []

    @Option(name: .customLong("category"), help: ArgumentHelp("Only rules of this category (repeatable): a built-in one or a pack's own.", valueName: "name"))
    var categories: [String] = []

    @Option(name: .customLong("enable"), help: ArgumentHelp("Also run this opt-in rule, by ID or slug, beside the others (repeatable); as `enable:` in .archlint.yml.", valueName: "id"))
    var enable: [String] = []

    var selection: RuleSelection { RuleSelection(only: only, skip: skip, categories: categories, enable: enable) }
}
