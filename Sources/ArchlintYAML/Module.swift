// ArchlintYAML: see the module's other files.
