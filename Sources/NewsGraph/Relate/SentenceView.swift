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
        let whole = wholeTextTokens ?? []
        for range in sentences {
            // The sentence's tokens are whole[reused] then tail, read in place (no joined copy).
            let (reused, tail) = wholeTextTokens != nil
                ? GraphTokenizer.parts(text, from: range.lowerBound, to: range.upperBound, reusing: whole)
                : (0..<0, GraphTokenizer.tokens(text, from: range.lowerBound, to: range.upperBound))
            let count = reused.count + tail.count
            func start(_ t: Int) -> Int { t < reused.count ? whole[reused.lowerBound + t].start : tail[t - reused.count].start }
            var items: [SentenceItem] = []
            items.reserveCapacity(count)
            while spanIndex < sortedSpans.count && sortedSpans[spanIndex].end <= range.lowerBound { spanIndex += 1 }
            var s = spanIndex
            var t = 0
            while t < count {
                let tokenStart = start(t)
                let tokenEnd = t < reused.count ? whole[reused.lowerBound + t].end : tail[t - reused.count].end
                while s < sortedSpans.count && sortedSpans[s].end <= tokenStart { s += 1 }
                if s < sortedSpans.count, sortedSpans[s].start < tokenEnd, sortedSpans[s].start >= range.lowerBound,
                   sortedSpans[s].end <= range.upperBound {
                    let span = sortedSpans[s]
                    let name = text.slice(span.start, span.end)
                    items.append(SentenceItem(start: span.start, end: span.end, text: name, lower: name.asciiFastLowercased,
                                              entity: span.entity, title: span.title))
                    while t < count && start(t) < span.end { t += 1 }
                    s += 1
                    continue
                }
                if t < reused.count {
                    items.append(Self.item(whole[reused.lowerBound + t]))
                } else {
                    items.append(Self.item(tail[t - reused.count]))
                }
                t += 1
            }
            let evidence = Evidence(sentence: text.slice(range.lowerBound, range.upperBound), start: range.lowerBound, end: range.upperBound)
            views.append(SentenceView(range: range, items: items, evidence: evidence))
        }
        return views
    }

    /// A word or punctuation item.
    @inline(__always) private static func item(_ token: GraphToken) -> SentenceItem {
        SentenceItem(start: token.start, end: token.end, text: token.text, lower: token.lower,
                     lexicons: LexiconMembership.of(token.lower))
    }

    /// The entity indexes named in this sentence, in order of first appearance.
    var entities: [Int] {
        var seen = Set<Int>(), result: [Int] = []
        for item in items { if let e = item.entity, seen.insert(e).inserted { result.append(e) } }
        return result
    }
}
