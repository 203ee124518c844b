/// The resolver's output for one article: its entities and where each is named.
struct ResolvedDocument: Sendable {
    /// A stretch of text that names an entity.
    struct Span: Sendable, Hashable {
        var start: Int
        var end: Int
        var entity: Int
        /// The tagger mention it came from, if any.
        var mentionIndex: Int?
        /// A title stripped from a person's name, kept for role relations.
        var title: String?
    }

    /// "Russia's FSB" or "White House National Security Council" inside one mention:
    /// `entity` is part of `owner`, read at `start`.
    struct Modifier: Sendable, Hashable {
        var entity: Int
        var owner: Int
        var start: Int
    }

    var entities: [ResolvedEntity]
    /// For each tagger mention, its entity (nil when dropped).
    var mentionEntity: [Int?]
    /// Sorted by start; no two overlap.
    var spans: [Span]
    /// Locations the gazetteer places in a country (entity index → alpha-2).
    var cityCountry: [Int: String]
    var modifiers: [Modifier]
    /// The whole text's tokens, for the relation patterns to reuse.
    var tokens: [GraphToken] = []
}
