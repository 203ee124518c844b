import Foundation

/// An analysed article on its way to the store: what ``GraphStore/save(_:)`` takes.
public struct PendingArticle: Sendable {
    public var article: Article
    public var graph: ArticleGraph
    /// The URL of the feed it came from, if any.
    public var source: String?
    /// When it was read; the date of its evidence when it has no published date.
    public var fetched: Date

    public init(article: Article, graph: ArticleGraph, source: String?, fetched: Date) {
        self.article = article
        self.graph = graph
        self.source = source
        self.fetched = fetched
    }
}
