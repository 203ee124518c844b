import Foundation
import Testing
@testable import NewsGraph

/// Finds every capitalised word as a person, and links the first two: enough graph to see
/// the pipeline hand articles to the analyzer and the store.
struct CapitalisedWordsAnalyzer: ArticleAnalyzer {
    func analyze(_ article: Article) -> ArticleGraph {
        let words = Set(article.text.split(whereSeparator: { !$0.isLetter }).map(String.init).filter { $0.first?.isUppercase == true }).sorted()
        let entities = words.map { ResolvedEntity(name: $0, kind: .person, aliases: [$0: 1], mentions: 1) }
        let relations = entities.count >= 2
            ? [ResolvedRelation(subject: 0, object: 1, type: "co_mention", directed: false, evidence: Evidence(sentence: article.text, start: 0, end: article.text.unicodeScalars.count))]
            : []
        return ArticleGraph(entities: entities, relations: relations)
    }
}

@Suite struct IngestPipelineTests {
    static func page(_ title: String, _ body: String) -> String {
        "<!doctype html><html lang=\"en\"><head><title>\(title)</title></head><body><nav><p>Menu</p></nav><p>\(body)</p></body></html>"
    }

    static func feed(base: String) -> String {
        """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Local News</title><language>en</language>
        <item><title>One</title><link>\(base)/a1</link><guid>g1</guid><pubDate>Tue, 24 Nov 2026 10:00:00 +0000</pubDate></item>
        <item><title>Two</title><link>\(base)/a2</link><guid>g2</guid><description>Two summary.</description></item>
        <item><title>Three</title><link>\(base)/gone</link><guid>g3</guid><description>Alice met Bob in the summary.</description></item>
        <item><title>Four</title><link>\(base)/broken</link><guid>g4</guid></item>
        </channel></rss>
        """
    }

    static func server() throws -> TestHTTPServer {
        let box = PortBox()
        let server = try TestHTTPServer(routes: [
            "/feed.xml": { request in
                if request.headers["if-none-match"] == "\"f1\"" { return .init(status: 304) }
                return .init(contentType: "application/rss+xml", body: feed(base: "http://127.0.0.1:\(box.port)"), headers: [("ETag", "\"f1\"")])
            },
            "/good.xml": { request in
                if request.headers["if-none-match"] == "\"g1\"" { return .init(status: 304) }
                let items = feed(base: "http://127.0.0.1:\(box.port)").components(separatedBy: "\n").filter { !$0.contains("gone") && !$0.contains("broken") }
                return .init(contentType: "application/rss+xml", body: items.joined(separator: "\n"), headers: [("ETag", "\"g1\"")])
            },
            "/a1": { _ in .init(contentType: "text/html", body: page("Page one", "Carol and Dave spoke on the first page.")) },
            "/a2": { _ in .init(contentType: "text/html", body: page("Page two", "Erin wrote the second page.")) },
            "/gone": { _ in .init(status: 404, contentType: "text/html", body: "no") },
            "/broken": { _ in .init(status: 500, contentType: "text/plain", body: "no") },
            "/feeds.opml": { _ in
                .init(contentType: "text/x-opml", body: """
                    <opml version="1.0"><body><outline text="x" xmlUrl="/feed.xml"/></body></opml>
                    """)
            },
            "/page": { _ in .init(contentType: "text/html", body: page("Standalone", "Frank is on a standalone page.")) },
        ])
        box.port = server.port
        return server
    }

    func pipeline(_ folder: TemporaryDirectory, follow: Bool = true) throws -> IngestPipeline {
        IngestPipeline(store: try SQLiteGraphStore(path: folder.path("g.sqlite")), reader: DocumentReader(),
                       analyzer: CapitalisedWordsAnalyzer(), options: .init(follow: follow, concurrency: 3))
    }

