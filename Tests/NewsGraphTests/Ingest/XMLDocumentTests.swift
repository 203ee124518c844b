import Testing
@testable import NewsGraph

@Suite struct XMLDocumentTests {
    @Test func parsesWellFormedXMLAndReadsNodes() throws {
        let doc = try XMLDocument(xml: #"<rss version="2.0"><channel><title>A &amp; B</title><item/><item/></channel></rss>"#)
        #expect(doc.isWellFormed)
        let channel = try #require(doc.root?.firstChild(named: "channel"))
        #expect(channel.firstChild(named: "title")?.text == "A & B")
        #expect(channel.children(named: "item").count == 2)
        #expect(doc.root?.attribute("version") == "2.0")
    }

    @Test func recoversMalformedXMLAndFlagsIt() throws {
        let doc = try XMLDocument(xml: "<rss><channel><title>Broken</channel></rss>")
        #expect(!doc.isWellFormed)
        #expect(doc.firstError != nil)
        #expect(doc.root?.name == "rss")
    }

    @Test func strictModeRejectsMalformedXML() {
        #expect(throws: XMLParseError.self) {
            try XMLDocument(xml: "<a><b></a>", recover: false)
        }
    }

    @Test func emptyAndOversizedInputGiveClearErrors() {
        #expect(throws: XMLParseError(url: "feed.xml", reason: .empty)) {
            try XMLDocument(xml: [UInt8](), url: "feed.xml")
        }
        #expect(throws: XMLParseError(url: nil, reason: .tooLarge(bytes: 10, limit: 5))) {
            try XMLDocument(xml: Array("<a>b</a>xx".utf8), maximumSize: 5)
        }
        #expect(XMLParseError(url: "feed.xml", reason: .empty).description == "feed.xml: empty input")
    }

    @Test func externalEntitiesAreNeverLoaded() throws {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <rss><channel><title>&x;</title></channel></rss>
            """
        let doc = try XMLDocument(xml: xml)
        let title = doc.root?.firstChild(named: "channel")?.firstChild(named: "title")?.text ?? ""
        #expect(!title.contains("root:"))
    }

    @Test func htmlParserIsForgivingAndXPathWorks() throws {
        let doc = try XMLDocument(html: "<html><body><p class=x>One<p>Two</body>")
        let paragraphs = doc.nodes(matching: "//p")
        #expect(paragraphs.map(\.text) == ["One", "Two"])
        #expect(paragraphs.first?.attribute("class") == "x")
    }

    @Test func xmlBaseIsResolved() throws {
        let doc = try XMLDocument(xml: #"<feed xml:base="http://example.org/a/"><entry xml:base="b/"/></feed>"#,
                                  url: "http://example.org/feed.xml")
        #expect(doc.root?.firstChild(named: "entry")?.baseURL == "http://example.org/a/b/")
    }
}
