import Foundation

/// What a page says about its article outside the body: title, byline, publication date,
/// canonical URL, language and site name, from meta tags, JSON-LD, `<time>` and the markup.
struct PageMetadata: Sendable {
    var title: String?
    var byline: String?
    var published: Date?
    var canonicalURL: String?
    var language: String?
    var siteName: String?
    /// The JSON-LD article, when the page has one (its `articleBody` is a fallback body).
    var jsonLD: JSONLDArticle?

    /// Meta names and properties that carry the publication date, best first.
    static let dateKeys = [
        "article:published_time", "og:article:published_time", "og:published_time", "published_time",
        "parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date", "dcterms.date", "dcterms.created",
        "date", "pubdate", "publishdate", "publish-date", "publish_date", "datepublished", "article.published",
        "cxenseparse:recs:publishtime", "article:modified_time", "og:updated_time",
    ]
    static let authorKeys = [
        "author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator",
        "byl", "byline", "cxenseparse:author",
    ]

    /// The tags whose name matters to the metadata, besides their attributes.
    static let tags: Set<String> = ["html", "meta", "title", "h1", "time", "link", "a"]

    init(tree: PageTree, url: String?) {
        var meta: [String: String] = [:]
        var canonicalLink: String?
        var htmlLanguage: String?
        var documentTitle: String?
        var relAuthor: String?
        var itempropAuthor: String?
        var itempropDate: String?
        var timeDate: String?
        var classByline: String?
        var headings: [String] = []

        // Nodes are read in place (`nodes[index]`): a copy of each, as `enumerated()` makes,
        // retains and releases its strings and attributes.
        let nodes = tree.nodes
        for index in nodes.indices where !nodes[index].isText {
            // Only the tags in ``tags`` are compared by name (a string comparison call each).
            let isMetadataTag = nodes[index].flags.contains(.metadata)
            if isMetadataTag {
                switch nodes[index].tag {
                case "html":
                    htmlLanguage = nodes[index].attribute("lang") ?? nodes[index].attribute("xml:lang")
                case "meta":
                    let key = (nodes[index].attribute("property") ?? nodes[index].attribute("name") ?? nodes[index].attribute("http-equiv")
                        ?? nodes[index].attribute("itemprop"))?.lowercased()
                    if let key, let content = nodes[index].attribute("content"), meta[key] == nil {
                        let value = TextNormalizer.clean(content)
                        if !value.isEmpty { meta[key] = value }
                    }
                case "title":
                    if documentTitle == nil { documentTitle = TextNormalizer.clean(tree.text(of: index)) }
                case "h1":
                    headings.append(TextNormalizer.clean(tree.text(of: index)))
                case "time":
                    if timeDate == nil || nodes[index].attribute("pubdate") != nil || nodes[index].attribute("itemprop") == "datePublished" {
                        if let value = nodes[index].attribute("datetime"), FeedDate.parse(value) != nil { timeDate = value }
                    }
                default:
                    break
                }
            }
            if classByline == nil, let names = nodes[index].attribute("class"), ClassHints.name(names, contains: "byline"),
               !ClassHints.name(names, contains: "date"), !ClassHints.name(names, contains: "time") {
                let text = TextNormalizer.clean(tree.text(of: index))
                if !text.isEmpty && text.count <= 100 { classByline = text }
            }
            // The tag and the found-yet tests come first: most `rel`s are on links that can no
            // longer change anything, and splitting them was a tenth of reading the metadata.
            let wantsCanonical = canonicalLink == nil && isMetadataTag && nodes[index].tag == "link"
            let wantsRelAuthor = relAuthor == nil && isMetadataTag && nodes[index].tag == "a"
            if wantsCanonical || wantsRelAuthor, let rel = nodes[index].attribute("rel")?.lowercased() {
                let words = rel.split(separator: " ")
                if wantsCanonical, words.contains("canonical") { canonicalLink = nodes[index].attribute("href") }
                if wantsRelAuthor, words.contains("author") {
                    relAuthor = TextNormalizer.clean(tree.text(of: index))
                }
            }
            if let itemprop = nodes[index].attribute("itemprop")?.lowercased() {
                if itempropAuthor == nil, nodes[index].tag != "meta", nodes[index].tag != "link", itemprop.split(separator: " ").contains("author") {
                    let named = tree.elements(below: index, tags: ["span", "a", "meta"]).first {
                        tree.nodes[$0].attribute("itemprop")?.lowercased() == "name"
                    }
                    let text = named.map { tree.nodes[$0].attribute("content") ?? tree.text(of: $0) } ?? tree.text(of: index)
                    itempropAuthor = TextNormalizer.clean(text)
                }
                if itemprop == "datepublished", itempropDate == nil, nodes[index].tag != "meta" {
                    itempropDate = nodes[index].attribute("datetime") ?? nodes[index].attribute("content")
                }
            }
        }
        let jsonLD = JSONLDArticle(scripts: tree.jsonLD)
        self.jsonLD = jsonLD

        let siteCandidates: [String?] = [meta["og:site_name"], jsonLD?.publisher, meta["application-name"], meta["twitter:site"]]
        siteName = siteCandidates.lazy.compactMap { $0 }.first { !$0.isEmpty }

        // The document title is cut at its separators only when no earlier source has a title.
        let rawTitle = [meta["og:title"], jsonLD?.headline, meta["twitter:title"], meta["dc.title"],
                        headings.count == 1 ? headings[0] : nil]
            .lazy.compactMap { $0 }.first { !$0.isEmpty }
            ?? documentTitle.map(Self.stripSiteName).flatMap { $0.isEmpty ? nil : $0 }
        title = rawTitle.map { Self.strip(siteName: siteName, from: $0) }

        let authorMeta = Self.authorKeys.lazy.compactMap { meta[$0] }.first { !$0.contains("://") && !$0.hasPrefix("www.") }
        let authorCandidates: [String?] = [
            jsonLD.flatMap { $0.authors.isEmpty ? nil : Self.joinNames($0.authors) }, authorMeta, itempropAuthor, relAuthor, classByline,
        ]
        byline = authorCandidates.lazy.compactMap { $0.flatMap(Self.cleanByline) }.first

        let dateCandidates: [String?] = Self.dateKeys.map { meta[$0] } + [jsonLD?.datePublished, itempropDate, timeDate]
        // Placeholder dates ("0001-01-01") and far-future ones are CMS defaults, not publication times.
        let plausible = Date(timeIntervalSince1970: 631_152_000)...Date().addingTimeInterval(2 * 86_400)
        published = dateCandidates.lazy.compactMap { $0.flatMap(FeedDate.parse) }.first { plausible.contains($0) }

        let canonicalCandidates: [String?] = [canonicalLink, meta["og:url"], jsonLD?.url]
        canonicalURL = canonicalCandidates.lazy.compactMap { $0.flatMap { Self.resolve($0, against: url) } }.first

        let locale = meta["og:locale"].map { $0.replacingOccurrences(of: "_", with: "-") }
        let languageCandidates: [String?] = [htmlLanguage, meta["content-language"], meta["language"], locale, jsonLD?.language]
        language = languageCandidates.lazy.compactMap { $0.flatMap(Self.cleanLanguage) }.first

    }

