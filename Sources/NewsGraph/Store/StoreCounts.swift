/// Row counts of the stored graph, for `newsgraph stats`.
public struct StoreCounts: Sendable, Hashable, Codable {
    public var articles: Int
    public var sources: Int
    public var entities: Int
    public var relations: Int
    public var mentions: Int
    public var evidence: Int

    public init(articles: Int = 0, sources: Int = 0, entities: Int = 0, relations: Int = 0, mentions: Int = 0, evidence: Int = 0) {
        self.articles = articles
        self.sources = sources
        self.entities = entities
        self.relations = relations
        self.mentions = mentions
        self.evidence = evidence
    }
}
