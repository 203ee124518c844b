/// One unit of a sentence as the relation patterns read it: a word or punctuation token, or a
/// whole entity name (then `entity` is set and `text` is the name as written).
struct SentenceItem: Sendable, Hashable {
    var start: Int
    var end: Int
    var text: String
    var lower: String
    var entity: Int?
    /// A title the resolver stripped from this person's mention ("Ambassador").
    var title: String?
    /// A country named by its adjective or nationality ("Russian", "Americans"): a modifier of
    /// what follows or a group of people, never the country acting itself.
    var isDemonym = false
    /// The relation lexicons the word is in (none for an entity); see ``LexiconMembership``.
    var lexicons: LexiconMembership = []

    func isWord(_ words: Set<String>) -> Bool { entity == nil && words.contains(lower) }
    /// For a literal list (`isWord(["in", "at"])`): compared in turn, where a `Set` literal
    /// would be built and every word hashed on each call.
    func isWord(_ words: [String]) -> Bool { entity == nil && words.contains(lower) }
    func isWord(_ word: String) -> Bool { entity == nil && lower == word }

    /// A lower-case word or a title ("shipping", "firm", "Foreign", "Minister").
    var isLowercaseOrTitle: Bool {
        guard entity == nil, let first = text.unicodeScalars.first, ScalarClass.isAlphabetic(first) else { return false }
        return !ScalarClass.isUppercase(first) || RoleTitles.allWords.contains(lower) || ResolverLexicon.titles.contains(lower)
    }
}
