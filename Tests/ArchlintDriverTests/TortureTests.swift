import ArchlintDriver
import ArchlintModel
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Hostile and broken input: each case ends in a load error that says what is wrong, at a
/// position, and the valid file beside it is still checked and reported.
@Suite struct TortureTests {
    /// A valid file placed beside every torture case: it must still produce its finding.
    static let goodService = """
        {"serviceName": "web", "networkConfiguration": {"awsvpcConfiguration": {"assignPublicIp": "ENABLED"}}}
        """

    final class Scratch {
        let path: String
        init() {
            path = NSTemporaryDirectory() + "archlint-torture-" + UUID().uuidString
            try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            write("good.json", Array(TortureTests.goodService.utf8))
        }
        deinit { try? FileManager.default.removeItem(atPath: path) }
        func write(_ name: String, _ bytes: [UInt8]) {
            FileManager.default.createFile(atPath: path + "/" + name, contents: Data(bytes))
        }
        func check(limits: ArchlintLoaders.LoadLimits = .init()) -> ScanReport {
            Checker.run(CheckOptions(paths: [path], now: Paths.now, limits: limits))
        }
    }

    /// Runs the scan and checks the good file's finding is there; returns the load errors by file name.
    func errors(_ scratch: Scratch, limits: ArchlintLoaders.LoadLimits = .init(), sourceLocation: SourceLocation = #_sourceLocation) -> [String: LoadError] {
        let report = scratch.check(limits: limits)
        #expect(report.findings.contains { $0.ruleId == "PS101" && $0.site.file.hasSuffix("/good.json") },
                "the valid file beside the broken one must still be checked", sourceLocation: sourceLocation)
        var byName: [String: LoadError] = [:]
        for error in report.errors { byName[String(error.file.dropFirst(scratch.path.count + 1))] = error }
        return byName
    }

    @Test func deepNestingIsALimitNotAStackOverflow() {
        let scratch = Scratch()
        scratch.write("deep.json", Array(repeating: UInt8(ascii: "["), count: 200_000) + Array(repeating: UInt8(ascii: "]"), count: 200_000))
        let start = Date()
        let error = errors(scratch)["deep.json"]
        #expect(error?.message == "nesting deeper than 512 levels")
        #expect(error?.line == 1 && error?.column == 513)
        #expect(Date().timeIntervalSince(start) < 5)
    }

    @Test func billionLaughsFinishesFastWithBoundedMemory() {
        var text = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        for level in 1...8 {
            let previous = String(UnicodeScalar(UInt8(ascii: "a") + UInt8(level - 1)))
            let name = String(UnicodeScalar(UInt8(ascii: "a") + UInt8(level)))
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
        }
        let scratch = Scratch()
        scratch.write("lol.yaml", Array(text.utf8))
        let start = Date()
        let error = errors(scratch)["lol.yaml"]
        #expect(error?.message == "alias expansion exceeds limit of 1000000 nodes")
        #expect((error?.line ?? 0) >= 1)
        #expect(Date().timeIntervalSince(start) < 1)
    }

    @Test func hugeFilesAreRefusedBeforeTheyAreRead() throws {
        let scratch = Scratch()
        let path = scratch.path + "/huge.yaml"
        FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 51 * 1024 * 1024)  // sparse: costs no disk and is never read
        try handle.close()
        #expect(errors(scratch)["huge.yaml"]?.message == "file larger than the 50 MB limit")
    }

    @Test func everyLimitIsConfigurable() {
        let scratch = Scratch()
        scratch.write("wide.json", Array(("[" + Array(repeating: "1", count: 2_000).joined(separator: ",") + "]").utf8))
        scratch.write("nested.json", Array(("[[[[[[[[[[" + "]]]]]]]]]]").utf8))
        let limited = errors(scratch, limits: .init(maxFileBytes: 1024 * 1024, maxDepth: 8, maxNodes: 1_000))
        #expect(limited["wide.json"]?.message == "more than 1000 nodes in one document")
        #expect(limited["nested.json"]?.message == "nesting deeper than 8 levels")
        scratch.write("big.yaml", Array(repeating: UInt8(ascii: "#"), count: 1_500_000))
        let small = errors(scratch, limits: .init(maxFileBytes: 1024 * 1024))
        #expect(small["big.yaml"]?.message == "file larger than the 1 MB limit")
    }

    @Test func binaryGarbageAndTruncatedFilesAreLoadErrors() {
        let scratch = Scratch()
        var generator = SystemRandomNumberGenerator()
        scratch.write("garbage.json", [0x7B, 0x0A, 0x00] + (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) })
        scratch.write("truncated.json", Array(#"{"Resources": {"Bucket": {"Type": "AWS::S3::Bucket""#.utf8))
        let found = errors(scratch)
        #expect(found["garbage.json"]?.message == "binary data: NUL byte at byte 2 (line 2)")
        #expect(found["garbage.json"]?.line == 2)
        let truncated = found["truncated.json"]
        #expect(truncated != nil && truncated!.line >= 1 && truncated!.column >= 1)
    }

    @Test func encodingsAnnouncedByABOMAreLoadedOthersAreErrors() {
        let scratch = Scratch()
        let service = #"{"serviceName": "bom", "networkConfiguration": {"awsvpcConfiguration": {"assignPublicIp": "ENABLED"}}}"#
        scratch.write("utf8-bom.json", [0xEF, 0xBB, 0xBF] + Array(service.utf8))
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in service.utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        scratch.write("utf16-bom.json", utf16)
        scratch.write("latin1.yaml", Array("a: caf".utf8) + [0xE9] + Array("\n".utf8))
        let report = scratch.check()
        let services = Set(report.findings.filter { $0.ruleId == "PS101" }.map(\.resource))
        #expect(services == ["web", "bom"], "UTF-8 and UTF-16 with a BOM both load")
        #expect(report.findings.filter { $0.resource == "bom" && $0.ruleId == "PS101" }.count == 2)
        let latin1 = report.errors.first { $0.file.hasSuffix("latin1.yaml") }
        #expect(latin1?.message == "not UTF-8 at byte 6 (line 1)")
    }

    @Test func unreadableThingsAreLoadErrorsAndLoopsEnd() throws {
        let scratch = Scratch()
        let fm = FileManager.default
        try fm.createDirectory(atPath: scratch.path + "/dir.json", withIntermediateDirectories: false)
        try fm.createSymbolicLink(atPath: scratch.path + "/dangling.yaml", withDestinationPath: scratch.path + "/nowhere.yaml")
        try fm.createDirectory(atPath: scratch.path + "/sub", withIntermediateDirectories: false)
        try fm.createSymbolicLink(atPath: scratch.path + "/sub/loop", withDestinationPath: scratch.path)
        #expect(mkfifo(scratch.path + "/pipe.json", 0o644) == 0)
        scratch.write("secret.yaml", Array("a: 1\n".utf8))
        chmod(scratch.path + "/secret.yaml", 0)
        let found = errors(scratch)
        #expect(found["dir.json"]?.message == "is a directory")
        #expect(found["dangling.yaml"]?.message == "dangling symbolic link")
        #expect(found["pipe.json"]?.message == "not a regular file (FIFO, socket or device)")
        if geteuid() != 0 {  // root reads any file
            #expect(found["secret.yaml"]?.message == "cannot read file: permission denied")
        }
        // The loop through sub/loop is visited once: good.json is reported once.
        let report = scratch.check()
        #expect(report.findings.filter { $0.ruleId == "PS101" }.count == 1)
    }

    @Test func oddPathsAreReadAndShownEscaped() throws {
        let scratch = Scratch()
        let names: [[UInt8]] = [Array("with space \"quoted\".json".utf8), Array("new\nline.json".utf8), Array("bad".utf8) + [0xFF] + Array(".json".utf8)]
        for name in names {
            let path = Array(scratch.path.utf8) + [UInt8(ascii: "/")] + name
            let fd = open(path.map { CChar(bitPattern: $0) } + [0], O_WRONLY | O_CREAT, 0o644)
            #expect(fd >= 0)
            _ = Array(TortureTests.goodService.utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            close(fd)
        }
        let report = scratch.check()
        #expect(report.errors.isEmpty, "\(report.errors)")
        let files = Set(report.findings.filter { $0.ruleId == "PS101" }.map { String($0.site.file.dropFirst(scratch.path.count + 1)) })
        #expect(files == ["good.json", "with space \"quoted\".json", "new\nline.json", "bad\\xFF.json"])
    }
}

import ArchlintLoaders
