import Testing
@testable import NewsGraph

@Suite struct ViterbiTests {
    /// The lane-wise decoder picks the path the tag-by-tag reference picks, ties and
    /// impossible scores included: emissions from a few integers (many ties), some -∞.
    @Test func lanesDecodeAsTheReference() throws {
        var generator = SplitMix64(seed: 41)
        let t = BIOTags.count
        let shipped = try TaggerModel.shipped().transitions
        for round in 0..<3000 {
            let raw = round % 3 == 0 ? shipped : (0..<((t + 1) * t)).map { _ in Float(Int(generator.next() % 7) - 3) }
            let masked = Viterbi.masked(raw)
            let n = Int(generator.next() % 12) + 1
            let emissions: [Float] = (0..<(n * t)).map { _ in
                switch generator.next() % 10 {
                case 0: -.infinity
                case 1: Float(generator.next() % 1000) / 7
                default: Float(Int(generator.next() % 5) - 2)
                }
            }
            emissions.withUnsafeBufferPointer { e in
                #expect(Viterbi.decodeInLanes(emissions: e, count: n, masked: masked)
                        == Viterbi.decodeByTag(emissions: e, count: n, masked: masked), "round \(round)")
            }
        }
        #expect([Float]().withUnsafeBufferPointer { Viterbi.decodeInLanes(emissions: $0, count: 0, masked: Viterbi.masked(shipped)) } == [])
    }
}
