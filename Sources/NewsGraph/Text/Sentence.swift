/// A sentence: its span in the text and its tokens, in order.
public struct Sentence: Sendable, Hashable {
    /// The span from the first token's start to the last token's end, in Unicode scalars.
    public var range: Range<Int>
    /// The tokens of the sentence; never empty for sentences the splitter returns.
    public var tokens: [Token]

    public init(range: Range<Int>, tokens: [Token]) {
        self.range = range
        self.tokens = tokens
    }

    /// Builds a sentence spanning the given tokens (an empty range at 0 when there are none).
    public init(tokens: [Token]) {
        let start = tokens.first?.start ?? 0
        self.init(range: start..<(tokens.last?.end ?? start), tokens: tokens)
    }
}
