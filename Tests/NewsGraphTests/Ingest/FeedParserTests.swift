import Foundation
import Testing
@testable import NewsGraph

@Suite struct FeedParserTests {
    private func parse(_ xml: String, url: String? = nil) throws -> Feed {
        try FeedParser.parse(Array(xml.utf8), url: url)
    }

    private func utc(_ iso: String) -> Date? { FeedDate.parse(iso) }

    @Test func rss20Channel() throws {
        let feed = try parse("""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
              <channel>
                <title>Example &amp; Co</title>
                <link>https://example.com/</link>
                <atom:link rel="self" href="https://example.com/rss.xml"/>
                <language>en-us</language>
                <item>
                  <title><![CDATA[Storm <b>hits</b> coast &amp; town]]></title>
                  <link>/news/storm</link>
                  <guid isPermaLink="false">storm-1</guid>
                  <pubDate>Wed, 31 Dec 2003 10:14:55 -0800</pubDate>
                  <dc:creator>Jane Roe</dc:creator>
                  <description>&lt;p&gt;Winds of &lt;em&gt;100 km/h&lt;/em&gt;.&lt;/p&gt;</description>
                  <content:encoded><![CDATA[<p>Full <b>story</b>.</p>]]></content:encoded>
                  <category>Weather</category>
                  <category>Europe</category>
                  <category>Weather</category>
                </item>
                <item>
                  <title>Second</title>
                  <guid>https://example.com/news/second</guid>
                </item>
              </channel>
            </rss>
            """, url: "https://example.com/rss.xml")
        #expect(feed.format == .rss20)
        #expect(feed.title == "Example & Co")
        #expect(feed.link == "https://example.com/")
        #expect(feed.language == "en-us")
        #expect(!feed.recovered)
        #expect(feed.entries.count == 2)
        let first = try #require(feed.entries.first)
        #expect(first.id == "storm-1")
        #expect(first.title == "Storm hits coast & town")
        #expect(first.link == "https://example.com/news/storm")
        #expect(first.published == utc("2003-12-31T18:14:55Z"))
        #expect(first.author == "Jane Roe")
        #expect(first.summary == "Winds of 100 km/h.")
        #expect(first.content == "<p>Full <b>story</b>.</p>")
        #expect(first.categories == ["Weather", "Europe"])
        // A permalink guid stands in for a missing link.
        #expect(feed.entries[1].link == "https://example.com/news/second")
        #expect(feed.entries[1].id == "https://example.com/news/second")
    }

    @Test func rss091AndNamespacedRSS() throws {
        let old = try parse("""
            <rss version="0.91"><channel><title>Old</title><link>http://old.example/</link>
            <item><title>One</title><link>http://old.example/1</link><description>Plain</description></item>
            </channel></rss>
            """)
        #expect(old.format == .rss091)
        #expect(old.entries.map(\.link) == ["http://old.example/1"])
        #expect(old.entries.first?.summary == "Plain")

        let prefixed = try parse("""
            <r:rss version="2.0" xmlns:r="http://backend.userland.com/rss2"><r:channel><r:title>NS</r:title>
            <r:item><r:title>Item in a namespace</r:title></r:item></r:channel></r:rss>
            """)
        #expect(prefixed.title == "NS")
        #expect(prefixed.entries.first?.title == "Item in a namespace")
    }

    @Test func rss10RDF() throws {
        let feed = try parse("""
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="http://example.org/"><title>RDF feed</title><link>http://example.org/</link>
                <dc:language>de</dc:language></channel>
              <item rdf:about="http://example.org/1">
                <title>Erster</title><link>http://example.org/1</link>
                <dc:date>2003-12-31T10:14:55Z</dc:date><dc:subject>Politik</dc:subject>
                <dc:creator>Max</dc:creator>
              </item>
            </rdf:RDF>
            """)
        #expect(feed.format == .rss10)
        #expect(feed.title == "RDF feed")
        #expect(feed.language == "de")
        let item = try #require(feed.entries.first)
        #expect(item.id == "http://example.org/1")
        #expect(item.link == "http://example.org/1")
        #expect(item.published == utc("2003-12-31T10:14:55Z"))
        #expect(item.updated == utc("2003-12-31T10:14:55Z"))
        #expect(item.categories == ["Politik"])
        #expect(item.author == "Max")
    }

