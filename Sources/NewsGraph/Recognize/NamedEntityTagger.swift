import Foundation

/// Finds people, organizations, locations and other names (CoNLL's PER, ORG, LOC, MISC) in
/// text with a trained first-order linear model (averaged structured perceptron) and
/// Viterbi decoding over IOB2 tags.
///
/// ```swift
/// let tagger = try NamedEntityTagger(model: .shipped())
/// for mention in tagger.mentions(in: "Angela Merkel met Vladimir Putin in Moscow.") {
///     print(mention.label, mention.text, mention.start, mention.end)
/// }
/// // PER Angela Merkel 0 13
/// // PER Vladimir Putin 18 32
/// // LOC Moscow 36 42
/// ```
///
/// Text goes through ``SentenceSplitter`` and ``Tokenizer`` first; the whole text is one
/// document, so a name tagged in the body informs the same word in a headline.
/// Complexity: O(n) in the number of tokens.
public struct NamedEntityTagger: Sendable {
    public let model: TaggerModel
    public var splitter = SentenceSplitter()
    private let maskedTransitions: [Float]

    public init(model: TaggerModel) {
        self.model = model
        self.maskedTransitions = Viterbi.masked(model.transitions)
    }

    /// The mentions in `text`, in order, with Unicode-scalar offsets into it.
    public func mentions(in text: String) -> [Mention] {
        let scalars = Array(text.unicodeScalars)
        let tokens = splitter.tokenizer.tokenize(scalars: scalars, offset: 0)
        let sentences = splitter.split(tokens: tokens, scalars: scalars)
        var confidences: [[Float]] = []
        let tags = tag(document: sentences.map { $0.tokens.map(\.text) }, confidences: &confidences)
        var mentions: [Mention] = []
        for (s, sentence) in sentences.enumerated() {
            for span in BIOTags.spans(tags[s]) {
                let start = sentence.tokens[span.start].start
                let end = sentence.tokens[span.end - 1].end
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[start..<end])
                var confidence: Float = 1
                for i in span.start..<span.end { confidence = min(confidence, confidences[s][i]) }
                mentions.append(Mention(start: start, end: end, text: String(view), label: span.label,
                                        confidence: Double(confidence)))
            }
        }
        return mentions
    }

    /// IOB2 tag indices (see ``BIOTags``) for the sentences of one document, in order.
    public func tag(document sentences: [[String]]) -> [[Int]] {
        var ignored: [[Float]] = []
        return tag(document: sentences, confidences: &ignored, wantConfidence: false)
    }

    /// Tags a document and reports, per token, the softmax probability of its tag under the
    /// token's own scores (a rough confidence).
    func tag(document sentences: [[String]], confidences: inout [[Float]], wantConfidence: Bool = true) -> [[Int]] {
        var prepared = PreparedDocument(sentences: sentences, gazetteer: model.gazetteer)
        var result: [[Int]] = []
        result.reserveCapacity(sentences.count)
        var scores: [Float] = []
        for (s, infos) in prepared.infos.enumerated() {
            let n = infos.count
            emissions(prepared, sentence: s, into: &scores)
            let tags = scores.withUnsafeBufferPointer { Viterbi.decode(emissions: $0, count: n, masked: maskedTransitions) }
            prepared.context.remember(infos, tags: tags)
            if wantConfidence { confidences.append(Self.confidence(scores, tags, masked: maskedTransitions)) }
            result.append(tags)
        }
        return result
    }

    /// Sums the weight rows of every feature of every token of sentence `s`.
    func emissions(_ doc: PreparedDocument, sentence s: Int, into scores: inout [Float]) {
        let t = BIOTags.count
        let infos = doc.infos[s]
        let n = infos.count
        let first = doc.firstToken[s]
        let stride = FeatureExtractor.stride
        scores = [Float](repeating: 0, count: n * t)
        let features = model.features
        scores.withUnsafeMutableBufferPointer { out in
            model.weights.withUnsafeBufferPointer { w in
                doc.keys.withUnsafeBufferPointer { keys in
                    for i in 0..<n {
                        let o = i * t
                        @inline(__always) func add(_ key: UInt64) {
                            let row = features.value(for: key)
                            guard row >= 0 else { return }
                            let r = Int(row) * t
                            for y in 0..<t { out[o + y] += w[r + y] }
                        }
                        let base = (first + i) * stride
                        for k in base..<(base + stride) {
                            let key = keys[k]
                            if key == 0 { break }
                            add(key)
                        }
                        let (p1, p2) = FeatureExtractor.priorKeys(infos[i], mode: doc.modes[s], context: doc.context)
                        if p1 != 0 { add(p1); add(p2) }
                    }
                }
            }
        }
    }

    /// Per token, the probability of its tag among the tags allowed after the previous one,
    /// from the token's scores plus the transition scores (a local softmax, not a marginal).
    static func confidence(_ scores: [Float], _ tags: [Int], masked transitions: [Float]) -> [Float] {
        let t = BIOTags.count
        return tags.enumerated().map { i, tag in
            let previous = i == 0 ? t : tags[i - 1]
            var local = [Float](repeating: -.infinity, count: t)
            var maxScore = -Float.infinity
            for y in 0..<t where transitions[previous * t + y] > -.infinity {
                local[y] = scores[i * t + y] + transitions[previous * t + y]
                maxScore = max(maxScore, local[y])
            }
            var sum: Float = 0
            for y in 0..<t where local[y] > -.infinity { sum += expf(local[y] - maxScore) }
            return sum > 0 ? expf(local[tag] - maxScore) / sum : 0
        }
    }
}
