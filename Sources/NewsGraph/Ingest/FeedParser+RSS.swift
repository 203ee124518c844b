import Foundation

extension FeedParser {
    /// RSS 0.9x, 1.0 (RDF) and 2.0: the root is `rss` or `rdf:RDF`.
    static func parseRSS(_ root: XMLNode) -> Feed {
        // Core elements may be in no namespace, an RSS namespace, or the root's own one
        // (`<r:rss xmlns:r="http://backend.userland.com/rss2">`).
        var core: Set<String?> = [nil, NS.rss10, NS.rss090, root.namespaceURI]
        for uri in NS.userland { core.insert(uri) }
        let dc: Set<String?> = [NS.dc]
        let dcterms: Set<String?> = [NS.dcterms]
        let atom: Set<String?> = [NS.atom10, NS.atom03]

        let channel = child(root, "channel", in: core) ?? root
        var feed = Feed(format: rssFormat(root, channel: channel))
        feed.title = plain(text(channel, "title", in: core) ?? text(channel, "title", in: dc))
        if let link = child(channel, "link", in: core), let href = nonEmpty(link.text) {
            feed.link = resolve(href, at: link)
        } else {
            feed.link = alternateLink(channel, in: atom)
        }
        feed.language = text(channel, "language", in: core) ?? text(channel, "language", in: dc) ?? language(of: channel)

        // RSS 1.0 puts items beside the channel; RSS 2.0 inside it. Some feeds do both.
        var items = children(channel, "item", in: core)
        if channel != root { items += children(root, "item", in: core) }
        feed.entries = items.map { rssEntry($0, core: core, dc: dc, dcterms: dcterms, atom: atom) }
        return feed
    }

    private static func rssFormat(_ root: XMLNode, channel: XMLNode) -> Feed.Format {
        if root.name.lowercased() == "rdf" {
            let netscape = root.elements.contains { $0.namespaceURI == NS.rss090 }
                || root.namespaceDeclarations.contains { $0.uri == NS.rss090 }
            return netscape ? .rss090 : .rss10
        }
        let version = root.attribute("version")?.trimmingCharacters(in: .whitespaces)
        if let version, version.hasPrefix("2.") { return .rss20 }
        switch version {
        case "0.90": return .rss090
        case "0.91": return .rss091
        case "0.92": return .rss092
        case "0.93": return .rss093
        case "0.94": return .rss094
        default: return .rss
        }
    }

    private static func rssEntry(_ item: XMLNode, core: Set<String?>, dc: Set<String?>, dcterms: Set<String?>,
                                 atom: Set<String?>) -> FeedEntry {
        var entry = FeedEntry()
        var contentNode: XMLNode?
        let guid = child(item, "guid", in: core)
        entry.id = guid.flatMap { nonEmpty($0.text) }
            ?? nonEmpty(item.attribute("about", namespace: NS.rdf))
            ?? text(item, "identifier", in: dc)
            ?? text(item, "id", in: atom)
        entry.title = plain(text(item, "title", in: core) ?? text(item, "title", in: dc))

        if let link = child(item, "link", in: core), let href = nonEmpty(link.text) {
            entry.link = resolve(href, at: link)
        } else if let atomLink = alternateLink(item, in: atom) {
            entry.link = atomLink
        } else if let guid, let value = nonEmpty(guid.text),
                  guid.attribute("isPermaLink")?.lowercased() != "false",
                  value.lowercased().hasPrefix("http://") || value.lowercased().hasPrefix("https://") {
            // A permalink guid is the item's page when the item has no link.
            entry.link = value
        }

        entry.published = date(item, [("pubDate", core), ("issued", dcterms), ("created", dcterms), ("date", dc),
                                      ("published", atom)])
        entry.updated = date(item, [("modified", dcterms), ("date", dc), ("updated", atom)])
        entry.author = text(item, "author", in: core) ?? text(item, "creator", in: dc) ?? text(item, "author", in: dc)
            ?? text(item, "author", in: [NS.itunes]) ?? child(item, "author", in: atom).flatMap { text($0, "name", in: atom) }
        entry.summary = plain(text(item, "description", in: core) ?? text(item, "description", in: dc)
            ?? text(item, "summary", in: [NS.itunes]))
        if let encoded = child(item, "encoded", in: [NS.content]), let html = nonEmpty(encoded.text) {
            entry.content = html
            contentNode = encoded
        } else if let body = child(item, "body", in: [NS.xhtml]) ?? child(item, "body", in: core) {
            entry.content = nonEmpty(withoutXHTMLNamespace(body.innerMarkup))
            contentNode = body
        } else if let full = child(item, "fullitem", in: core), let html = nonEmpty(full.text) {
            entry.content = html
            contentNode = full
        }
        if let content = entry.content, let base = contentNode?.baseURL {
            entry.content = HTMLLinkResolver.resolve(content, against: base)
        }
        if entry.summary == nil { entry.summary = plain(entry.content) }
        entry.categories = unique(children(item, "category", in: core).map(\.text)
            + children(item, "subject", in: dc).map(\.text))
        return entry
    }

    /// The `href` of an Atom `link` with rel="alternate" (or no rel), preferring HTML.
    static func alternateLink(_ node: XMLNode, in namespaces: Set<String?>) -> String? {
        // Some feeds put the address in the element's text instead of `href`.
        func href(_ link: XMLNode) -> String? { nonEmpty(link.attribute("href")) ?? nonEmpty(link.text) }
        let links = children(node, "link", in: namespaces).filter {
            let rel = $0.attribute("rel")?.trimmingCharacters(in: .whitespaces).lowercased() ?? "alternate"
            return rel == "alternate" && href($0) != nil
        }
        let preferred = links.first { ($0.attribute("type") ?? "text/html").lowercased().contains("html") } ?? links.first
        guard let preferred, let value = href(preferred) else { return nil }
        return resolve(value, at: preferred)
    }
}
