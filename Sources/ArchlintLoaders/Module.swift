// ArchlintLoaders: see the module's other files.
