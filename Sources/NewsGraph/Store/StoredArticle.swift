import Foundation

/// An article as the store holds it.
public struct StoredArticle: Sendable, Hashable, Codable {
    public var id: Int64
    public var url: String
    public var canonicalURL: String?
    public var guid: String?
    /// The URL of the feed it came from, when it came from one.
    public var source: String?
    public var title: String?
    public var byline: String?
    public var published: Date?
    public var fetched: Date
    public var language: String?
    public var siteName: String?
    public var contentHash: String
    public var text: String

    public init(id: Int64, url: String, canonicalURL: String? = nil, guid: String? = nil, source: String? = nil,
                title: String? = nil, byline: String? = nil, published: Date? = nil, fetched: Date,
                language: String? = nil, siteName: String? = nil, contentHash: String, text: String) {
        self.id = id
        self.url = url
        self.canonicalURL = canonicalURL
        self.guid = guid
        self.source = source
        self.title = title
        self.byline = byline
        self.published = published
        self.fetched = fetched
        self.language = language
        self.siteName = siteName
        self.contentHash = contentHash
        self.text = text
    }
}
