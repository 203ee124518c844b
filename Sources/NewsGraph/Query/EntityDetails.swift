/// Everything `show` prints about one entity.
public struct EntityDetails: Sendable, Hashable, Codable {
    public struct Alias: Sendable, Hashable, Codable {
        public var alias: String
        public var count: Int
    }

    public struct ArticleReference: Sendable, Hashable, Codable {
        public var id: Int64
        public var title: String?
        public var url: String
        /// `YYYY-MM-DD` of publication (else of fetching).
        public var date: String?
        public var mentions: Int
    }

    public var entity: EntitySummary
    public var aliases: [Alias]
    public var relationCount: Int
    public var firstSeen: String?
    public var lastSeen: String?
    /// The strongest relations, as ``GraphQuery/neighbors(of:_:)`` lists them.
    public var strongest: [Neighbor]
    /// The latest articles that mention it.
    public var articles: [ArticleReference]
}