    @Test func followsFeedEntriesFallsBackAndReportsFailuresThenRerunIsA304() async throws {
        let server = try Self.server()
        let folder = try TemporaryDirectory()
        let pipeline = try pipeline(folder)
        let events = EventLog()
        let report = await pipeline.run([server.url("/feed.xml")], observer: { event in events.append(event) })
        #expect(report.inserted == 3)
        #expect(report.feeds == 1)
        #expect(report.fallbacks.map(\.input) == [server.url("/gone")])
        #expect(report.fallbacks.first?.reason.contains("HTTP 404") == true)
        #expect(report.failures.map(\.input) == [server.url("/broken")])
        #expect(report.failures.first?.reason.contains("HTTP 500") == true)
        #expect(!report.succeeded)
        #expect(events.all.contains(.feed(url: server.url("/feed.xml"), title: "Local News", entries: 4)))

        let articles = try await pipeline.store.recentArticles(ArticleQuery(limit: 10))
        let byGuid = Dictionary(uniqueKeysWithValues: articles.map { ($0.guid ?? "", $0) })
        #expect(byGuid["g1"]?.text == "Carol and Dave spoke on the first page.")
        #expect(byGuid["g1"]?.title == "Page one")
        #expect(byGuid["g1"]?.published == ISO8601DateFormatter().date(from: "2026-11-24T10:00:00Z"))
        #expect(byGuid["g3"]?.text == "Alice met Bob in the summary.")
        #expect(articles.allSatisfy { $0.source == server.url("/feed.xml") })
        let counts = try await pipeline.store.counts()
        #expect(counts.entities == 5)  // Carol, Dave, Erin, and Alice and Bob from the fallback
        #expect(counts.relations == 2)

        // An entry failed, so the feed's ETag was not kept: the next run reads the feed again,
        // skips what is stored and retries the failed entry.
        #expect(try await pipeline.store.sourceState(url: server.url("/feed.xml"))?.etag == nil)
        let retry = await pipeline.run([server.url("/feed.xml")])
        #expect(retry.notModified == 0)
        #expect(retry.unchanged == 3)
        #expect(retry.failures.map(\.input) == [server.url("/broken")])

        // A feed whose entries all went in keeps its ETag, and the next run is one 304.
        let good = await pipeline.run([server.url("/good.xml")])
        #expect(good.unchanged == 2)
        #expect(good.succeeded)
        let before = server.requests.count
        let again = await pipeline.run([server.url("/good.xml")])
        #expect(again.notModified == 1)
        #expect(again.articles == 0)
        #expect(server.requests.count == before + 1)
        #expect(server.requests.last?.headers["if-none-match"] == "\"g1\"")
        let state = try await pipeline.store.sourceState(url: server.url("/good.xml"))
        #expect(state?.lastStatus == 304)
        #expect(state?.etag == "\"g1\"")
    }

    @Test func noFollowKeepsTheFeedsOwnContent() async throws {
        let server = try Self.server()
        let folder = try TemporaryDirectory()
        let report = try await pipeline(folder, follow: false).run([server.url("/feed.xml")])
        // Entries 1 and 4 have neither content nor summary.
        #expect(report.inserted == 2)
        #expect(Set(report.failures.map(\.input)) == [server.url("/a1"), server.url("/broken")])
        #expect(!server.requests.map(\.path).contains("/a2"))
    }

    @Test func directoriesOPMLStdinAndMissingInputs() async throws {
        let server = try Self.server()
        let folder = try TemporaryDirectory()
        let pages = folder.url.appendingPathComponent("pages/nested")
        try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
        try Self.page("P1", "Gina is in a file.").write(to: pages.appendingPathComponent("one.html"), atomically: true, encoding: .utf8)
        try Self.page("P2", "Hank is in another file.").write(to: pages.deletingLastPathComponent().appendingPathComponent("two.htm"), atomically: true, encoding: .utf8)
        try "just some words".write(to: pages.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        try "<html><body><nav><a href=\"/\">Home</a></nav></body></html>".write(to: pages.appendingPathComponent("empty.html"), atomically: true, encoding: .utf8)
        try "<html><p>hidden</p></html>".write(to: pages.appendingPathComponent(".hidden.html"), atomically: true, encoding: .utf8)
        let opml = """
            <?xml version="1.0"?><opml version="2.0"><head><title>Mine</title></head><body>
            <outline text="Folder"><outline type="rss" text="Local" xmlUrl="\(server.url("/feed.xml"))"/></outline></body></opml>
            """
        try opml.write(toFile: folder.path("feeds.opml"), atomically: true, encoding: .utf8)

        var pipeline = try pipeline(folder)
        pipeline.readStandardInput = { Array(Self.page("Stdin", "Ivan came through a pipe.").utf8) }
        let report = await pipeline.run([folder.path("pages"), folder.path("feeds.opml"), "-", folder.path("missing.html"), server.url("/page")])
        #expect(report.inserted == 2 + 3 + 1 + 1)
        #expect(Set(report.failures.map(\.input)) == [pages.appendingPathComponent("notes.txt").path, pages.appendingPathComponent("empty.html").path,
                                                  folder.path("missing.html"), server.url("/broken")])
        #expect(report.failures.first { $0.input.hasSuffix("empty.html") }?.reason == "no article text found on the page")
        let notes = report.failures.first { $0.input.hasSuffix("notes.txt") }
        #expect(notes?.reason == "plain text without markup: neither a feed nor a page")
        #expect(report.failures.first { $0.input.hasSuffix("missing.html") }?.reason == "no such file or directory")

