/// A sentence of the article as a sequence of ``SentenceItem``s, with the evidence it gives.
struct SentenceView: Sendable {
    var range: Range<Int>
    var items: [SentenceItem]
    var evidence: Evidence

    /// Builds the views of all sentences: tokens inside an entity span collapse into one item.
    /// - Parameter wholeTextTokens: the whole text's tokens, when known, to save tokenizing
    ///   each sentence again (see ``GraphTokenizer/tokens(_:from:to:reusing:)``).
    static func build(text: ScalarText, sentences: [Range<Int>], spans: [ResolvedDocument.Span],
                      wholeTextTokens: [GraphToken]? = nil) -> [SentenceView] {
        var views: [SentenceView] = []
        var spanIndex = 0
        let sortedSpans = spans.sorted { $0.start < $1.start }
        for range in sentences {
            let tokens = wholeTextTokens.map { GraphTokenizer.tokens(text, from: range.lowerBound, to: range.upperBound, reusing: $0) }
                ?? GraphTokenizer.tokens(text, from: range.lowerBound, to: range.upperBound)
            var items: [SentenceItem] = []
            items.reserveCapacity(tokens.count)
            while spanIndex < sortedSpans.count && sortedSpans[spanIndex].end <= range.lowerBound { spanIndex += 1 }
            var s = spanIndex
            var t = 0
            while t < tokens.count {
                let token = tokens[t]
                while s < sortedSpans.count && sortedSpans[s].end <= token.start { s += 1 }
                if s < sortedSpans.count, sortedSpans[s].start < token.end, sortedSpans[s].start >= range.lowerBound,
                   sortedSpans[s].end <= range.upperBound {
                    let span = sortedSpans[s]
                    let name = text.slice(span.start, span.end)
                    items.append(SentenceItem(start: span.start, end: span.end, text: name, lower: name.asciiFastLowercased,
                                              entity: span.entity, title: span.title))
                    while t < tokens.count && tokens[t].start < span.end { t += 1 }
                    s += 1
                    continue
                }
                items.append(SentenceItem(start: token.start, end: token.end, text: token.text, lower: token.lower,
                                          lexicons: LexiconMembership.of(token.lower)))
                t += 1
            }
            let evidence = Evidence(sentence: text.slice(range.lowerBound, range.upperBound), start: range.lowerBound, end: range.upperBound)
            views.append(SentenceView(range: range, items: items, evidence: evidence))
        }
        return views
    }

    /// The entity indexes named in this sentence, in order of first appearance.
    var entities: [Int] {
        var seen = Set<Int>(), result: [Int] = []
        for item in items { if let e = item.entity, seen.insert(e).inserted { result.append(e) } }
        return result
    }
}
