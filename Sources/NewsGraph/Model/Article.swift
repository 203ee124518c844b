import Foundation

/// One news article as newsgraph reads it: the unit that is tagged, resolved and stored.
///
/// `paragraphs` hold clean body text (no navigation, ads or comments); ``text`` joins them
/// with blank lines, and every character offset newsgraph reports (mentions, evidence) is
/// an offset into ``text`` counted in Unicode scalars, as Python's `str` indexes.
public struct Article: Sendable, Hashable, Codable {
    /// Where the article was read from (URL or file path).
    public var url: String
    /// The page's own `<link rel="canonical">` or `og:url`, when it has one.
    public var canonicalURL: String?
    /// The feed entry's id or guid, when the article came from a feed.
    public var guid: String?
    public var title: String?
    public var byline: String?
    /// Publication time, UTC.
    public var published: Date?
    /// BCP 47 language tag ("en", "de-DE"), when the page or feed declares one.
    public var language: String?
    public var siteName: String?
    /// The body as clean paragraphs, in reading order.
    public var paragraphs: [String]

    public init(url: String, canonicalURL: String? = nil, guid: String? = nil, title: String? = nil,
                byline: String? = nil, published: Date? = nil, language: String? = nil,
                siteName: String? = nil, paragraphs: [String] = []) {
        self.url = url
        self.canonicalURL = canonicalURL
        self.guid = guid
        self.title = title
        self.byline = byline
        self.published = published
        self.language = language
        self.siteName = siteName
        self.paragraphs = paragraphs
    }

    /// The body: paragraphs joined by a blank line. Offsets into it are stable.
    public var text: String { paragraphs.joined(separator: "\n\n") }

    /// Whether ``text`` is non-empty, without joining the paragraphs.
    public var hasText: Bool { paragraphs.count > 1 || paragraphs.first?.isEmpty == false }
}
