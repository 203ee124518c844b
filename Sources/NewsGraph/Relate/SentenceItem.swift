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

    func isWord(_ words: Set<String>) -> Bool { entity == nil && words.contains(lower) }
    func isWord(_ word: String) -> Bool { entity == nil && lower == word }
}
