/// Finds the named-entity mentions of a text: the seam where the trained tagger plugs into
/// ``GraphBuilder``. Offsets are Unicode-scalar offsets into `text`.
public protocol MentionTagger: Sendable {
    func mentions(in text: String) -> [Mention]

    /// The mentions of `text` and its sentence ranges (Unicode-scalar offsets, end exclusive).
    ///
    /// A tagger that splits sentences anyway returns its own, so ``GraphBuilder`` does not
    /// tokenize the text a second time; the default splits with ``SentenceSplitter``.
    func mentionsAndSentences(in text: String) -> (mentions: [Mention], sentences: [Range<Int>])
}

extension MentionTagger {
    public func mentionsAndSentences(in text: String) -> (mentions: [Mention], sentences: [Range<Int>]) {
        (mentions(in: text), SentenceSplitter().ranges(text))
    }
}

/// A ``MentionTagger`` made from a closure, for tests and for gold mentions.
public struct ClosureTagger: MentionTagger {
    private let body: @Sendable (String) -> [Mention]
    public init(_ body: @escaping @Sendable (String) -> [Mention]) { self.body = body }
    public func mentions(in text: String) -> [Mention] { body(text) }
}
