import Foundation
import Testing

/// End to end: the built `newsgraph` binary, fed through stdin.
@Suite(.enabled(if: NewsGraphBinary.url != nil, "the newsgraph executable is not built next to the tests"))
struct ExtractCommandTests {
    private func run(_ arguments: [String], stdin: String) throws -> (status: Int32, out: String, err: String) {
        let result = try NewsGraphBinary.run(arguments, stdin: stdin)
        return (result.status, result.stdout, result.stderr)
    }

    /// A file path is a feed's name, not its base: relative links and ids stay as written
    /// (feedparser's conformance cases expect it); `--url` gives the base.
    @Test func localFeedKeepsRelativeReferencesUnlessGivenABase() throws {
        let folder = try TemporaryDirectory()
        let feed = #"<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>right</id><link href="story.html"/></entry></feed>"#
        try feed.write(toFile: folder.path("feed.xml"), atomically: true, encoding: .utf8)
        func entry(_ arguments: [String]) throws -> [String: Any] {
            let result = try NewsGraphBinary.run(["extract", "--format", "json"] + arguments + [folder.path("feed.xml")])
            #expect(result.status == 0, "\(result.stderr)")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            return try #require((json["entries"] as? [[String: Any]])?.first)
        }
        let plain = try entry([])
        #expect(plain["id"] as? String == "right")
        #expect(plain["link"] as? String == "story.html")
        let based = try entry(["--url", "https://wire.example/feeds/atom"])
        #expect(based["link"] as? String == "https://wire.example/feeds/story.html")
    }

    /// extract fetches http(s) inputs itself; a fetched feed's final URL is its base.
    @Test func readsFeedsFromURLsAndReportsHTTPErrors() throws {
        let feed = #"<rss version="2.0"><channel><title>Wire</title><item><title>Talks</title><link>/talks</link></item></channel></rss>"#
        let server = try TestHTTPServer(routes: [
            "/rss": { _ in .init(contentType: "application/rss+xml", body: feed) },
            "/missing": { _ in .init(status: 404, contentType: "text/plain", body: "no") },
        ])
        let result = try NewsGraphBinary.run(["extract", "--format", "json", server.url("/rss")])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let entry = try #require((json["entries"] as? [[String: Any]])?.first)
        #expect(entry["link"] as? String == server.url("/talks"))
        let missing = try NewsGraphBinary.run(["extract", server.url("/missing")])
        #expect(missing.status == 1)
        #expect(missing.stderr == "error: \(server.url("/missing")): HTTP 404 (Not Found)\n")
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

    @Test func pagesWithoutTextAndGarbageAreClearOneLineErrors() throws {
        let page = try run(["extract", "-"], stdin: "<!doctype html><html><body><nav><a href=/>Home</a></nav></body></html>")
        #expect(page.status != 0)
        #expect(page.err == "error: stdin: no article text found on the page\n")
        let empty = try run(["extract", "-"], stdin: "")
        #expect(empty.status != 0)
        #expect(empty.err == "error: stdin: empty document\n")
        let binary = try run(["extract", "-"], stdin: "\u{0}\u{1}\u{2}garbage")
        #expect(binary.status != 0)
        #expect(binary.err == "error: stdin: binary data: neither a feed nor a page\n")
    }
}
