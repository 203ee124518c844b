import Foundation
import Testing
@testable import NewsGraph

/// Issue 7's bad-input matrix, one test per row, through the reader ingest uses
/// (`DocumentReader().read(bytes, url:, contentType:)`): every row ends in a correct result or
/// a one-line error naming the input, within a time bound.
@Suite struct BadInputMatrixTests {
    static let url = "https://bad.example/input"

    static let page = """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Talks resume in Geneva</title></head>
        <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article><h1>Talks resume in Geneva</h1>
        <p>Negotiators from France and Germany met in Geneva on Tuesday to resume talks on tariffs, officials said.</p>
        <p>Anna Keller, the chief economist of Helios Bank, said the outcome would shape trade for a decade.</p>
        <p>Markets in Paris were little changed as investors waited for news from the talks on Wednesday.</p>
        </article><footer>© 2026 Example News</footer></body></html>
        """

    static let feed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Example News</title><link>https://bad.example/</link>
        <item><title>First story</title><link>https://bad.example/1</link><description>One.</description></item>
        <item><title>Second story</title><link>https://bad.example/2</link><description>Two.</description></item>
        <item><title>Third story</title><link>https://bad.example/3</link><description>Three.</description></item>
        </channel></rss>
        """

    enum Outcome {
        case feed(Feed)
        case page(Article)
        case error(String)
    }

    /// Reads and times one input; the whole matrix shares the bound.
    func read(_ bytes: [UInt8], contentType: String? = nil, within limit: Duration = .seconds(5)) -> Outcome {
        var outcome: Outcome = .error("not run")
        let elapsed = ContinuousClock().measure {
            do {
                switch try DocumentReader().read(bytes, url: Self.url, contentType: contentType) {
                case .feed(let feed): outcome = .feed(feed)
                case .page(let article): outcome = .page(article)
                }
            } catch {
                outcome = .error(String(describing: error))
            }
        }
        #expect(elapsed < limit, "took \(elapsed)")
        return outcome
    }

    /// A clear error: one line that names the input.
    func expectClearError(_ message: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(message.contains(Self.url), "error does not name the input: \(message)", sourceLocation: sourceLocation)
        #expect(!message.contains("\n"), "error is not one line: \(message)", sourceLocation: sourceLocation)
        #expect(message.count < 400, "error is too long: \(message.prefix(200))…", sourceLocation: sourceLocation)
    }

    func text(of outcome: Outcome) -> String? {
        if case .page(let article) = outcome { return article.text }
        return nil
    }

    @Test func truncatedHTMLKeepsWhatArrived() throws {
        let cut = Self.page.range(of: "chief economist")!.lowerBound
        let outcome = read(Array(Self.page[..<cut].utf8))
        let body = try #require(text(of: outcome), "expected a page, got \(outcome)")
        #expect(body.contains("Negotiators from France and Germany met in Geneva"))
        #expect(!body.contains("Markets in Paris"))
    }

    @Test func truncatedFeedIsRecoveredOrRefused() {
        let cut = Self.feed.range(of: "<title>Third")!.lowerBound
        switch read(Array(Self.feed[..<cut].utf8)) {
        case .feed(let feed):
            #expect(feed.entries.prefix(2).map(\.title) == ["First story", "Second story"])
            #expect(feed.recovered, "a truncated feed must be flagged as recovered")
        case .error(let message): expectClearError(message)
        case .page(let article): Issue.record("a truncated feed read as a page: \(article.title ?? "")")
        }
    }

    @Test func unknownCharsetLabelsFallBackToTheBytes() throws {
        let html = Self.page.replacingOccurrences(of: "<meta charset=\"utf-8\">", with: "<meta charset=\"x-klingon\">")
            .replacingOccurrences(of: "Anna Keller", with: "Anna Müller")
        let outcome = read(Array(html.utf8), contentType: "text/html; charset=bogus-8")
        let body = try #require(text(of: outcome), "expected a page, got \(outcome)")
        #expect(body.contains("Anna Müller, the chief economist"))
    }

    @Test func utf32WithAndWithoutByteOrderMark() throws {
        let html = Self.page.replacingOccurrences(of: "<meta charset=\"utf-8\">", with: "")
            .replacingOccurrences(of: "Anna Keller", with: "Anna Müller")
        let scalars = html.unicodeScalars.map(\.value)
        let littleEndian = scalars.flatMap { v in [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 24)] }
        let bigEndian = scalars.flatMap { v in [UInt8(v >> 24), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)] }
        for bytes in [[0xFF, 0xFE, 0x00, 0x00] + littleEndian, [0x00, 0x00, 0xFE, 0xFF] + bigEndian, littleEndian] {
            let outcome = read(bytes)
            let body = try #require(text(of: outcome), "expected a page, got \(outcome)")
            #expect(body.contains("Anna Müller, the chief economist"))
        }
    }

    @Test func utf16WithByteOrderMark() throws {
        let html = Self.page.replacingOccurrences(of: "<meta charset=\"utf-8\">", with: "")
        let bytes: [UInt8] = [0xFF, 0xFE] + html.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let body = try #require(text(of: read(bytes)))
        #expect(body.contains("Negotiators from France and Germany"))
    }

    /// NUL bytes are dropped: browsers ignore them, and a page with three of them (a corrupted
    /// download, a zero-filled block) is still the page. It used to be refused as "binary data".
    @Test func nulBytesAreDroppedAndThePageRead() throws {
        var bytes = Array(Self.page.utf8)
        let at = Self.page.utf8.count / 2
        bytes.insert(contentsOf: [0, 0, 0], at: at)
        bytes.insert(0, at: Self.page.utf8.count / 4)
        let body = try #require(text(of: read(bytes)), "expected a page")
        #expect(!body.unicodeScalars.contains("\u{0}"), "NUL bytes reached the article text")
        #expect(body.contains("Negotiators from France and Germany met in Geneva"))
        #expect(body.contains("Markets in Paris were little changed"))
        // The same in a feed.
        var feed = Array(Self.feed.utf8)
        feed.insert(contentsOf: [0, 0], at: feed.count / 2)
        guard case .feed(let parsed) = read(feed) else { Issue.record("a feed with NUL bytes was not read as a feed"); return }
        #expect(parsed.entries.map(\.title) == ["First story", "Second story", "Third story"])
    }

    /// Real binary data stays refused once its NULs are dropped: its other control bytes remain.
    @Test func binaryDataIsStillRefused() {
        var state: UInt32 = 7
        var bytes: [UInt8] = Array("<html><body><p>".utf8)
        for _ in 0..<20_000 {
            state = state &* 1_103_515_245 &+ 12345
            bytes.append(UInt8(truncatingIfNeeded: state >> 16))
        }
        guard case .error(let message) = read(bytes) else { Issue.record("random bytes gave a result"); return }
        expectClearError(message)
        #expect(message.contains("binary data"))
    }

    /// 100,000 entries: every one is read and becomes an article (no entry limit; the
    /// fetcher's 10 MiB cap and the parsers' 64 MiB bound the size instead), within seconds.
    @Test func feedOf100000EntriesIsReadWhole() throws {
        let count = 100_000
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Huge</title><link>https://bad.example/</link>\n"
        xml.reserveCapacity(count * 200)
        for i in 0..<count {
            xml += "<item><title>Story \(i)</title><link>https://bad.example/\(i)</link><guid>g\(i)</guid>"
                + "<description>Anna Keller of Helios Bank met officials in Geneva about story \(i).</description></item>\n"
        }
        xml += "</channel></rss>\n"
        guard case .feed(let feed) = read(Array(xml.utf8), within: .seconds(60)) else {
            Issue.record("a 100,000-entry feed was not read as a feed"); return
        }
        #expect(feed.entries.count == count)
        #expect(feed.entries.last?.link == "https://bad.example/\(count - 1)")
        var articles = 0
        let elapsed = ContinuousClock().measure {
            for entry in feed.entries where FeedEntryArticle.article(from: entry, feed: feed, feedURL: Self.url) != nil { articles += 1 }
        }
        #expect(articles == count)
        #expect(elapsed < .seconds(60), "turning entries into articles took \(elapsed)")
    }

    @Test func markupNested100000DeepEndsQuickly() {
        let depth = 100_000
        let html = "<!DOCTYPE html><html><head><title>Deep</title></head><body>"
            + String(repeating: "<div>", count: depth) + "<p>Bottom of the well in Geneva.</p>"
            + String(repeating: "</div>", count: depth) + "</body></html>"
        // libxml2 stops reading at depth 256 (the bound that keeps every tree walk's recursion
        // safe), so the text at the bottom never arrives: the error must say so, not claim
        // the page has no article.
        switch read(Array(html.utf8), within: .seconds(10)) {
        case .page(let article): Issue.record("expected the depth error, got a page: \(article.text.prefix(80))")
        case .error(let message):
            expectClearError(message)
            #expect(message.hasSuffix(": markup nested more than 256 elements deep; reading stopped there, and no article text came before it"), "\(message)")
        case .feed: Issue.record("nested divs read as a feed")
        }
        let xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Deep</title>"
            + String(repeating: "<x>", count: depth) + String(repeating: "</x>", count: depth) + "</channel></rss>"
        switch read(Array(xml.utf8), within: .seconds(10)) {
        case .feed(let feed): #expect(feed.title == "Deep")
        case .error(let message): expectClearError(message)
        case .page: Issue.record("a deep feed read as a page")
        }
    }

    @Test func billionLaughsIsRefusedFast() {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol0 \"lol\">\n"
        for level in 1...10 {
            xml += "<!ENTITY lol\(level) \"\(String(repeating: "&lol\(level - 1);", count: 10))\">\n"
        }
        xml += "]>\n<rss version=\"2.0\"><channel><title>&lol10;</title><item><title>&lol9;</title></item></channel></rss>"
        switch read(Array(xml.utf8)) {
        case .error(let message): expectClearError(message)
        case .feed(let feed):
            // Without expansion the entities stay empty: no gigabytes of "lol".
            let size = (feed.title?.count ?? 0) + feed.entries.reduce(0) { $0 + ($1.title?.count ?? 0) }
            #expect(size < 10_000, "entities were expanded: \(size) characters")
        case .page: Issue.record("billion laughs read as a page")
        }
    }

    /// An external entity is never loaded: no file content reaches the feed, nothing blocks.
    @Test func externalEntitiesAreNotLoaded() throws {
        let secret = try TemporaryDirectory("ng-secret")
        let path = secret.path("secret.txt")
        try "TOP-SECRET-CONTENT".write(toFile: path, atomically: true, encoding: .utf8)
        let xml = """
            <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY secret SYSTEM "file://\(path)"><!ENTITY net SYSTEM "http://127.0.0.1:9/x">]>
            <rss version="2.0"><channel><title>External</title><item><title>Leak &net;</title><link>https://bad.example/leak</link>
            <description>before &secret; after</description></item></channel></rss>
            """
        switch read(Array(xml.utf8)) {
        case .feed(let feed):
            let entry = try #require(feed.entries.first)
            #expect(entry.summary?.contains("TOP-SECRET") == false)
            #expect(entry.summary?.contains("before") == true)
            #expect(entry.link == "https://bad.example/leak")
        case .error(let message): expectClearError(message)
        case .page: Issue.record("a feed with external entities read as a page")
        }
    }

    @Test func emptyBodyIsAClearError() {
        for bytes in [[UInt8](), Array("   \n\t ".utf8)] {
            guard case .error(let message) = read(bytes) else {
                Issue.record("empty input gave a result")
                continue
            }
            expectClearError(message)
            #expect(message.contains("empty"))
        }
    }

    @Test func pageServedAsFeedIsReadAsAPage() throws {
        let outcome = read(Array(Self.page.utf8), contentType: "application/rss+xml; charset=utf-8")
        let body = try #require(text(of: outcome), "expected a page, got \(outcome)")
        #expect(body.contains("Anna Keller, the chief economist of Helios Bank"))
    }

    @Test func feedServedAsPageIsReadAsAFeed() {
        guard case .feed(let feed) = read(Array(Self.feed.utf8), contentType: "text/html; charset=utf-8") else {
            Issue.record("a feed served as text/html was not read as a feed")
            return
        }
        #expect(feed.title == "Example News")
        #expect(feed.entries.map(\.title) == ["First story", "Second story", "Third story"])
    }
}
