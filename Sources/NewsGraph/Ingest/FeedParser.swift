import CLibXML2
import Foundation

/// Reads RSS 0.9x, RSS 1.0 (RDF), RSS 2.0, Atom 0.3 and Atom 1.0 into a ``Feed``.
///
/// The bytes are decoded by ``Charset`` (BOM → HTTP charset → XML declaration → guess)
/// and handed to libxml2 as UTF-8, with network access, DTD loading and external
/// entities off. A feed that is not well-formed is recovered the way feed readers do and
/// flagged (``Feed/recovered``), not rejected. Titles and summaries come out as plain
/// text; links are resolved against `xml:base` and the feed's own URL.
///
/// ```swift
/// let feed = try FeedParser.parse(bytes, url: "https://example.com/rss.xml")
/// feed.entries.first?.title
/// ```
public enum FeedParser {
    /// A parsed feed with how its bytes were decoded.
    public struct Output: Sendable, Hashable {
        public var feed: Feed
        /// The encoding that decoded the bytes ("utf-8", "windows-1252", …).
        public var encoding: String
        /// The rule that chose ``encoding``.
        public var encodingRule: DecodedText.Rule
        /// True when a declared encoding was unknown or wrong for the bytes.
        public var encodingDeclarationWasWrong: Bool
        /// True when the HTTP `Content-Type` named no XML media type (`text/plain`, say).
        public var mediaTypeWasWrong: Bool
        /// feedparser's `bozo`: the feed needed repair, lied about its encoding or was
        /// served as something other than XML.
        public var bozo: Bool { feed.recovered || encodingDeclarationWasWrong || mediaTypeWasWrong }
    }

    /// Parses a feed.
    ///
    /// - Parameters:
    ///   - bytes: the feed as received.
    ///   - url: the feed's own address: the base for relative links, and its name in errors.
    ///   - contentType: the HTTP `Content-Type`, when the bytes came over HTTP.
    ///   - source: the name used in errors when there is no `url` (a file path, say).
    ///   - maximumSize: inputs larger than this are refused.
    /// - Throws: ``FeedError`` for empty, oversized, binary, non-feed or unparseable input.
    public static func parse(
        _ bytes: [UInt8], url: String? = nil, contentType: String? = nil, source: String? = nil,
        maximumSize: Int = XMLDocument.defaultMaximumSize
    ) throws(FeedError) -> Feed {
        try parseWithDetails(bytes, url: url, contentType: contentType, source: source, maximumSize: maximumSize).feed
    }

    /// Like ``parse(_:url:contentType:source:maximumSize:)``, and also tells how the bytes were decoded.
    public static func parseWithDetails(
        _ bytes: [UInt8], url: String? = nil, contentType: String? = nil, source: String? = nil,
        maximumSize: Int = XMLDocument.defaultMaximumSize
    ) throws(FeedError) -> Output {
        let name = source ?? url
        if bytes.count > maximumSize { throw FeedError(source: name, reason: .tooLarge(bytes: bytes.count, limit: maximumSize)) }
        let sniffed = ContentSniffer.sniff(bytes)
        switch sniffed {
        case .empty: throw FeedError(source: name, reason: .empty)
        case .binary: throw FeedError(source: name, reason: .binary)
        case .html: throw FeedError(source: name, reason: .notAFeed("an HTML page"))
        case .feed, .otherXML, .text: break
        }
        let decoded: DecodedText
        do { decoded = try Charset.decode(bytes, contentType: contentType, kind: .xml, source: name) } catch {
            throw FeedError(source: name, reason: .empty)
        }
        let text = EntityRewriter.numericHTMLEntities(in: decoded.text)
        let document: XMLDocument
        do {
            document = try XMLDocument(xml: Array(text.utf8), url: url, encoding: "UTF-8", recover: true,
                                       maximumSize: maximumSize)
        } catch {
            switch error.reason {
            case .empty: throw FeedError(source: name, reason: .empty)
            case let .tooLarge(bytes, limit): throw FeedError(source: name, reason: .tooLarge(bytes: bytes, limit: limit))
            case let .malformed(message):
                if isEntityExpansion(message) { throw FeedError(source: name, reason: .entityExpansion) }
                if sniffed == .text { throw FeedError(source: name, reason: .notAFeed("text without markup")) }
                throw FeedError(source: name, reason: .malformed(message))
            case .outOfMemory: throw FeedError(source: name, reason: .malformed("out of memory"))
            }
        }
        if let message = document.firstError, isEntityExpansion(message) {
            throw FeedError(source: name, reason: .entityExpansion)
        }
        if EntityBudget.expandedSize(of: document, limit: entityExpansionLimit(inputSize: bytes.count)) == nil {
            throw FeedError(source: name, reason: .entityExpansion)
        }
        let feed = try parse(document: document, source: name)
        return Output(feed: feed, encoding: decoded.encoding, encodingRule: decoded.decidedBy,
                      encodingDeclarationWasWrong: decoded.declarationWasWrong,
                      mediaTypeWasWrong: contentType.map { !isXMLMediaType($0) } ?? false)
    }

    /// Reads a feed out of an already parsed document.
    ///
    /// - Throws: ``FeedError/Reason/notAFeed(_:)`` when the document element is not
    ///   `rss`, `RDF` or `feed`.
    public static func parse(document: XMLDocument, source: String? = nil) throws(FeedError) -> Feed {
        guard let root = document.root else { throw FeedError(source: source, reason: .notAFeed("no document element")) }
        var feed: Feed
        switch root.name.lowercased() {
        case "rss", "rdf": feed = parseRSS(root)
        case "feed": feed = parseAtom(root)
        default: throw FeedError(source: source, reason: .notAFeed("XML whose document element is <\(root.name)>"))
        }
        if !document.isWellFormed {
            feed.recovered = true
            feed.recoveryReason = document.firstError ?? "not well-formed"
        }
        return feed
    }

