/// Why no article could be read from a page.
public struct ArticleExtractionError: Error, Sendable, CustomStringConvertible {
    public enum Reason: Sendable {
        /// The bytes could not be parsed as HTML at all.
        case unreadable(XMLParseError)
        /// The bytes are binary data, not text.
        case notHTML
        /// The page parsed but holds no article body.
        case noArticleText
        /// No article body before the point where the markup nested deeper than the parser
        /// follows (it stops reading there).
        case nestedTooDeep
    }

    /// The page's address or path.
    public var url: String
    public var reason: Reason

    public init(url: String, reason: Reason) {
        self.url = url
        self.reason = reason
    }

    public var description: String {
        switch reason {
        case let .unreadable(error): return error.description
        case .notHTML: return "\(url): binary data, not an HTML page"
        case .noArticleText: return "\(url): no article text found on the page"
        case .nestedTooDeep:
            return "\(url): markup nested more than 256 elements deep; reading stopped there, and no article text came before it"
        }
    }
}
