/// What `split` moved from an entity to the new one.
public struct SplitOutcome: Sendable, Hashable, Codable {
    /// The entity split, after the split.
    public var source: EntitySummary
    /// The new entity.
    public var created: EntitySummary
    /// The alias rows moved (as stored).
    public var aliases: [String]
    /// Mention rows whose surface form folds to a moved alias.
    public var mentions: Int
    /// Articles whose counts were divided between the two entities.
    public var articles: Int
    /// Evidence sentences that name the new entity's aliases and none of the old entity's
    /// remaining forms: moved to the new entity's relations.
    public var evidenceMoved: Int
    /// Evidence sentences that name both: left with the old entity (which one the relation
    /// meant cannot be told from the sentence).
    public var evidenceAmbiguous: Int
    /// Evidence sentences with no stored mention of either (e.g. found through a pronoun or
    /// coreference): left with the old entity.
    public var evidenceUnattributed: Int

    public init(source: EntitySummary, created: EntitySummary, aliases: [String], mentions: Int = 0, articles: Int = 0,
                evidenceMoved: Int = 0, evidenceAmbiguous: Int = 0, evidenceUnattributed: Int = 0) {
        self.source = source
        self.created = created
        self.aliases = aliases
        self.mentions = mentions
        self.articles = articles
        self.evidenceMoved = evidenceMoved
        self.evidenceAmbiguous = evidenceAmbiguous
        self.evidenceUnattributed = evidenceUnattributed
    }
}
