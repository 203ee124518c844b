import Foundation
import Testing
@testable import NewsGraph

/// Input larger than one document may be, on standard input (a pipe has no size to check)
/// and as a file given to `extract`: a one-line error, not the whole input held in memory.
@Suite(.enabled(if: NewsGraphBinary.url != nil, "the newsgraph binary is built"))
struct OversizedInputCommandTests {
    /// A page just over the 64 MiB limit: a valid start, then filler.
    static let oversized: String = {
        let head = "<html><body><article><p>" + String(repeating: "Words in a paragraph. ", count: 20) + "</p>"
        return head + String(repeating: "x", count: LocalFile.maximumSize + 1 - head.utf8.count + 16)
    }()

    @Test func ingestFromStandardInputStopsAtTheLimit() throws {
        let folder = try TemporaryDirectory("ng-oversized")
        let result = try NewsGraphBinary.run(["ingest", "--db", folder.path("g.sqlite"), "-"], stdin: Self.oversized)
        #expect(result.status == 1)
        let errors = result.stderr.split(separator: "\n").filter { $0.hasPrefix("error: ") }
        #expect(errors.first == "error: -: standard input exceeds the 64 MiB limit for one document; stopped reading", "\(result.stderr)")
    }

    @Test func extractRefusesOversizedFileAndStandardInput() throws {
        let folder = try TemporaryDirectory("ng-oversized")
        let path = folder.path("big.html")
        try Self.oversized.write(toFile: path, atomically: false, encoding: .utf8)
        let file = try NewsGraphBinary.run(["extract", path])
        #expect(file.status != 0)
        #expect(file.stderr.contains("\(path): file of \(Self.oversized.utf8.count) bytes exceeds the 64 MiB limit for one document; not read"), "\(file.stderr)")
        let stdin = try NewsGraphBinary.run(["extract", "-"], stdin: Self.oversized)
        #expect(stdin.status != 0)
        #expect(stdin.stderr.contains("-: standard input exceeds the 64 MiB limit for one document; stopped reading"), "\(stdin.stderr)")
    }

    @Test func standardInputUnderTheLimitIsReadWhole() throws {
        let folder = try TemporaryDirectory("ng-oversized")
        let path = folder.path("input")
        let bytes = (0..<(3 << 20)).map { UInt8(truncatingIfNeeded: $0 % 251) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let handle = try #require(FileHandle(forReadingAtPath: path))
        defer { try? handle.close() }
        #expect(try LocalFile.readStandardInput(from: handle) == bytes)
        let again = try #require(FileHandle(forReadingAtPath: path))
        defer { try? again.close() }
        #expect(throws: IngestFailure.self) { try LocalFile.readStandardInput(maximumSize: 1 << 20, from: again) }
    }
}
