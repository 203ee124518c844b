import Foundation

/// The limits every fetch obeys.
public struct FetchPolicy: Sendable, Hashable {
    /// Redirects followed before giving up (a loop is reported as soon as a URL repeats).
    public var maxRedirects: Int
    /// Seconds to wait for a connection and, after that, between two reads.
    public var connectTimeout: TimeInterval
    /// Seconds for the whole exchange, redirects included.
    public var totalTimeout: TimeInterval
    /// Largest body accepted, in bytes after decompression; larger downloads are aborted.
    public var maxBytes: Int
    /// Requests in flight to one host at a time.
    public var perHostConnections: Int
    public var userAgent: String

    /// The User-Agent newsgraph sends: its name, version and where to read about it.
    public static let defaultUserAgent = "newsgraph/0.1 (+https://github.com/newsgraph/newsgraph; news knowledge-graph builder)"

    public init(maxRedirects: Int = 5, connectTimeout: TimeInterval = 10, totalTimeout: TimeInterval = 30,
                maxBytes: Int = 10 << 20, perHostConnections: Int = 2, userAgent: String = FetchPolicy.defaultUserAgent) {
        self.maxRedirects = maxRedirects
        self.connectTimeout = connectTimeout
        self.totalTimeout = totalTimeout
        self.maxBytes = maxBytes
        self.perHostConnections = perHostConnections
        self.userAgent = userAgent
    }
}
