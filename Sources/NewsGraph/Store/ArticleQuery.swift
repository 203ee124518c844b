import Foundation

/// Filters for listing recent articles, newest first (by published date, else fetch time).
public struct ArticleQuery: Sendable, Hashable {
    /// Matches a substring of the source's URL or title, the article's site name or its URL.
    public var source: String?
    /// Inclusive lower bound on the article's date.
    public var since: Date?
    /// Exclusive upper bound on the article's date.
    public var until: Date?
    public var limit: Int

    public init(source: String? = nil, since: Date? = nil, until: Date? = nil, limit: Int = 20) {
        self.source = source
        self.since = since
        self.until = until
        self.limit = limit
    }
}
