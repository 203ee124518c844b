import Foundation

/// A small, self-contained ``DocumentReading``: RSS 2.0/1.0 and Atom items by their common
/// fields, and HTML pages as their `<p>` text with title, canonical URL, author, date and
/// language from the usual `<meta>` tags.
///
/// It is what `newsgraph ingest` uses until the full feed parser (every RSS dialect,
/// charset decoding, recovery) and the boilerplate-removing extractor are wired in through
/// the same protocol; the pipeline does not know the difference.
public struct MinimalDocumentReader: DocumentReading {
    public init() {}

    public func read(_ bytes: [UInt8], url: String, contentType: String?) throws -> ReadDocument {
        let head = String(decoding: bytes.prefix(2048), as: UTF8.self).lowercased()
        if head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf") {
            return .feed(try feed(bytes, url: url))
        }
        if head.contains("<html") || head.contains("<!doctype html") || head.contains("<body") || head.contains("<p") {
            return .page(try page(bytes, url: url))
        }
        let what = contentType.map { " (\($0))" } ?? ""
        throw DocumentReadError(url: url, reason: "not a feed or an HTML page\(what)")
    }

    func feed(_ bytes: [UInt8], url: String) throws -> Feed {
        let document: XMLDocument
        do {
            document = try XMLDocument(xml: bytes, url: url, encoding: nil)
        } catch {
            throw DocumentReadError(url: url, reason: "unreadable feed: \(error.reason)")
        }
        let rootName = document.root?.name.lowercased() ?? ""
        let isAtom = rootName == "feed"
        var feed = Feed(format: isAtom ? .atom10 : (rootName == "rdf" ? .rss10 : .rss20),
                        recovered: !document.isWellFormed, recoveryReason: document.firstError)
        let channel = isAtom ? document.root : document.nodes(matching: "//*[local-name()='channel']").first
        feed.title = channel.flatMap { text($0, "title") }
        feed.language = channel.flatMap { text($0, "language") } ?? document.root?.attribute("lang", namespace: "http://www.w3.org/XML/1998/namespace")
        let items = document.nodes(matching: isAtom ? "//*[local-name()='entry']" : "//*[local-name()='item']")
        feed.entries = items.map { item in
            var entry = FeedEntry()
            entry.title = text(item, "title")
            if isAtom {
                let links = item.children(named: "link")
                let alternate = links.first { ($0.attribute("rel") ?? "alternate") == "alternate" } ?? links.first
                entry.link = alternate?.attribute("href").flatMap { URL(string: $0, relativeTo: URL(string: item.baseURL ?? url))?.absoluteString }
                entry.id = text(item, "id")
                entry.published = text(item, "published").flatMap(Self.isoDate)
                entry.updated = text(item, "updated").flatMap(Self.isoDate)
                entry.author = item.firstChild(named: "author").flatMap { text($0, "name") }
                entry.summary = text(item, "summary")
                entry.content = item.firstChild(named: "content").map { $0.attribute("type") == "xhtml" ? $0.innerMarkup : $0.text }
            } else {
                entry.link = text(item, "link").flatMap { URL(string: $0, relativeTo: URL(string: url))?.absoluteString }
                entry.id = text(item, "guid") ?? item.attribute("about", namespace: "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
                entry.published = (text(item, "pubDate").flatMap(Self.rfc822Date)) ?? text(item, "date").flatMap(Self.isoDate)
                entry.author = text(item, "creator") ?? text(item, "author")
                entry.summary = text(item, "description").map { FeedEntryArticle.htmlParagraphs($0).joined(separator: "\n\n") }
                entry.content = text(item, "encoded")
            }
            return entry
        }
        return feed
    }

    func page(_ bytes: [UInt8], url: String) throws -> Article {
        let document: XMLDocument
        do {
            document = try XMLDocument(html: bytes, url: url, encoding: Self.declaresCharset(bytes) ? nil : "UTF-8")
        } catch {
            throw DocumentReadError(url: url, reason: "unreadable page: \(error.reason)")
        }
        func meta(_ names: String...) -> String? {
            for name in names {
                let value = document.nodes(matching: "//meta[@property='\(name)' or @name='\(name)' or @itemprop='\(name)']").first?.attribute("content")
                if let value = value.map(FeedEntryArticle.collapse), !value.isEmpty { return value }
            }
            return nil
        }
        let title = meta("og:title", "twitter:title") ?? document.nodes(matching: "//title").first.map { FeedEntryArticle.collapse($0.text) }
        let canonical = document.nodes(matching: "//link[@rel='canonical']").first?.attribute("href")
            .flatMap { URL(string: $0, relativeTo: URL(string: url))?.absoluteString }
        let published = meta("article:published_time", "datePublished", "date", "pubdate").flatMap(Self.isoDate)
        var paragraphs = document.nodes(matching: "//p[not(ancestor::nav or ancestor::footer or ancestor::aside or ancestor::header)]")
            .map { FeedEntryArticle.collapse($0.text) }.filter { $0.count > 1 }
        if paragraphs.isEmpty {
            // Pages that set text in <div>s and <br>s: keep the body's longer lines, scripts aside.
            for node in document.nodes(matching: "//script | //style | //noscript") { node.remove() }
            paragraphs = (document.nodes(matching: "//body").first?.text ?? "").components(separatedBy: .newlines)
                .map(FeedEntryArticle.collapse).filter { $0.count >= 40 }
        }
        return Article(url: url, canonicalURL: canonical ?? meta("og:url"), title: title.flatMap { $0.isEmpty ? nil : $0 },
                       byline: meta("author", "article:author"), published: published,
                       language: document.nodes(matching: "/html").first?.attribute("lang"),
                       siteName: meta("og:site_name"), paragraphs: paragraphs)
    }

    private func text(_ node: XMLNode, _ child: String) -> String? {
        let value = node.firstChild(named: child)?.text.trimmingCharacters(in: .whitespacesAndNewlines)
        return value?.isEmpty == false ? value : nil
    }

    /// True when the page names its encoding, so libxml2 should honour it instead of UTF-8.
    static func declaresCharset(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        return head.contains("charset=") && !head.contains("charset=\"utf-8\"") && !head.contains("charset=utf-8")
    }

    static func isoDate(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        for options: ISO8601DateFormatter.Options in [[.withInternetDateTime, .withFractionalSeconds], [.withInternetDateTime], [.withFullDate]] {
            formatter.formatOptions = options
            if let date = formatter.date(from: text.trimmingCharacters(in: .whitespaces)) { return date }
        }
        return nil
    }

    static func rfc822Date(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        for format in ["EEE, d MMM yyyy HH:mm:ss Z", "d MMM yyyy HH:mm:ss Z", "EEE, d MMM yyyy HH:mm Z", "EEE, d MMM yyyy HH:mm:ss zzz"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: text.trimmingCharacters(in: .whitespaces)) { return date }
        }
        return nil
    }
}
