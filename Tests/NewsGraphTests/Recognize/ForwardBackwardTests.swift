import Foundation
import Testing
@testable import NewsGraph

/// ForwardBackward must give, bit for bit, what the per-sentence implementation it replaced
/// gave (copied below as the reference).
@Suite struct ForwardBackwardTests {
    /// The scaled forward-backward as NamedEntityTagger.confidence computed it before
    /// ForwardBackward (transitions exponentiated per call, Swift arrays).
    static func reference(_ rawScores: [Float], _ tags: [Int], masked rawTransitions: [Float], temperature: Float) -> [Float] {
        let t = BIOTags.count
        let n = tags.count
        guard n > 0 else { return [] }
        let inverse = 1 / temperature
        var transitionMax = -Float.infinity
        for v in rawTransitions where v.isFinite { transitionMax = max(transitionMax, v * inverse) }
        guard transitionMax.isFinite else { return NamedEntityTagger.logSpaceConfidence(rawScores, tags, masked: rawTransitions, temperature: temperature) }
        var transition = [Float](repeating: 0, count: rawTransitions.count)
        for k in rawTransitions.indices { transition[k] = expf(rawTransitions[k] * inverse - transitionMax) }
        var emission = [Float](repeating: 0, count: n * t)
        for i in 0..<n {
            var m = -Float.infinity
            for y in 0..<t { m = max(m, rawScores[i * t + y] * inverse) }
            for y in 0..<t { emission[i * t + y] = expf(rawScores[i * t + y] * inverse - m) }
        }
        var alpha = [Float](repeating: 0, count: n * t)
        var beta = [Float](repeating: 1, count: n * t)
        var scale = [Float](repeating: 1, count: n)
        var sum: Float = 0
        for y in 0..<t { alpha[y] = emission[y] * transition[t * t + y]; sum += alpha[y] }
        guard sum > 0, sum.isFinite else { return NamedEntityTagger.logSpaceConfidence(rawScores, tags, masked: rawTransitions, temperature: temperature) }
        scale[0] = sum
        for y in 0..<t { alpha[y] /= sum }
        if n > 1 {
            for i in 1..<n {
                sum = 0
                for y in 0..<t {
                    var acc: Float = 0
                    for z in 0..<t { acc += alpha[(i - 1) * t + z] * transition[z * t + y] }
                    alpha[i * t + y] = acc * emission[i * t + y]
                    sum += alpha[i * t + y]
                }
                guard sum > 0, sum.isFinite else { return NamedEntityTagger.logSpaceConfidence(rawScores, tags, masked: rawTransitions, temperature: temperature) }
                scale[i] = sum
                for y in 0..<t { alpha[i * t + y] /= sum }
            }
            for i in stride(from: n - 2, through: 0, by: -1) {
                for y in 0..<t {
                    var acc: Float = 0
                    for z in 0..<t { acc += transition[y * t + z] * emission[(i + 1) * t + z] * beta[(i + 1) * t + z] }
                    beta[i * t + y] = acc / scale[i + 1]
                }
            }
        }
        return (0..<n).map { i in
            let p = alpha[i * t + tags[i]] * beta[i * t + tags[i]]
            return p.isFinite ? min(1, max(0, p)) : 0
        }
    }

    @Test(arguments: [Float(1), 2.5, 16])
    func equalsThePerSentenceImplementationBitForBit(temperature: Float) {
        let transitions = ConfidenceTests.transitions
        let model = ForwardBackward(masked: transitions, temperature: temperature)
        var checked = 0
        for (length, spread) in [(1, Float(5)), (2, 5), (7, 30), (40, 20), (200, 8), (25, 400)] {
            for seed in UInt64(1)...15 {
                let (scores, tags) = ConfidenceTests.sentence(length: length, spread: spread, seed: seed)
                let fast = model.confidence(scores, tags)
                let old = Self.reference(scores, tags, masked: transitions, temperature: temperature)
                #expect(fast.map(\.bitPattern) == old.map(\.bitPattern), "length \(length) seed \(seed)")
                checked += fast.count
            }
        }
        #expect(checked > 4_000)
        #expect(model.confidence([], []) == [])
    }

    @Test func underflowFallsBackLikeBefore() {
        let transitions = ConfidenceTests.transitions
        let (base, _) = ConfidenceTests.sentence(length: 6, spread: 1, seed: 3)
        var scores = base
        for i in 0..<6 { scores[i * BIOTags.count + BIOTags.inside(0)] += 5_000 }
        let tags = scores.withUnsafeBufferPointer { Viterbi.decode(emissions: $0, count: 6, masked: transitions) }
        let fast = ForwardBackward(masked: transitions, temperature: 1).confidence(scores, tags)
        #expect(fast.map(\.bitPattern) == Self.reference(scores, tags, masked: transitions, temperature: 1).map(\.bitPattern))
        // No finite transition at all: only the log-space pass answers.
        let none = [Float](repeating: -.infinity, count: transitions.count)
        let all = ForwardBackward(masked: none, temperature: 1).confidence(base, [0, 0, 0, 0, 0, 0])
        #expect(all.map(\.bitPattern) == NamedEntityTagger.logSpaceConfidence(base, [0, 0, 0, 0, 0, 0], masked: none, temperature: 1).map(\.bitPattern))
    }
}
