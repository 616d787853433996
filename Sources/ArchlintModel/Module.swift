// ArchlintModel: see the module's other files.
