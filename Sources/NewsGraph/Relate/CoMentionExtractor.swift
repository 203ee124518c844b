/// co_mention: every two entities named in the same sentence, undirected. The store sums them
/// into a weight (the number of such sentences).
struct CoMentionExtractor: Sendable {
    func extract(_ sentence: SentenceView, entities: [ResolvedEntity], into sink: inout RelationSink) {
        let named = sentence.entities.filter { entities[$0].kind != .misc }
        for (i, a) in named.enumerated() {
            for b in named[(i + 1)...] { sink.add(a, "co_mention", b, directed: false, evidence: sentence.evidence) }
        }
    }
}
