/// A word or punctuation token with its Unicode-scalar offsets, as the resolver and the
/// relation patterns read text. Possessive "'s" is a token of its own.
struct GraphToken: Sendable, Hashable {
    var start: Int
    var end: Int
    var text: String
    var lower: String

    var isCapitalized: Bool { text.unicodeScalars.first.map(ScalarClass.isUppercase) ?? false }
    var isWord: Bool { text.unicodeScalars.first.map { ScalarClass.isAlphabetic($0) || ("0"..."9").contains($0) } ?? false }
    var isPossessive: Bool { lower == "'s" || lower == "'" }
}
