/// An analyzer that finds nothing: articles are stored without entities or relations.
/// Used when ingest runs without a tagger (`newsgraph ingest` before the tagger is wired,
/// and tests of the pipeline's plumbing).
public struct NoAnalysis: ArticleAnalyzer {
    public init() {}
    public func analyze(_ article: Article) -> ArticleGraph { .empty }
}
