import Foundation
import Testing

/// Where the built `newsgraph` executable is: beside the test bundle in the build folder.
enum NewsgraphBinary {
    static let url: URL? = {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("newsgraph")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return nil
    }()
}

/// End to end: the built `newsgraph` binary, fed through stdin.
@Suite(.enabled(if: NewsgraphBinary.url != nil, "the newsgraph executable is not built next to the tests"))
struct ExtractCommandTests {
    private func run(_ arguments: [String], stdin: String) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        let binary: URL = try #require(NewsgraphBinary.url)
        process.executableURL = binary
        process.arguments = arguments
        let input = Pipe(), output = Pipe(), error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    @Test func feedAsJSONFromStdin() throws {
        let feed = """
            <rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link><language>en</language>
            <item><title>Talks resume</title><link>/talks</link><guid>t-1</guid>
            <pubDate>Tue, 02 Jan 2024 09:30:00 +0100</pubDate><category>World</category></item></channel></rss>
            """
        let result = try run(["extract", "--format", "json", "--url", "https://wire.example/rss", "-"], stdin: feed)
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        #expect(json["title"] as? String == "Wire")
        #expect(json["language"] as? String == "en")
        #expect(json["format"] as? String == "rss20")
        let entry = try #require((json["entries"] as? [[String: Any]])?.first)
        #expect(entry["link"] as? String == "https://wire.example/talks")
        #expect(entry["published"] as? String == "2024-01-02T08:30:00Z")
        #expect(entry["categories"] as? [String] == ["World"])
        #expect(entry["id"] as? String == "t-1")
        #expect(entry.keys.contains("content"))  // null, but present
    }

    @Test func pagesAndGarbageAreClearOneLineErrors() throws {
        let page = try run(["extract", "-"], stdin: "<!doctype html><html><body><p>Hi</p></body></html>")
        #expect(page.status != 0)
        #expect(page.err.contains("stdin"))
        #expect(page.err.contains("not a feed"))
        let empty = try run(["extract", "-"], stdin: "")
        #expect(empty.status != 0)
        #expect(empty.err.contains("empty input"))
    }
}
