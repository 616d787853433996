// ArchlintIAMCatalog: see the module's other files.
