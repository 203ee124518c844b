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
    /// The model's keys and weight rows side by side (one cache miss per feature).
    let featureTable: FeatureTable
    private let forwardBackward: ForwardBackward

    public init(model: TaggerModel) {
        self.model = model
        self.maskedTransitions = Viterbi.masked(model.transitions)
        self.featureTable = FeatureTable(rowKeys: model.rowKeys, weights: model.weights)
        self.forwardBackward = ForwardBackward(masked: maskedTransitions, temperature: model.confidenceTemperature)
    }

    /// The mentions in `text`, in order, with Unicode-scalar offsets into it.
    public func mentions(in text: String) -> [Mention] {
        mentionsAndSentences(in: text).mentions
    }

    /// The mentions in `text` and the sentences the tagger read it as (``splitter``'s).
    public func mentionsAndSentences(in text: String) -> (mentions: [Mention], sentences: [Range<Int>]) {
        mentionsAndSentences(in: ScalarText(text))
    }

    /// The same for a text already decoded into scalars: ``GraphBuilder`` decodes each
    /// article once for the tagger, the resolver and the relation patterns.
    func mentionsAndSentences(in text: ScalarText) -> (mentions: [Mention], sentences: [Range<Int>]) {
        let scalars = text.scalars
        let tokens = splitter.tokenizer.tokenize(scalars: scalars, offset: 0)
        // Sentences as runs of the tokens, read in place (no copy of each run's tokens).
        let sentences = splitter.boundaries(tokens: tokens, scalars: scalars)
        var confidences: [[Float]] = []
        let tags = tag(document: sentences.map { tokens[$0].map(\.text) }, confidences: &confidences)
        var mentions: [Mention] = []
        for (s, sentence) in sentences.enumerated() {
            for span in BIOTags.spans(tags[s]) {
                let start = tokens[sentence.lowerBound + span.start].start
                let end = tokens[sentence.lowerBound + span.end - 1].end
                var confidence: Float = 1
                for i in span.start..<span.end { confidence = min(confidence, confidences[s][i]) }
                mentions.append(Mention(start: start, end: end, text: String(scalars: scalars[start..<end]), label: span.label,
                                        confidence: Double(confidence)))
            }
        }
        return (mentions, sentences.map { tokens[$0.lowerBound].start..<tokens[$0.upperBound - 1].end })
    }

    /// IOB2 tag indices (see ``BIOTags``) for the sentences of one document, in order.
    public func tag(document sentences: [[String]]) -> [[Int]] {
        var ignored: [[Float]] = []
        return tag(document: sentences, confidences: &ignored, wantConfidence: false)
    }

    /// Mentions of a labeled document's sentences with their confidences, and whether each
    /// is correct (for calibrating ``TaggerModel/confidenceTemperature``).
    func scoredMentions(_ document: LabeledDocument) -> [(confidence: Float, correct: Bool)] {
        var confidences: [[Float]] = []
        let tags = tag(document: document.sentences.map(\.tokens), confidences: &confidences)
        var result: [(confidence: Float, correct: Bool)] = []
        for (s, sentence) in document.sentences.enumerated() {
            let gold = Set(BIOTags.spans(sentence.tags))
            for span in BIOTags.spans(tags[s]) {
                var c: Float = 1
                for i in span.start..<span.end { c = min(c, confidences[s][i]) }
                result.append((c, gold.contains(span)))
            }
        }
        return result
    }

    /// Tags a document and reports, per token, the marginal probability of its tag (see
    /// ``confidence(_:_:masked:temperature:)``). Only mentions read confidences, so a sentence
    /// tagged all `O` gets an empty row instead of a forward-backward pass.
    func tag(document sentences: [[String]], confidences: inout [[Float]], wantConfidence: Bool = true) -> [[Int]] {
        var prepared = PreparedDocument(sentences: sentences, gazetteer: model.gazetteer, storeKeys: false)
        var result: [[Int]] = []
        result.reserveCapacity(sentences.count)
        var scores: [Float] = []
        var keys: [UInt64] = []
        for (s, infos) in prepared.infos.enumerated() {
            let n = infos.count
            keys.removeAll(keepingCapacity: true)
            FeatureExtractor.keys(infos, mode: prepared.modes[s], context: prepared.context, into: &keys)
            emissions(prepared, sentence: s, keys: keys, into: &scores)
            let tags = scores.withUnsafeBufferPointer { Viterbi.decode(emissions: $0, count: n, masked: maskedTransitions) }
            prepared.context.remember(infos, tags: tags)
            if wantConfidence {
                confidences.append(tags.contains { $0 != BIOTags.outside }
                    ? forwardBackward.confidence(scores, tags)
                    : [])
            }
            result.append(tags)
        }
        return result
    }

    /// Sums the weight rows of every feature of every token of sentence `s`, whose static
    /// keys are `keys` (`FeatureExtractor.stride` per token), in key order.
    ///
    /// Per token, the lookups run in batches (see ``FeatureTable``): all candidate slots from
    /// the small tag array, then one load per candidate slot with no branch between them, so
    /// their cache misses overlap, then the sums, in key order, from the cache.
    func emissions(_ doc: PreparedDocument, sentence s: Int, keys sentenceKeys: [UInt64], into scores: inout [Float]) {
        let t = BIOTags.count
        let infos = doc.infos[s]
        let n = infos.count
        let stride = FeatureExtractor.stride
        let perToken = stride + FeatureExtractor.dynamicStride
        scores = [Float](repeating: 0, count: n * t)
        let table = featureTable
        scores.withUnsafeMutableBufferPointer { out in
            sentenceKeys.withUnsafeBufferPointer { keys in
                withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 2 * perToken) { buffer in
                    withUnsafeTemporaryAllocation(of: Int.self, capacity: perToken) { candidates in
                        guard let tokenKeys = buffer.baseAddress else { return }
                        let stored = tokenKeys + perToken
                        for i in 0..<n {
                            var count = 0
                            let base = i * stride
                            while count < stride, keys[base + count] != 0 {
                                tokenKeys[count] = keys[base + count]
                                count += 1
                            }
                            let (p1, p2) = FeatureExtractor.priorKeys(infos[i], mode: doc.modes[s], context: doc.context)
                            if p1 != 0 {
                                tokenKeys[count] = p1
                                tokenKeys[count + 1] = p2
                                count += 2
                            }
                            for k in 0..<count { candidates[k] = table.candidate(for: tokenKeys[k]) }
                            for k in 0..<count { stored[k] = table.key(at: candidates[k]) }
                            let o = i * t
                            if t == 9 {
                                // Eight tags in one SIMD sum and the ninth beside it, held in
                                // registers: per tag the same additions in the same order as
                                // the loop below (lane-wise IEEE adds, no fused multiply-add).
                                var low = SIMD8<Float>()
                                var ninth: Float = 0
                                for k in 0..<count {
                                    guard let row = table.row(for: tokenKeys[k], candidate: candidates[k], stored: stored[k]) else { continue }
                                    low += row.loadUnaligned(as: SIMD8<Float>.self)
                                    ninth += row.load(fromByteOffset: 32, as: Float.self)
                                }
                                for y in 0..<8 { out[o + y] = low[y] }
                                out[o + 8] = ninth
                                continue
                            }
                            for k in 0..<count {
                                guard let row = table.row(for: tokenKeys[k], candidate: candidates[k], stored: stored[k]) else { continue }
                                for y in 0..<t { out[o + y] += row.load(fromByteOffset: 4 * y, as: Float.self) }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Per token, the marginal probability of its tag over all valid tag sequences, reading
    /// the model's scores as a linear-chain CRF's log-potentials (forward-backward). Perceptron
    /// scores are not calibrated, so this ranks mentions rather than promising a frequency.
    ///
    /// Runs in probability space with per-token scaling: one `expf` per score instead of one
    /// per tag pair and token. When the scaled values underflow (extreme scores), it falls
    /// back to ``logSpaceConfidence(_:_:masked:temperature:)``, which it equals otherwise up
    /// to float rounding.
    static func confidence(_ rawScores: [Float], _ tags: [Int], masked rawTransitions: [Float], temperature: Float = 1) -> [Float] {
        ForwardBackward(masked: rawTransitions, temperature: temperature).confidence(rawScores, tags)
    }

    /// The same marginals computed in log space and Double precision: slower (an `exp` per
    /// tag pair and token), but safe for any scores; the fallback and the reference of ``confidence(_:_:masked:temperature:)``.
    static func logSpaceConfidence(_ rawScores: [Float], _ tags: [Int], masked rawTransitions: [Float], temperature: Float = 1) -> [Float] {
        let t = BIOTags.count
        let n = tags.count
        guard n > 0 else { return [] }
        // Double: with hundreds of tokens, Float sums of log-potentials lose the 4th decimal.
        let scores = rawScores.map { Double($0) / Double(temperature) }
        let transitions = rawTransitions.map { Double($0) / Double(temperature) }
        var values = [Double](repeating: 0, count: t)
        func logSumExp(_ values: [Double]) -> Double {
            var m = -Double.infinity
            for v in values where v > m { m = v }
            guard m > -.infinity else { return -.infinity }
            var sum: Double = 0
            for v in values { sum += exp(v - m) }
            return m + log(sum)
        }
        var alpha = [Double](repeating: -.infinity, count: n * t)
        var beta = [Double](repeating: 0, count: n * t)
        for y in 0..<t { alpha[y] = scores[y] + transitions[t * t + y] }
        if n > 1 {
            for i in 1..<n {
                for y in 0..<t {
                    for z in 0..<t { values[z] = alpha[(i - 1) * t + z] + transitions[z * t + y] }
                    alpha[i * t + y] = scores[i * t + y] + logSumExp(values)
                }
            }
            for i in stride(from: n - 2, through: 0, by: -1) {
                for y in 0..<t {
                    for z in 0..<t { values[z] = transitions[y * t + z] + scores[(i + 1) * t + z] + beta[(i + 1) * t + z] }
                    beta[i * t + y] = logSumExp(values)
                }
            }
        }
        let total = logSumExp((0..<t).map { alpha[(n - 1) * t + $0] })
        return (0..<n).map { i in
            let p = Float(exp(alpha[i * t + tags[i]] + beta[i * t + tags[i]] - total))
            return p.isFinite ? min(1, max(0, p)) : 0
        }
    }
}
