import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The result of tagging a labeled data set.
public struct TaggerEvaluation: Sendable {
    public var scorer: EntityScorer
    public var tokens: Int
    /// CPU seconds the tagging thread spent tagging (model loading and file reading
    /// excluded): one core's work, whatever else the machine is doing.
    public var seconds: Double
    /// Wall-clock seconds of the same work (larger on a busy machine).
    public var wallSeconds: Double
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
        let cpuStarted = Self.threadCPUSeconds()
        for doc in inputs { outputs.append(tag(document: doc)) }
        let cpu = Self.threadCPUSeconds() - cpuStarted
        let elapsed = clock.now - started
        var scorer = EntityScorer()
        var tokens = 0
        for (d, doc) in documents.enumerated() {
            for (s, sentence) in doc.sentences.enumerated() {
                scorer.add(gold: sentence.tags, predicted: outputs[d][s])
                tokens += sentence.tokens.count
            }
        }
        let wall = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return TaggerEvaluation(scorer: scorer, tokens: tokens, seconds: cpu > 0 ? cpu : wall, wallSeconds: wall)
    }

    /// CPU time of the calling thread, in seconds (0 where the clock is unavailable).
    static func threadCPUSeconds() -> Double {
        var spec = timespec()
        guard clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec) == 0 else { return 0 }
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}
