/// A sentence with its gold tags (IOB2 tag indices, see ``BIOTags``).
public struct LabeledSentence: Sendable, Hashable {
    public var tokens: [String]
    public var tags: [Int]

    public init(tokens: [String], tags: [Int]) {
        self.tokens = tokens
        self.tags = tags
    }
}

/// A document of labeled sentences (CoNLL files separate documents with `-DOCSTART-`).
public struct LabeledDocument: Sendable, Hashable {
    public var sentences: [LabeledSentence]

    public init(sentences: [LabeledSentence]) { self.sentences = sentences }

    public var tokenCount: Int { sentences.reduce(0) { $0 + $1.tokens.count } }
}