    @Test func atom10WithXMLBaseAndXHTML() throws {
        let feed = try parse("""
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr" xml:base="http://example.org/blog/">
              <title type="html">Le &lt;i&gt;blog&lt;/i&gt;</title>
              <link rel="self" href="feed.atom"/>
              <link rel="alternate" type="text/html" href="./"/>
              <author><name>Feed Author</name></author>
              <entry xml:base="2024/">
                <id>urn:uuid:1</id>
                <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">A <b>bold</b> title</div></title>
                <link href="post.html"/>
                <link rel="enclosure" href="a.mp3"/>
                <published>2024-03-01T12:00:00+01:00</published>
                <updated>2024-03-02T08:30:00Z</updated>
                <summary>Short &amp; sweet</summary>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Hello <a href="x">there</a></p></div></content>
                <category term="tech"/><category term="news" label="News"/>
              </entry>
              <entry>
                <title>Text &lt;b&gt; kept</title>
                <author><name>Entry Author</name></author>
                <content type="html">&lt;p&gt;Escaped&lt;/p&gt;</content>
                <link rel="alternate" href="http://other.example/x"/>
              </entry>
            </feed>
            """, url: "http://example.org/feed.atom")
        #expect(feed.format == .atom10)
        #expect(feed.title == "Le blog")
        #expect(feed.link == "http://example.org/blog/")
        #expect(feed.language == "fr")
        let first = try #require(feed.entries.first)
        #expect(first.id == "urn:uuid:1")
        #expect(first.title == "A bold title")
        #expect(first.link == "http://example.org/blog/2024/post.html")
        #expect(first.published == utc("2024-03-01T11:00:00Z"))
        #expect(first.updated == utc("2024-03-02T08:30:00Z"))
        #expect(first.author == "Feed Author")
        #expect(first.summary == "Short & sweet")
        let content = try #require(first.content)
        #expect(content == "<p>Hello <a href=\"http://example.org/blog/2024/x\">there</a></p>")
        #expect(!content.contains("<div"))
        #expect(first.categories == ["tech", "news"])
        let second = feed.entries[1]
        #expect(second.title == "Text <b> kept")
        #expect(second.author == "Entry Author")
        #expect(second.content == "<p>Escaped</p>")
        #expect(second.link == "http://other.example/x")
    }

    @Test func atom03() throws {
        let feed = try parse("""
            <feed version="0.3" xmlns="http://purl.org/atom/ns#">
              <title>Old Atom</title><link rel="alternate" type="text/html" href="http://example.com/"/>
              <entry>
                <title mode="escaped" type="text/html">Fish &amp;amp; chips</title>
                <link rel="alternate" type="text/html" href="http://example.com/1"/>
                <id>tag:example.com,2004:1</id>
                <issued>2004-01-01T19:48:21Z</issued><modified>2004-01-02T00:00:00Z</modified>
                <content type="text/html" mode="base64">PHA+QmFzZTY0PC9wPg==</content>
              </entry>
            </feed>
            """)
        #expect(feed.format == .atom03)
        #expect(feed.link == "http://example.com/")
        let entry = try #require(feed.entries.first)
        #expect(entry.title == "Fish & chips")
        #expect(entry.published == utc("2004-01-01T19:48:21Z"))
        #expect(entry.updated == utc("2004-01-02T00:00:00Z"))
        #expect(entry.content == "<p>Base64</p>")
    }

    @Test func htmlEntitiesUndefinedInXMLAreKept() throws {
        let feed = try parse("<rss version=\"2.0\"><channel><title>Caf&eacute;&nbsp;Z &amp; &#8220;Q&#8221;</title></channel></rss>")
        #expect(feed.title == "Caf\u{E9}\u{A0}Z & \u{201C}Q\u{201D}")
        #expect(!feed.recovered)
    }

    @Test func malformedFeedIsRecoveredAndFlagged() throws {
        let feed = try parse("""
            <rss version="2.0"><channel><title>Broken</title>
            <item><title>Kept item</title><link>http://example.com/1</link></item>
            <item><title>Unclosed & bad</title>
            </channel></rss>
            """)
        #expect(feed.recovered)
        #expect(feed.recoveryReason?.isEmpty == false)
        #expect(feed.title == "Broken")
        #expect(feed.entries.first?.title == "Kept item")
    }

