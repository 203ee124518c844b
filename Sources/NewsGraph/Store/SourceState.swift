import Foundation

/// What the store remembers of a feed between runs: its validators for conditional GET.
public struct SourceState: Sendable, Hashable, Codable {
    /// The feed's URL as the user gave it (or its file path).
    public var url: String
    public var title: String?
    /// The `ETag` of the last successful fetch, sent back as `If-None-Match`.
    public var etag: String?
    /// The `Last-Modified` of the last successful fetch, sent back as `If-Modified-Since`.
    public var lastModified: String?
    public var lastFetched: Date?
    /// HTTP status of the last fetch (304 when not modified); nil for files.
    public var lastStatus: Int?

    public init(url: String, title: String? = nil, etag: String? = nil, lastModified: String? = nil,
                lastFetched: Date? = nil, lastStatus: Int? = nil) {
        self.url = url
        self.title = title
        self.etag = etag
        self.lastModified = lastModified
        self.lastFetched = lastFetched
        self.lastStatus = lastStatus
    }
}
