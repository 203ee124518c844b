import Foundation
import Testing

/// End-to-end: runs the built `newsgraph` binary (built beside the test bundle) on the gold set.
@Suite struct EvalGraphCommandTests {
    static let binary: URL? = {
        let folder = URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent()
        let candidate = folder.appendingPathComponent("newsgraph")
        return FileManager.default.isExecutableFile(atPath: candidate.path) ? candidate : nil
    }()
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func run(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }

    @Test(.enabled(if: binary != nil)) func printsScoresAsJSON() throws {
        let gold = Self.root.appendingPathComponent("eval/gold").path
        let result = try Self.run(["eval-graph", "--gold", gold, "--gold-mentions", "--format", "json"])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        #expect(json["articles"] as? Int == 16)
        let edges = try #require(json["edges"] as? [String: Any])
        let tp = try #require(edges["truePositives"] as? Int)
        #expect(tp > 50)
    }

    @Test(.enabled(if: binary != nil)) func badFolderIsAOneLineError() throws {
        let missing = try Self.run(["eval-graph", "--gold", "/no/such/folder", "--gold-mentions"])
        #expect(missing.status == 64)
        #expect(missing.err.hasPrefix("Error: /no/such/folder: cannot list folder"))
    }
}
