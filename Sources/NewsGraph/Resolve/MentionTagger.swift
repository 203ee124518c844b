/// Finds the named-entity mentions of a text: the seam where the trained tagger plugs into
/// ``GraphBuilder``. Offsets are Unicode-scalar offsets into `text`.
public protocol MentionTagger: Sendable {
    func mentions(in text: String) -> [Mention]
}

/// A ``MentionTagger`` made from a closure, for tests and for gold mentions.
public struct ClosureTagger: MentionTagger {
    private let body: @Sendable (String) -> [Mention]
    public init(_ body: @escaping @Sendable (String) -> [Mention]) { self.body = body }
    public func mentions(in text: String) -> [Mention] { body(text) }
}
