// swift-tools-version: 6.1
import Foundation
import PackageDescription

// libFuzzer targets for every parser entry point. Not part of the main build: run
// scripts/fuzz.sh, which builds them with AddressSanitizer and SanitizerCoverage, links the
// toolchain's libclang_rt.fuzzer_no_main (libFuzzer ships with the Swift toolchain on Linux) and
// seeds them from ../shared/corpus. Each target enters libFuzzer through FuzzDriver.

// A local package's identity is its directory name, whatever the clone is called.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent
let library = Target.Dependency.product(name: "ArchlintLibrary", package: root)

let package = Package(
    name: "archlint-fuzz",
    dependencies: [.package(path: "..")],
    targets: [
        .target(name: "FuzzDriver"),
        .target(name: "FuzzSupport", dependencies: [library]),
        .executableTarget(name: "FuzzYAML", dependencies: [library, "FuzzDriver"]),
        .executableTarget(name: "FuzzCloudFormation", dependencies: ["FuzzSupport", "FuzzDriver"]),
        .executableTarget(name: "FuzzCLIJSON", dependencies: ["FuzzSupport", "FuzzDriver"]),
        .executableTarget(name: "FuzzPEM", dependencies: [library, "FuzzDriver"]),
    ]
)
