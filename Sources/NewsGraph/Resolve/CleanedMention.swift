/// A mention after the resolver stripped determiners, titles, possessives and headline verbs:
/// the span that names the entity, and what was cut from it.
struct CleanedMention: Sendable, Hashable {
    /// Index into the tagger's mentions; nil for spans the resolver found itself
    /// (acronyms defined in parentheses, descriptive references).
    var mentionIndex: Int?
    var start: Int
    var end: Int
    var text: String
    var label: EntityLabel
    var tokens: [GraphToken]
    /// A title stripped from the front of a person's name ("President").
    var title: String?
    /// The owner in "Russia's FSB" when the tagger returned the whole phrase as one mention.
    var owner: Owner?
    /// The lower-cased word right after the span ("rainforest" after "Amazon"), if any.
    var nextWord: String?

    struct Owner: Sendable, Hashable {
        var text: String
        var start: Int
        var end: Int
    }
}
