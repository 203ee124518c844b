import Foundation

/// A parsed RSS or Atom feed.
public struct Feed: Sendable, Hashable, Codable {
    /// The syndication format the feed was recognised as.
    public enum Format: String, Sendable, Hashable, Codable {
        case rss090 = "rss090", rss091 = "rss091", rss092 = "rss092", rss093 = "rss093", rss094 = "rss094"
        case rss10 = "rss10", rss20 = "rss20", atom03 = "atom03", atom10 = "atom10"
        /// RSS without a version attribute.
        case rss = "rss"
    }

    public var format: Format
    public var title: String?
    /// The site the feed belongs to (absolute URL).
    public var link: String?
    public var language: String?
    public var entries: [FeedEntry]
    /// True when the feed was not well-formed XML and had to be recovered.
    public var recovered: Bool
    /// Why the feed was flagged (first parser error), when it was.
    public var recoveryReason: String?

    public init(format: Format, title: String? = nil, link: String? = nil, language: String? = nil,
                entries: [FeedEntry] = [], recovered: Bool = false, recoveryReason: String? = nil) {
        self.format = format
        self.title = title
        self.link = link
        self.language = language
        self.entries = entries
        self.recovered = recovered
        self.recoveryReason = recoveryReason
    }
}

/// One item of a feed.
public struct FeedEntry: Sendable, Hashable, Codable {
    /// The entry's id (Atom) or guid (RSS), when it has one.
    public var id: String?
    /// Plain text: escaped or CDATA HTML is reduced to its text.
    public var title: String?
    /// The entry's page, absolute (resolved against xml:base and the feed URL).
    public var link: String?
    /// UTC.
    public var published: Date?
    /// UTC.
    public var updated: Date?
    public var author: String?
    /// Plain-text summary or description.
    public var summary: String?
    /// Full content as HTML (content:encoded, atom:content), when the feed carries it.
    public var content: String?
    public var categories: [String]

    public init(id: String? = nil, title: String? = nil, link: String? = nil, published: Date? = nil,
                updated: Date? = nil, author: String? = nil, summary: String? = nil, content: String? = nil,
                categories: [String] = []) {
        self.id = id
        self.title = title
        self.link = link
        self.published = published
        self.updated = updated
        self.author = author
        self.summary = summary
        self.content = content
        self.categories = categories
    }
}
