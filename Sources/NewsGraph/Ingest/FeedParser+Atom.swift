import Foundation

extension FeedParser {
    /// Atom 1.0 and 0.3: the root is `feed`.
    static func parseAtom(_ root: XMLNode) -> Feed {
        // Atom 0.3 feeds appear under several pre-release namespaces; trust the root's.
        let core: Set<String?> = [nil, NS.atom10, NS.atom03, root.namespaceURI]
        let isAtom10 = root.namespaceURI == NS.atom10
            || (root.namespaceURI == nil && root.attribute("version") == nil)
        var feed = Feed(format: isAtom10 ? .atom10 : .atom03)
        feed.title = child(root, "title", in: core).flatMap { textConstruct($0) }
        feed.link = alternateLink(root, in: core)
        feed.language = language(of: root)
        let feedAuthor = child(root, "author", in: core).flatMap { personName($0, core: core) }
        feed.entries = children(root, "entry", in: core).map { atomEntry($0, core: core, feedAuthor: feedAuthor) }
        return feed
    }

    private static func atomEntry(_ node: XMLNode, core: Set<String?>, feedAuthor: String?) -> FeedEntry {
        var entry = FeedEntry()
        if let id = child(node, "id", in: core), let value = nonEmpty(id.text) {
            entry.id = resolve(value, at: id)
        }
        entry.title = child(node, "title", in: core).flatMap { textConstruct($0) }
        entry.link = alternateLink(node, in: core)
        let dc: Set<String?> = [NS.dc]
        entry.published = date(node, [("published", core), ("issued", core), ("created", core), ("date", dc)])
        entry.updated = date(node, [("updated", core), ("modified", core), ("date", dc)])
        let source = child(node, "source", in: core)
        entry.author = child(node, "author", in: core).flatMap { personName($0, core: core) }
            ?? text(node, "creator", in: dc)
            ?? source.flatMap { child($0, "author", in: core) }.flatMap { personName($0, core: core) }
            ?? feedAuthor
        let summary = child(node, "summary", in: core).flatMap { textConstruct($0) }
        let contentNode = child(node, "content", in: core)
        entry.content = contentNode.flatMap { contentMarkup($0) }
        // Like feed readers, let the content stand in for a missing summary.
        entry.summary = summary ?? plain(entry.content)
        entry.categories = unique(children(node, "category", in: core).map {
            $0.attribute("term") ?? $0.attribute("label") ?? $0.text
        } + children(node, "subject", in: dc).map(\.text))
        return entry
    }

    private static func personName(_ person: XMLNode, core: Set<String?>) -> String? {
        text(person, "name", in: core) ?? text(person, "email", in: core) ?? nonEmpty(person.text)
    }

    /// How an Atom text construct's content is written.
    private enum TextKind {
        case text, html, base64
        /// Atom 1.0 `type="xhtml"`: the content is the inside of one wrapping `div`.
        case xhtml
        /// Inline XML (Atom 0.3 `mode="xml"`, XML media types): the markup as it is.
        case xml
    }

    private static func textKind(_ node: XMLNode) -> TextKind {
        var type = node.attribute("type")?.trimmingCharacters(in: .whitespaces).lowercased() ?? "text"
        if type.isEmpty { type = "text" }
        let mode = node.attribute("mode")?.trimmingCharacters(in: .whitespaces).lowercased()
        if mode == "base64" { return .base64 }
        if mode == "escaped" { return type.contains("plain") ? .text : .html }
        switch type {
        case "html", "text/html": return mode == "xml" ? .xml : .html
        case "xhtml": return .xhtml
        case "application/xhtml+xml": return .xml
        case "text", "text/plain": return .text
        default:
            if type.hasSuffix("+xml") || type.hasSuffix("/xml") { return .xml }
            if type.hasPrefix("text/") { return .text }
            // RFC 4287 §4.1.3.3: any other media type is base64-encoded.
            return .base64
        }
    }

    /// A title, subtitle or summary as plain text.
    static func textConstruct(_ node: XMLNode) -> String? {
        switch textKind(node) {
        case .text: return nonEmpty(HTMLText.collapseWhitespace(node.text))
        case .html: return plain(node.text)
        case .xhtml: return plain(xhtmlMarkup(node))
        case .xml: return plain(xmlMarkup(node))
        case .base64: return plain(base64Text(node.text))
        }
    }

    /// An `atom:content` as HTML (text content is escaped so it stays text).
    private static func contentMarkup(_ node: XMLNode) -> String? {
        // Out-of-line content (`src=`) has nothing inline to read.
        if nonEmpty(node.attribute("src")) != nil, nonEmpty(node.text) == nil { return nil }
        let markup: String? = switch textKind(node) {
        case .text: nonEmpty(node.text).map(escapeHTML)
        case .html: nonEmpty(node.text)
        case .xhtml: nonEmpty(xhtmlMarkup(node))
        case .xml: nonEmpty(xmlMarkup(node))
        case .base64: nonEmpty(base64Text(node.text))
        }
        guard let markup, let base = node.baseURL else { return markup }
        return HTMLLinkResolver.resolve(markup, against: base)
    }

    /// The markup inside an XHTML construct: the wrapping `div`'s children, without the `div`.
    private static func xhtmlMarkup(_ node: XMLNode) -> String {
        let elements = node.elements
        let onlyText = node.children.filter { $0.isText }.allSatisfy { $0.text.allSatisfy(\.isWhitespace) }
        if elements.count == 1, let div = elements.first, div.name == "div", onlyText {
            return withoutXHTMLNamespace(div.innerMarkup)
        }
        return xmlMarkup(node)
    }

    private static func xmlMarkup(_ node: XMLNode) -> String {
        trim(withoutXHTMLNamespace(node.innerMarkup))
    }

    /// libxml2 repeats the XHTML namespace declaration on each top element it serializes;
    /// in HTML it means nothing.
    static func withoutXHTMLNamespace(_ markup: String) -> String {
        markup.replacingOccurrences(of: " xmlns=\"http://www.w3.org/1999/xhtml\"", with: "")
    }

    private static func base64Text(_ encoded: String) -> String? {
        guard let data = Data(base64Encoded: encoded, options: .ignoreUnknownCharacters) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    private static func escapeHTML(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
