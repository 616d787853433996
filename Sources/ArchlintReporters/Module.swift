// ArchlintReporters: see the module's other files.