    @Test func encodingsEndToEnd() throws {
        // Latin-1 bytes, no declaration (like the UOL feed).
        let latin1 = Array("<rss><channel><title>Not".utf8) + [0xED] + Array("cias de S".utf8) + [0xE3] + Array("o Paulo</title></channel></rss>".utf8)
        #expect(try FeedParser.parse(latin1).title == "Notícias de São Paulo")

        // UTF-16LE with BOM and a matching declaration.
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Grüße 日本</title></feed>"
        let utf16: [UInt8] = [0xFF, 0xFE] + xml.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let output = try FeedParser.parseWithDetails(utf16)
        #expect(output.feed.title == "Grüße 日本")
        #expect(output.encoding == "utf-16le")
        #expect(!output.bozo)

        // The HTTP charset wins over a stale declaration, which libxml2 must then ignore.
        let stale = Array("<?xml version=\"1.0\" encoding=\"bogus-enc\"?><rss><channel><title>caf\u{E9}</title></channel></rss>".utf8)
        let decoded = try FeedParser.parseWithDetails(stale, contentType: "application/rss+xml; charset=utf-8")
        #expect(decoded.feed.title == "café")
        #expect(decoded.encodingRule == .httpHeader)
        #expect(!decoded.bozo)
    }

    @Test func notAFeedNamesTheInput() {
        #expect(throws: FeedError(source: "page.html", reason: .notAFeed("an HTML page"))) {
            try FeedParser.parse(Array("<!DOCTYPE html><html><body><p>Hi</p></body></html>".utf8), source: "page.html")
        }
        #expect(throws: FeedError(source: "x.xml", reason: .notAFeed("XML whose document element is <svg>"))) {
            try FeedParser.parse(Array("<svg><g/></svg>".utf8), source: "x.xml")
        }
        #expect(FeedError(source: "x.xml", reason: .notAFeed("XML whose document element is <svg>")).description
            == "x.xml: not a feed (XML whose document element is <svg>)")
    }
}

@Suite struct FeedParserRepairTests {
    @Test func doubleEncodedNumericReferencesAreRepaired() throws {
        let feed = try FeedParser.parse(Array("<rss><channel><item><title>Wait&#226;&#128;&#166; caf&#195;&#169; &#233;t&#233;</title></item></channel></rss>".utf8))
        #expect(feed.entries.first?.title == "Wait\u{2026} caf\u{E9} \u{E9}t\u{E9}")
    }

    @Test func c1ControlReferencesMeanWindows1252() throws {
        let feed = try FeedParser.parse(Array("<rss><channel><item><description>don&#146;t</description></item></channel></rss>".utf8))
        #expect(feed.entries.first?.summary == "don\u{2019}t")
    }

    @Test func rss090IsRecognisedByItsNamespace() throws {
        let feed = try FeedParser.parse(Array("""
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://my.netscape.com/rdf/simple/0.9/">
            <channel><title>Old</title></channel><item><title>I</title><link>http://e.com/i</link></item></rdf:RDF>
            """.utf8))
        #expect(feed.format == .rss090)
        #expect(feed.entries.map(\.link) == ["http://e.com/i"])
    }

    @Test func relativeLinksInContentAreResolvedKeepingIRIs() throws {
        let feed = try FeedParser.parse(Array("""
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><item>
            <link>/a/\u{C0}</link>
            <content:encoded>&lt;a href="/rel?x=1&amp;amp;y=2"&gt;r&lt;/a&gt; &lt;img src='i.png'&gt; &lt;a href="#top"&gt;t&lt;/a&gt;</content:encoded>
            </item></channel></rss>
            """.utf8), url: "http://example.com/feeds/main.xml")
        let entry = try #require(feed.entries.first)
        #expect(entry.link == "http://example.com/a/\u{C0}")
        #expect(entry.content == "<a href=\"http://example.com/rel?x=1&amp;y=2\">r</a> <img src='http://example.com/feeds/i.png'> <a href=\"#top\">t</a>")
        // No summary in the feed: the content's text stands in.
        #expect(entry.summary == "r t")
    }
}
