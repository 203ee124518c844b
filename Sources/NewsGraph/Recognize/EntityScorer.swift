/// Entity-level precision, recall and F1 as conlleval computes them: an entity counts as
/// correct only when its type, first and last token all match.
///
/// ```swift
/// var scorer = EntityScorer()
/// scorer.add(gold: [1, 5, 0], predicted: [1, 0, 0])   // B-PER I-PER O vs B-PER O O
/// scorer.overall.f1  // 0
/// ```
public struct EntityScorer: Sendable {
    /// Counts for one entity type (or all of them).
    public struct Counts: Sendable, Hashable {
        public var correct = 0
        public var gold = 0
        public var predicted = 0

        public init(correct: Int = 0, gold: Int = 0, predicted: Int = 0) {
            self.correct = correct
            self.gold = gold
            self.predicted = predicted
        }

        /// Precision in percent (0 when nothing was predicted).
        public var precision: Double { predicted == 0 ? 0 : 100 * Double(correct) / Double(predicted) }
        /// Recall in percent (0 when there is no gold entity).
        public var recall: Double { gold == 0 ? 0 : 100 * Double(correct) / Double(gold) }
        /// F1 in percent.
        public var f1: Double {
            let p = precision, r = recall
            return p + r == 0 ? 0 : 2 * p * r / (p + r)
        }
    }

    public private(set) var overall = Counts()
    public private(set) var perType: [EntityLabel: Counts] = [:]

    public init() {
        for label in BIOTags.types { perType[label] = Counts() }
    }

    /// Adds one sentence's gold and predicted IOB2 tag sequences (same length).
    public mutating func add(gold: [Int], predicted: [Int]) {
        let goldSpans = BIOTags.spans(gold)
        let predictedSpans = BIOTags.spans(predicted)
        let goldSet = Set(goldSpans)
        for span in goldSpans {
            overall.gold += 1
            perType[span.label, default: Counts()].gold += 1
        }
        for span in predictedSpans {
            overall.predicted += 1
            perType[span.label, default: Counts()].predicted += 1
            if goldSet.contains(span) {
                overall.correct += 1
                perType[span.label, default: Counts()].correct += 1
            }
        }
    }
}