        // Everything again: nothing new; the feed is read again because one entry failed.
        let again = await pipeline.run([folder.path("pages"), folder.path("feeds.opml"), "-", server.url("/page")])
        #expect(again.unchanged == 2 + 3 + 1 + 1)
        #expect(again.inserted == 0)
        #expect(again.failures.count == 3)
        #expect(try await pipeline.store.counts().articles == 7)
    }
}

extension IngestPipelineTests {
    @Test func remoteOPMLListsAreFollowedToTheirFeeds() async throws {
        let server = try Self.server()
        let folder = try TemporaryDirectory()
        let report = try await pipeline(folder).run([server.url("/feeds.opml")])
        #expect(report.feeds == 1)
        #expect(report.inserted == 3)
        #expect(server.requests.map(\.path).prefix(2) == ["/feeds.opml", "/feed.xml"])
    }
}

final class PortBox: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    var port: Int {
        get { lock.withLock { value } }
        set { lock.withLock { value = newValue } }
    }
}

final class EventLog: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [IngestEvent] = []
    func append(_ event: IngestEvent) { lock.withLock { events.append(event) } }
    var all: [IngestEvent] { lock.withLock { events } }
}

@Suite struct FeedFollowingTests {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("samples")

    @Test func onlyLocalFeedsMayLinkToLocalFiles() {
        #expect(Run.followable("https://x.example/a", feedURL: "https://x.example/rss") == "https://x.example/a")
        #expect(Run.followable("pages/a.html", feedURL: "https://x.example/rss") == nil)
        #expect(Run.followable("file:///etc/passwd", feedURL: "https://x.example/rss") == nil)
        #expect(Run.followable("/etc/passwd", feedURL: "https://x.example/rss") == nil)
        #expect(Run.followable("pages/a.html", feedURL: "/data/feeds/world.xml") == "/data/feeds/pages/a.html")
        #expect(Run.followable("../b.html", feedURL: "/data/feeds/world.xml") == "/data/b.html")
        #expect(Run.followable("file:///data/c.html", feedURL: "/data/feeds/world.xml") == "/data/c.html")
        #expect(Run.followable("ftp://x.example/a", feedURL: "/data/feeds/world.xml") == nil)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: samples.appendingPathComponent("world.xml").path)))
    func sampleFeedIsFollowedToItsLocalPages() async throws {
        let folder = try TemporaryDirectory()
        let feed = Self.samples.appendingPathComponent("world.xml").path
        let pipeline = IngestPipeline(store: try SQLiteGraphStore(path: folder.path("g.sqlite")), reader: DocumentReader(),
                                      analyzer: NoAnalysis())
        let report = await pipeline.run([feed])
        #expect(report.inserted == 5)
        #expect(report.succeeded)
        let articles = try await pipeline.store.recentArticles(ArticleQuery(limit: 10))
        #expect(Set(articles.compactMap(\.guid)) == ["ledger-concert-hall-attack", "ledger-ambassador-antonov", "ledger-kirby-briefing",
                                                      "ledger-tajik-suspects", "ledger-putin-address"])
        #expect(articles.allSatisfy { $0.source == feed && $0.url.hasPrefix(Self.samples.appendingPathComponent("pages").path) })
        let attack = try #require(articles.first { $0.guid == "ledger-concert-hall-attack" })
        #expect(attack.text.contains("Crocus City Hall"))
        #expect(attack.published == ISO8601DateFormatter().date(from: "2024-03-22T21:40:00Z"))
    }
}
