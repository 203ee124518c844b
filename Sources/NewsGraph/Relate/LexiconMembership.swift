/// The relation lexicons a word belongs to, looked up once per sentence item: the event and
/// verb patterns then test a bit per item instead of hashing the word into each lexicon
/// (hashing every word of every article several times was most of their cost).
struct LexiconMembership: OptionSet, Sendable, Hashable {
    let rawValue: UInt8

    /// A key of ``EventLexicon/nouns``.
    static let eventNoun = LexiconMembership(rawValue: 1 << 0)
    /// In ``EventLexicon/perpetratorVerbs``.
    static let perpetratorVerb = LexiconMembership(rawValue: 1 << 1)
    /// In ``EventLexicon/involvementVerbs``.
    static let involvementVerb = LexiconMembership(rawValue: 1 << 2)
    /// A key of ``VerbRelationExtractor/verbs``.
    static let relationVerb = LexiconMembership(rawValue: 1 << 3)

    /// Every word of those lexicons with the ones it is in.
    static let table: [String: LexiconMembership] = {
        var table: [String: LexiconMembership] = [:]
        for word in EventLexicon.nouns.keys { table[word, default: []].insert(.eventNoun) }
        for word in EventLexicon.perpetratorVerbs { table[word, default: []].insert(.perpetratorVerb) }
        for word in EventLexicon.involvementVerbs { table[word, default: []].insert(.involvementVerb) }
        for word in VerbRelationExtractor.verbs.keys { table[word, default: []].insert(.relationVerb) }
        return table
    }()

    /// The lexicons `lower` (a lower-cased word) is in.
    ///
    /// Most words are in none: a word whose (length, first byte, last byte) no lexicon word
    /// has is answered from a bit set without hashing it (see ``signatures``).
    static func of(_ lower: String) -> LexiconMembership {
        guard signatures.mayContain(lower) else { return [] }
        return table[lower] ?? []
    }

    /// The signatures of every word of ``table``.
    static let signatures = WordSignatures(table.keys)
}
