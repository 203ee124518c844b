/// What `merge A B` moved from A into B; the CLI prints it, tests check it.
public struct MergeOutcome: Sendable, Hashable, Codable {
    /// A as it was before the merge (it no longer exists).
    public var source: EntitySummary
    /// B after the merge.
    public var target: EntitySummary
    /// Mention rows re-pointed from A to B.
    public var mentions: Int
    /// Articles that named A; `sharedArticles` of them named B too (their rows were added up).
    public var articles: Int
    public var sharedArticles: Int
    /// A's alias rows added to B's (plus A's name, as a user alias).
    public var aliases: Int
    /// A's relations now attached to B unchanged.
    public var relationsRepointed: Int
    /// A's relations that collided with one of B's and were combined into it.
    public var relationsCombined: Int
    /// Relations between A and B, dropped because they would join B to itself.
    public var selfLoopsDropped: Int
    /// Evidence rows that moved to B's relations.
    public var evidenceMoved: Int
    /// Evidence rows dropped: those of self-loops, and sentences both relations already had.
    public var evidenceDropped: Int

    public init(source: EntitySummary, target: EntitySummary, mentions: Int = 0, articles: Int = 0, sharedArticles: Int = 0,
                aliases: Int = 0, relationsRepointed: Int = 0, relationsCombined: Int = 0, selfLoopsDropped: Int = 0,
                evidenceMoved: Int = 0, evidenceDropped: Int = 0) {
        self.source = source
        self.target = target
        self.mentions = mentions
        self.articles = articles
        self.sharedArticles = sharedArticles
        self.aliases = aliases
        self.relationsRepointed = relationsRepointed
        self.relationsCombined = relationsCombined
        self.selfLoopsDropped = selfLoopsDropped
        self.evidenceMoved = evidenceMoved
        self.evidenceDropped = evidenceDropped
    }
}
