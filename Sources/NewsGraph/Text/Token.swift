/// A token of text with its place in the text it came from.
///
/// `start` and `end` are offsets in Unicode scalars into the tokenized text (end exclusive),
/// the same unit ``Mention`` uses, so a tagger can turn a run of tokens into a mention
/// without re-measuring anything.
///
/// ```swift
/// let tokens = Tokenizer().tokenize("Putin's “visit”")
/// // ["Putin" 0..<5, "'s" 5..<7, "“" 8..<9, "visit" 9..<14, "”" 14..<15]
/// ```
public struct Token: Sendable, Hashable {
    /// The token's text, exactly as it appears in the source.
    public var text: String
    /// Offset of the first Unicode scalar of the token.
    public var start: Int
    /// Offset one past the last Unicode scalar of the token.
    public var end: Int

    public init(text: String, start: Int, end: Int) {
        self.text = text
        self.start = start
        self.end = end
    }

    /// The token's span in Unicode scalars.
    public var range: Range<Int> { start..<end }
}