    /// Entities may add at most the input's size plus 4 MB of text: far more than any
    /// real feed's handful of declared entities, far less than an attack needs.
    static func entityExpansionLimit(inputSize: Int) -> Int { inputSize + 4 * 1024 * 1024 }

    private static func isXMLMediaType(_ contentType: String) -> Bool {
        let mediaType = contentType.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        return mediaType.hasSuffix("xml") || mediaType.contains("+xml") || mediaType.contains("xml-")
            || mediaType.hasSuffix("rss") || mediaType.hasSuffix("atom") || mediaType.isEmpty
    }

    private static func isEntityExpansion(_ message: String) -> Bool {
        let lower = message.lowercased()
        return lower.contains("entity reference loop") || lower.contains("amplification")
            || (lower.contains("entit") && lower.contains("loop"))
    }

    // MARK: - Shared helpers

    /// Namespace URIs the parsers know.
    enum NS {
        static let atom10 = "http://www.w3.org/2005/Atom"
        static let atom03 = "http://purl.org/atom/ns#"
        static let rss10 = "http://purl.org/rss/1.0/"
        static let rss090 = "http://my.netscape.com/rdf/simple/0.9/"
        static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
        static let dc = "http://purl.org/dc/elements/1.1/"
        static let dcterms = "http://purl.org/dc/terms/"
        static let content = "http://purl.org/rss/1.0/modules/content/"
        static let xhtml = "http://www.w3.org/1999/xhtml"
        static let xml = "http://www.w3.org/XML/1998/namespace"
        static let itunes = "http://www.itunes.com/dtds/podcast-1.0.dtd"
        static let userland = ["http://backend.userland.com/rss2", "http://backend.userland.com/rss",
                               "http://blogs.law.harvard.edu/tech/rss"]
    }

    /// The first child named `name` in one of `namespaces`.
    static func child(_ node: XMLNode, _ name: String, in namespaces: Set<String?>) -> XMLNode? {
        var result: XMLNode?
        forEachChild(of: node, named: name, in: namespaces) { result = $0; return false }
        return result
    }

    /// Every child named `name` in one of `namespaces`.
    static func children(_ node: XMLNode, _ name: String, in namespaces: Set<String?>) -> [XMLNode] {
        var result: [XMLNode] = []
        forEachChild(of: node, named: name, in: namespaces) { result.append($0); return true }
        return result
    }

    /// Walks the element children by pointer, comparing names in C before building any
    /// Swift value: these lookups run a dozen times per entry.
    private static func forEachChild(of node: XMLNode, named name: String, in namespaces: Set<String?>,
                                     _ body: (XMLNode) -> Bool) {
        name.withCString { cName in
            var child = node.pointer.pointee.children
            while let current = child {
                child = current.pointee.next
                guard current.pointee.type == XML_ELEMENT_NODE, let raw = current.pointee.name,
                      strcmp(UnsafeRawPointer(raw).assumingMemoryBound(to: CChar.self), cName) == 0 else { continue }
                let element = XMLNode(document: node.document, pointer: current)
                if namespaces.contains(element.namespaceURI), !body(element) { return }
            }
        }
    }

    /// The trimmed text of the first child named `name` in `namespaces`, when not empty.
    static func text(_ node: XMLNode, _ name: String, in namespaces: Set<String?>) -> String? {
        child(node, name, in: namespaces).flatMap { nonEmpty($0.text) }
    }

    static func nonEmpty(_ text: String?) -> String? {
        guard let text else { return nil }
        let trimmed = trim(text)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// `text` without leading and trailing whitespace. Native (no NSString bridging): it
    /// runs on every field of every entry.
    static func trim(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) { return text }
        return String(scalars[first...last])
    }

    /// Plain text from something that may hold escaped HTML.
    static func plain(_ html: String?) -> String? {
        guard let html else { return nil }
        return nonEmpty(HTMLText.plainText(html))
    }

    /// `reference` resolved against the base URL in effect at `node` (xml:base chain and the
    /// feed's own URL); unchanged when there is no base.
    static func resolve(_ reference: String, at node: XMLNode) -> String {
        let trimmed = trim(reference)
        guard let base = node.baseURL, !base.isEmpty else { return trimmed }
        return HTMLLinkResolver.resolveIRI(trimmed, base: base) ?? trimmed
    }

    /// The element's `xml:lang`, or the nearest ancestor's.
    static func language(of node: XMLNode) -> String? {
        var current: XMLNode? = node
        while let element = current {
            if let lang = nonEmpty(element.attribute("lang", namespace: NS.xml)) { return lang }
            current = element.parent
        }
        return nil
    }

    /// The first parseable date among the texts of these children, in order of preference.
    static func date(_ node: XMLNode, _ candidates: [(String, Set<String?>)]) -> Date? {
        for (name, namespaces) in candidates {
            for element in children(node, name, in: namespaces) {
                if let date = FeedDate.parse(element.text) { return date }
            }
        }
        return nil
    }

    /// Unique non-empty values in first-seen order.
    static func unique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.compactMap { nonEmpty($0) }.filter { seen.insert($0).inserted }
    }
}
