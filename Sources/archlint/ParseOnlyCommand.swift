import ArgumentParser
import ArchlintDriver
import Foundation

/// The benchmark floor (scripts/bench.sh): discover, read and parse, nothing else. Hidden:
/// a measuring tool, not a feature.
struct ParseOnlyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse-only", abstract: "Only read and parse the files (the benchmark floor).",
        shouldDisplay: false)

    @Argument(help: "Files or directories.")
    var paths: [String]

    @Option(help: "Worker threads; default: the number of cores.")
    var jobs: Int?

    func run() throws {
        let result = ParseFloor.run(paths: paths, jobs: max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount))
        print("\(result.files) files, \(result.bytes) bytes, \(result.documents) documents, \(result.errors) not parsed")
    }
}