    /// "Headline | Site" and "Headline - Site": keeps the longest part when separators are present.
    static func stripSiteName(_ title: String) -> String {
        for separator in [" | ", " – ", " — ", " - ", " :: ", " » "] where title.contains(separator) {
            let parts = title.components(separatedBy: separator)
            if let longest = parts.max(by: { $0.count < $1.count }), longest.split(separator: " ").count >= 3 {
                return longest.trimmingCharacters(in: .whitespaces)
            }
        }
        return title
    }

    /// What ``cleanByline(_:)`` trims from a byline's ends (built once, not per byline).
    private static let bylineEdges = CharacterSet(charactersIn: " ,;|-–—")

    /// "By Jane Doe and John Roe, Reuters" → "Jane Doe and John Roe, Reuters"; nil when empty
    /// or too long to be a byline.
    static func cleanByline(_ raw: String) -> String? {
        var text = TextNormalizer.clean(raw)
        // Lower-cased once, and again only after a prefix went (was once per prefix).
        var lower = text.lowercased()
        for prefix in ["by ", "by:", "von ", "par ", "por ", "di ", "door "] where lower.hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
            lower = text.lowercased()
        }
        // Bylines rendered as one block often run on into the date: "Jane Doe Published 7:07 PM".
        // An ASCII marker Foundation finds is in the bytes too: the byte test spares most
        // bylines a bridged search per marker. " • " and " · " always go to Foundation, which
        // finds "·" also as U+0387, its canonical equivalent.
        let markers: [(StaticString, Bool)] = [(" Published", true), (" Updated", true), (" Posted", true), (" | ", true),
                                               (" • ", false), (" · ", false), (" Last updated", true)]
        for (marker, ascii) in markers {
            if ascii, !ByteSearch.contains(text, marker) { continue }
            if let range = text.range(of: String(describing: marker)) { text = String(text[..<range.lowerBound]) }
        }
        text = text.trimmingCharacters(in: Self.bylineEdges)
        guard !text.isEmpty, text.count <= 120 else { return nil }
        return text
    }

    /// "Headline | Site" → "Headline" when the suffix (or prefix) is the site's own name.
    static func strip(siteName: String?, from title: String) -> String {
        guard let siteName, !siteName.isEmpty else { return title }
        for separator in [" | ", " - ", " – ", " — ", " :: ", " » ", ": "] {
            let suffix = separator + siteName
            if title.hasSuffix(suffix), title.count > suffix.count { return String(title.dropLast(suffix.count)) }
            let prefix = siteName + separator
            if title.hasPrefix(prefix), title.count > prefix.count { return String(title.dropFirst(prefix.count)) }
        }
        return title
    }

    static func joinNames(_ names: [String]) -> String {
        var unique: [String] = []
        for name in names where !unique.contains(name) { unique.append(name) }
        return unique.joined(separator: ", ")
    }

    static func cleanLanguage(_ raw: String) -> String? {
        let first = raw.split(separator: ",").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        guard !first.isEmpty, first.count <= 35,
              first.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else { return nil }
        return first
    }

    /// Resolves a possibly relative URL against the page's address.
    static func resolve(_ reference: String, against base: String?) -> String? {
        let trimmed = reference.trimmingWhitespaceAndNewlines
        guard !trimmed.isEmpty else { return nil }
        if let base, let baseURL = URL(string: base), let resolved = URL(string: trimmed, relativeTo: baseURL),
           resolved.scheme != nil {
            return resolved.absoluteString
        }
        if let absolute = URL(string: trimmed), absolute.scheme != nil { return absolute.absoluteString }
        return trimmed.hasPrefix("//") ? "https:" + trimmed : trimmed
    }
}
