/// What a document turned out to be once read.
public enum ReadDocument: Sendable {
    case feed(Feed)
    case page(Article)
}

/// The seam between the ingest pipeline and the parsers: bytes in, a feed or a page out.
/// The content decides which; `contentType` is only a hint (servers mislabel).
///
/// The pipeline depends on this protocol only, so the feed parser and the page extractor
/// can change (or be faked in tests) without touching it.
public protocol DocumentReading: Sendable {
    /// - Parameters:
    ///   - bytes: the raw document, in whatever encoding it came.
    ///   - url: where it came from (final URL after redirects, or a file path).
    ///   - contentType: the HTTP `Content-Type`, when there was one.
    /// - Throws: an error that says why the bytes are neither a feed nor a page.
    func read(_ bytes: [UInt8], url: String, contentType: String?) throws -> ReadDocument
}

/// The bytes were neither a feed nor an HTML page.
public struct DocumentReadError: Error, Sendable, Hashable, CustomStringConvertible {
    public var url: String
    public var reason: String

    public init(url: String, reason: String) {
        self.url = url
        self.reason = reason
    }

    public var description: String { "\(url): \(reason)" }
}
