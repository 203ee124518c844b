import Foundation

/// A successful download.
public struct FetchedResource: Sendable, Hashable {
    /// The URL asked for.
    public var url: String
    /// Where the last redirect led.
    public var finalURL: String
    public var status: Int
    /// The `Content-Type` header, verbatim (it may carry a charset).
    public var contentType: String?
    public var etag: String?
    public var lastModified: String?
    /// The body, decompressed.
    public var body: [UInt8]

    public init(url: String, finalURL: String, status: Int, contentType: String?, etag: String?, lastModified: String?, body: [UInt8]) {
        self.url = url
        self.finalURL = finalURL
        self.status = status
        self.contentType = contentType
        self.etag = etag
        self.lastModified = lastModified
        self.body = body
    }
}

/// What a conditional fetch found.
public enum FetchResult: Sendable, Hashable {
    case fetched(FetchedResource)
    /// The server answered 304: the copy from the validators is current; nothing was downloaded.
    case notModified(url: String, finalURL: String)
}
