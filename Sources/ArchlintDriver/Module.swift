// ArchlintDriver: see the module's other files.
