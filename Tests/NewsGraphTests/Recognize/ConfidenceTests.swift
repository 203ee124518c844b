import Foundation
import Testing
@testable import NewsGraph

/// The fast, scaled forward-backward must give the log-space marginals.
@Suite struct ConfidenceTests {
    static let transitions: [Float] = {
        var random = SplitMix64(seed: 11)
        let raw = (0..<((BIOTags.count + 1) * BIOTags.count)).map { _ in Float.random(in: -3...3, using: &random) }
        return Viterbi.masked(raw)
    }()

    static func sentence(length n: Int, spread: Float, seed: UInt64) -> (scores: [Float], tags: [Int]) {
        var random = SplitMix64(seed: seed)
        let scores = (0..<(n * BIOTags.count)).map { _ in Float.random(in: -spread...spread, using: &random) }
        let tags = scores.withUnsafeBufferPointer { Viterbi.decode(emissions: $0, count: n, masked: transitions) }
        return (scores, tags)
    }

    @Test(arguments: [(1, Float(5)), (2, 5), (12, 5), (40, 20), (200, 8)])
    func scaledEqualsLogSpace(length: Int, spread: Float) throws {
        for seed in UInt64(1)...20 {
            let (scores, tags) = Self.sentence(length: length, spread: spread, seed: seed)
            for temperature: Float in [1, 2.5] {
                let fast = NamedEntityTagger.confidence(scores, tags, masked: Self.transitions, temperature: temperature)
                let reference = NamedEntityTagger.logSpaceConfidence(scores, tags, masked: Self.transitions, temperature: temperature)
                #expect(fast.count == length)
                for (a, b) in zip(fast, reference) { #expect(abs(a - b) < 1e-4, "seed \(seed): \(a) vs \(b)") }
            }
        }
    }

    /// A sentence whose every token scores an inside tag thousands above the rest, which no
    /// sentence may start with: every scaled value underflows to zero, and the log-space
    /// fallback must still give probabilities, not NaN or zeros.
    @Test func extremeScoresFallBackToLogSpace() {
        let (base, _) = Self.sentence(length: 6, spread: 1, seed: 3)
        var scores = base
        for i in 0..<6 { scores[i * BIOTags.count + BIOTags.inside(0)] += 5_000 }
        let tags = scores.withUnsafeBufferPointer { Viterbi.decode(emissions: $0, count: 6, masked: Self.transitions) }
        let fast = NamedEntityTagger.confidence(scores, tags, masked: Self.transitions)
        let reference = NamedEntityTagger.logSpaceConfidence(scores, tags, masked: Self.transitions)
        #expect(fast == reference)
        #expect(fast.allSatisfy { $0.isFinite && $0 >= 0 && $0 <= 1 })
        #expect(fast.contains { $0 > 0.5 })
    }
}
