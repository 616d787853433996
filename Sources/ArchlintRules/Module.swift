// ArchlintRules: see the module's other files.
