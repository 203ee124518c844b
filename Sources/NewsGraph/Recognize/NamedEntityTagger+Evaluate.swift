import Foundation

/// The result of tagging a labeled data set.
public struct TaggerEvaluation: Sendable {
    public var scorer: EntityScorer
    public var tokens: Int
    /// Seconds spent tagging (model loading and file reading excluded).
    public var seconds: Double
    public var tokensPerSecond: Double { seconds > 0 ? Double(tokens) / seconds : 0 }
}

extension NamedEntityTagger {
    /// Tags every document of a labeled set and scores it entity by entity (conlleval).
    public func evaluate(_ documents: [LabeledDocument]) -> TaggerEvaluation {
        let inputs = documents.map { $0.sentences.map(\.tokens) }
        var outputs: [[[Int]]] = []
        outputs.reserveCapacity(inputs.count)
        let clock = ContinuousClock()
        let started = clock.now
        for doc in inputs { outputs.append(tag(document: doc)) }
        let elapsed = clock.now - started
        var scorer = EntityScorer()
        var tokens = 0
        for (d, doc) in documents.enumerated() {
            for (s, sentence) in doc.sentences.enumerated() {
                scorer.add(gold: sentence.tags, predicted: outputs[d][s])
                tokens += sentence.tokens.count
            }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return TaggerEvaluation(scorer: scorer, tokens: tokens, seconds: seconds)
    }
}
