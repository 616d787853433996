import ArchlintYAML
import Foundation
import Testing

/// `../shared/corpus` beside the package root (three levels above this file).
let corpusRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("../shared/corpus").standardized.path

let corpusPresent = FileManager.default.fileExists(atPath: corpusRoot)

func corpusFiles(under sub: String = "") -> [String] {
    let root = sub.isEmpty ? corpusRoot : corpusRoot + "/" + sub
    guard let e = FileManager.default.enumerator(atPath: root) else { return [] }
    var files: [String] = []
    while let p = e.nextObject() as? String {
        let ext = (p as NSString).pathExtension.lowercased()
        if ["yaml", "yml", "json", "template"].contains(ext) { files.append(root + "/" + p) }
    }
    return files.sorted()
}

@Suite(.enabled(if: corpusPresent, "no ../shared/corpus beside the package"))
struct CorpusTests {
    @Test func everyCorpusFileParsesOrFailsWithAPosition() throws {
        let files = corpusFiles()
        #expect(files.count > 1000)
        var failures: [String] = []
        for path in files {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            do {
                _ = try YAML.parse([UInt8](data))
            } catch {
                #expect(error.mark.line >= 1 && error.mark.column >= 1, "\(path): \(error)")
                failures.append("\(path.dropFirst(corpusRoot.count + 1)): \(error)")
            }
        }
        print("corpus: \(files.count) files, \(failures.count) threw")
        for f in failures.prefix(20) { print("  \(f)") }
    }

    @Test func cloudFormationCorpusTiming() throws {
        let files = corpusFiles(under: "cfn").compactMap { FileManager.default.contents(atPath: $0) }.map { [UInt8]($0) }
        let bytes = files.reduce(0) { $0 + $1.count }
        var errors = 0
        let elapsed = ContinuousClock().measure {
            for f in files {
                do { _ = try YAML.parse(f) } catch { errors += 1 }
            }
        }
        print("cfn corpus: \(files.count) files, \(bytes) bytes, \(errors) threw, parsed in \(elapsed)")
        #expect(errors < files.count / 100)
    }
}
