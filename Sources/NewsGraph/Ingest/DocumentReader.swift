#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
        let bytes = Self.droppingNULs(bytes)
        let kind = ContentSniffer.sniff(bytes)
        switch kind {
        case .empty:
            throw DocumentReadError(url: url, reason: "empty document")
        case .binary:
            throw DocumentReadError(url: url, reason: "binary data: neither a feed nor a page")
        case .text:
            throw DocumentReadError(url: url, reason: "plain text without markup: neither a feed nor a page")
        case _ where kind.isPage:
            return .page(try page(bytes, url: url, contentType: contentType))
        default:
            // Feeds, and other XML that might still be one (a prefixed root such as
            // <rdf:RDF>): the feed parser decides, and names what the input is when it is not.
            return .feed(try FeedParser.parse(bytes, url: url, contentType: contentType))
        }
    }

    /// The bytes without NUL bytes, when the encoding is ASCII-compatible (no UTF-16/32 byte
    /// order mark or pattern), where a NUL byte can only be U+0000. No feed or page carries
    /// one on purpose: they come from a corrupted download or a zero-filled block, and browsers
    /// ignore them, so dropping them keeps the page's text instead of refusing it as binary.
    /// Real binary files still are refused: their other control bytes remain.
    static func droppingNULs(_ bytes: [UInt8]) -> [UInt8] {
        // memchr: this runs over every byte of every document, and almost never finds one.
        let hasNUL = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { memchr($0, 0, buffer.count) != nil } ?? false
        }
        guard hasNUL else { return bytes }
        let head = Array(bytes.prefix(4))
        if let (name, _) = Charset.byteOrderMark(head), name != "utf-8" { return bytes }
        if Charset.unmarkedWideEncoding(head) != nil { return bytes }
        return bytes.filter { $0 != 0 }
    }

    private func page(_ bytes: [UInt8], url: String, contentType: String?) throws -> Article {
        if Charset.decodesToItself(html: bytes, contentType: contentType) {
            // What decoding would give back is these bytes: skip making them a String and back.
            return try extractor.extract(html: bytes, url: url, encoding: "UTF-8")
        }
        let decoded = try Charset.decode(bytes, contentType: contentType, kind: .html, source: url)
        return try extractor.extract(html: decoded.text, url: url)
    }
}

extension ContentSniffer.Kind {
    /// True for what ``DocumentReader`` hands to the feed parser: feeds, and XML other than
    /// XHTML (a feed's root may carry a prefix the sniffer does not know).
    public var mayBeFeed: Bool {
        switch self {
        case .feed: true
        case .otherXML: !isPage
        default: false
        }
    }

    /// True for what ``DocumentReader`` reads as a page: HTML, or XHTML (XML rooted at `<html>`).
    public var isPage: Bool {
        switch self {
        case .html: true
        case .otherXML(let root): root.lowercased() == "html"
        default: false
        }
    }
}
