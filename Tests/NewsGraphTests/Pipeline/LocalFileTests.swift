import Foundation
import Testing
@testable import NewsGraph

/// Reading input files: exact bytes, sizes the file system does not report, and one clear
/// failure per kind of unreadable path.
@Suite struct LocalFileTests {
    @Test func readsExactBytesOfAnySize() throws {
        let folder = try TemporaryDirectory("ng-localfile")
        for size in [0, 1, 4095, 65_536, 65_537, 300_000] {
            let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
            let path = folder.path("f\(size)")
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            #expect(try LocalFile.read(path) == bytes, "\(size) bytes")
        }
    }

    /// /proc files say they are empty and are not: the bytes come from reading to the end.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/status")))
    func readsFilesWhoseSizeIsUnknown() throws {
        let status = String(decoding: try LocalFile.read("/proc/self/status"), as: UTF8.self)
        #expect(status.hasPrefix("Name:"))
        #expect(throws: IngestFailure(input: "/proc/self/status", reason: "file grew past the 16-byte limit for one document while being read")) {
            try LocalFile.read("/proc/self/status", maximumSize: 16)
        }
    }

    @Test func missingFilesAndFoldersCannotBeRead() throws {
        let folder = try TemporaryDirectory("ng-localfile-bad")
        let missing = folder.path("missing.html")
        #expect(throws: IngestFailure(input: missing, reason: "cannot read file")) { try LocalFile.read(missing) }
        #expect(throws: IngestFailure(input: folder.url.path, reason: "cannot read file")) { try LocalFile.read(folder.url.path) }
        try LocalFile.checkSize(missing)   // no size to check: reading says what is wrong
    }
}
