// ArchlintX509: see the module's other files.
