import Foundation
import Testing
@testable import NewsGraph

@Suite struct MinimalDocumentReaderTests {
    let reader = MinimalDocumentReader()

    @Test func contentNotContentTypeDecidesFeedOrPage() throws {
        let atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://site.example/blog/"><title>Site</title>
            <entry><title>First</title><id>urn:1</id><link rel="alternate" href="posts/1"/>
            <published>2026-11-20T08:30:00Z</published><author><name>Ann</name></author>
            <content type="html">&lt;p&gt;Hello &lt;b&gt;there&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Second.&lt;/p&gt;</content></entry></feed>
            """
        guard case .feed(let feed) = try reader.read(Array(atom.utf8), url: "https://site.example/feed", contentType: "text/html") else {
            Issue.record("an Atom document read as a page"); return
        }
        #expect(feed.format == .atom10)
        #expect(feed.title == "Site")
        let entry = try #require(feed.entries.first)
        #expect(entry.link == "https://site.example/blog/posts/1")
        #expect(entry.id == "urn:1")
        #expect(entry.author == "Ann")
        #expect(entry.published == ISO8601DateFormatter().date(from: "2026-11-20T08:30:00Z"))
        let article = try #require(FeedEntryArticle.article(from: entry, feed: feed, feedURL: "https://site.example/feed"))
        #expect(article.paragraphs == ["Hello there.", "Second."])
        #expect(article.guid == "urn:1")
    }

    @Test func pageMetadataAndParagraphs() throws {
        let html = """
            <html lang="de"><head><title>Fallback title</title>
            <meta property="og:title" content="Real  title"><meta name="author" content="Bea">
            <meta property="article:published_time" content="2026-11-21T12:00:00+01:00">
            <link rel="canonical" href="/story/42"><meta property="og:site_name" content="Zeitung"></head>
            <body><header><p>Logo</p></header><p>Erster   Absatz.</p><footer><p>Impressum</p></footer><p>Zweiter.</p></body></html>
            """
        guard case .page(let page) = try reader.read(Array(html.utf8), url: "https://z.example/a?x=1", contentType: nil) else {
            Issue.record("a page read as a feed"); return
        }
        #expect(page.title == "Real title")
        #expect(page.byline == "Bea")
        #expect(page.canonicalURL == "https://z.example/story/42")
        #expect(page.language == "de")
        #expect(page.siteName == "Zeitung")
        #expect(page.published == ISO8601DateFormatter().date(from: "2026-11-21T11:00:00Z"))
        #expect(page.paragraphs == ["Erster Absatz.", "Zweiter."])
    }

    @Test func rssDatesAndUnknownContent() throws {
        let rss = #"<rss version="2.0"><channel><item><title>T</title><link>https://x.example/1</link><pubDate>Wed, 25 Nov 2026 07:15:00 GMT</pubDate></item></channel></rss>"#
        guard case .feed(let feed) = try reader.read(Array(rss.utf8), url: "https://x.example/rss", contentType: nil) else {
            Issue.record("RSS read as a page"); return
        }
        #expect(feed.entries.first?.published == ISO8601DateFormatter().date(from: "2026-11-25T07:15:00Z"))
        #expect(throws: DocumentReadError(url: "data.bin", reason: "not a feed or an HTML page (application/octet-stream)")) {
            try reader.read([0x89, 0x50, 0x4e, 0x47], url: "data.bin", contentType: "application/octet-stream")
        }
    }
}
