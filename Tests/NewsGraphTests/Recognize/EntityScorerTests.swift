import Testing
@testable import NewsGraph

@Suite struct EntityScorerTests {
    private func tags(_ names: String) -> [Int] {
        names.split(separator: " ").map { name in
            (0..<BIOTags.count).first { BIOTags.name($0) == name } ?? -1
        }
    }

    /// Hand-computed: gold has 4 entities (PER Peter Blackburn, ORG EU, LOC Paris, MISC German);
    /// the prediction has 4 (PER Peter Blackburn ✓, ORG EU ✓, PER Paris ✗ type, MISC German
    /// Bonn ✗ boundary). Correct 2 → P = 2/4 = 50, R = 2/4 = 50, F1 = 50. Per type: PER P 1/2
    /// R 1/1 → F1 66.67; ORG 100; LOC P 0/0 R 0/1 → 0; MISC 0.
    @Test func matchesHandComputedExample() {
        var scorer = EntityScorer()
        scorer.add(gold: tags("B-PER I-PER O B-ORG O B-LOC"), predicted: tags("B-PER I-PER O B-ORG O B-PER"))
        scorer.add(gold: tags("B-MISC O"), predicted: tags("B-MISC I-MISC"))
        #expect(scorer.overall == EntityScorer.Counts(correct: 2, gold: 4, predicted: 4))
        #expect(scorer.overall.f1 == 50)
        #expect(abs((scorer.perType[.person]?.f1 ?? 0) - 200.0 / 3) < 1e-9)
        #expect(scorer.perType[.organization]?.f1 == 100)
        #expect(scorer.perType[.location] == EntityScorer.Counts(correct: 0, gold: 1, predicted: 0))
        #expect(scorer.perType[.location]?.f1 == 0)
        #expect(scorer.perType[.misc] == EntityScorer.Counts(correct: 0, gold: 1, predicted: 1))
    }

    @Test func strayInsideTagStartsAnEntityLikeConlleval() {
        #expect(BIOTags.spans(tags("O I-PER I-PER B-PER I-LOC")) == [
            EntitySpan(start: 1, end: 3, label: .person),
            EntitySpan(start: 3, end: 4, label: .person),
            EntitySpan(start: 4, end: 5, label: .location),
        ])
    }
}
