/// Reads raw bytes as a feed or a news page, decided from the content.
///
/// Feeds go through ``FeedParser``; pages are decoded by ``Charset`` (BOM, HTTP charset,
/// `<meta charset>`, then a guess) and handed to ``ArticleExtractor``. Anything else is
/// refused with a reason that names the input.
///
/// ```swift
/// switch try DocumentReader().read(bytes, url: "https://example.com/feed", contentType: nil) {
/// case .feed(let feed): print(feed.entries.count)
/// case .page(let article): print(article.title ?? "")
/// }
/// ```
public struct DocumentReader: DocumentReading {
    public var extractor: ArticleExtractor

    public init(extractor: ArticleExtractor = ArticleExtractor()) {
        self.extractor = extractor
    }

    public func read(_ bytes: [UInt8], url: String, contentType: String?) throws -> ReadDocument {
        switch ContentSniffer.sniff(bytes) {
        case .feed:
            return .feed(try FeedParser.parse(bytes, url: url, contentType: contentType))
        case .html:
            return .page(try page(bytes, url: url, contentType: contentType))
        case .otherXML(let root) where root.lowercased() == "html":
            return .page(try page(bytes, url: url, contentType: contentType))
        case .otherXML(let root):
            throw DocumentReadError(url: url, reason: "XML with root element <\(root)>: neither a feed nor a page")
        case .empty:
            throw DocumentReadError(url: url, reason: "empty document")
        case .binary:
            throw DocumentReadError(url: url, reason: "binary data: neither a feed nor a page")
        case .text:
            throw DocumentReadError(url: url, reason: "plain text without markup: neither a feed nor a page")
        }
    }

    private func page(_ bytes: [UInt8], url: String, contentType: String?) throws -> Article {
        let decoded = try Charset.decode(bytes, contentType: contentType, kind: .html, source: url)
        return try extractor.extract(html: decoded.text, url: url)
    }
}
