// swift-tools-version: 6.1
import PackageDescription

// Layers, one target each, dependencies pointing one way:
//   ArchlintModel  <- ArchlintLoaders (ArchlintYAML, ArchlintX509)
//   ArchlintModel  <- ArchlintRules (ArchlintIAMCatalog)
//   ArchlintModel  <- ArchlintReporters (CLibXML2)
//   ArchlintModel, ArchlintRules <- ArchlintGraph (the diagram as values, DOT text)
//   ArchlintGraphviz: DOT in, SVG out, through libgvc in-process (opened at run time)
//   ArchlintModel, ArchlintYAML, ArchlintRules, ArchlintReporters <- ArchlintGate (config,
//                     suppressions, baseline, changed files)
//   everything     <- ArchlintDriver <- archlint (thin CLI)
let package = Package(
    name: "archlint",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "archlint", targets: ["archlint"]),
        // For the fuzz targets in Fuzz/ (a separate package built with -sanitize=fuzzer).
        .library(name: "ArchlintLibrary",
                 targets: ["ArchlintModel", "ArchlintYAML", "ArchlintX509", "ArchlintLoaders", "ArchlintRules"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-certificates", from: "1.21.1"),
        .package(url: "https://github.com/apple/swift-asn1", from: "1.7.4"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibYAML", pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]),
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),

        .target(name: "ArchlintModel"),
        .target(name: "ArchlintYAML", dependencies: ["CLibYAML"]),
        .target(
            name: "ArchlintX509",
            dependencies: [
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
            ]),
        .target(name: "ArchlintIAMCatalog"),
        .target(
            name: "ArchlintLoaders",
            dependencies: ["ArchlintModel", "ArchlintYAML", "ArchlintX509"]),
        .target(
            name: "ArchlintRules",
            dependencies: ["ArchlintModel", "ArchlintIAMCatalog", "ArchlintYAML"]),
        .target(
            name: "ArchlintReporters",
            dependencies: ["ArchlintModel", "CLibXML2"]),
        .target(name: "ArchlintGraph", dependencies: ["ArchlintModel", "ArchlintRules"]),
        // Graphviz's libgvc is opened at run time (dlopen), not linked: see LibGVC.swift.
        .target(name: "ArchlintGraphviz"),
        .target(
            name: "ArchlintGate",
            dependencies: ["ArchlintModel", "ArchlintYAML", "ArchlintRules", "ArchlintIAMCatalog", "ArchlintReporters"]),
        .target(
            name: "ArchlintDriver",
            dependencies: [
                "ArchlintModel", "ArchlintLoaders", "ArchlintRules", "ArchlintReporters", "ArchlintGate", "ArchlintYAML",
                "ArchlintGraph", "ArchlintGraphviz",
            ]),
        .executableTarget(
            name: "archlint",
            dependencies: [
                "ArchlintDriver", "ArchlintGate", "ArchlintReporters", "ArchlintGraph", "ArchlintGraphviz",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        // Test helpers shared by test targets (libxml2 schema validation); never shipped.
        .target(name: "ArchlintTestSupport", dependencies: ["CLibXML2"], path: "Tests/ArchlintTestSupport"),

        .testTarget(name: "ArchlintYAMLTests", dependencies: ["ArchlintYAML"]),
        .testTarget(name: "ArchlintX509Tests", dependencies: ["ArchlintX509"]),
        .testTarget(
            name: "ArchlintLoadersTests",
            dependencies: ["ArchlintLoaders", "ArchlintModel"]),
        .testTarget(
            name: "ArchlintRulesTests",
            dependencies: ["ArchlintRules", "ArchlintLoaders", "ArchlintModel", "ArchlintIAMCatalog", "ArchlintDriver"],
            exclude: ["Data"]),
        .testTarget(
            name: "ArchlintReportersTests",
            dependencies: ["ArchlintReporters", "ArchlintModel", "CLibXML2", "ArchlintTestSupport"]),
        .testTarget(
            name: "ArchlintGateTests",
            dependencies: ["ArchlintGate", "ArchlintDriver", "ArchlintModel", "ArchlintReporters", "ArchlintLoaders",
                           "ArchlintRules", "ArchlintTestSupport", "ArchlintGraphviz"],
            exclude: ["Golden"]),
        .testTarget(
            name: "ArchlintGraphTests",
            dependencies: ["ArchlintGraph", "ArchlintModel", "ArchlintDriver"]),
        .testTarget(
            name: "ArchlintDriverTests",
            dependencies: ["ArchlintDriver", "ArchlintModel", "ArchlintReporters", "ArchlintLoaders", "ArchlintTestSupport",
                           "ArchlintGraph", "ArchlintGraphviz"]),
    ]
)
