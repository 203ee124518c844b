/// Best-path decoding over IOB2 tags for a first-order model.
///
/// `emissions` holds `n × BIOTags.count` scores; `transitions` holds
/// `(BIOTags.count + 1) × BIOTags.count` scores, the last row for the sentence start.
/// Transitions that IOB2 forbids (`I-X` after `O`, after another type, or first) are never
/// taken, so the output is always a valid tag sequence.
///
/// Complexity: O(n · T²) with T = 9 tags.
enum Viterbi {
    /// Transitions with the forbidden ones set to -∞, so the inner loop is a plain max.
    static func masked(_ transitions: [Float]) -> [Float] {
        let t = BIOTags.count
        var masked = transitions
        for p in 0...t {
            for y in 0..<t where !BIOTags.isAllowed(p == t ? nil : p, y) { masked[p * t + y] = -.infinity }
        }
        return masked
    }

    static func decode(emissions: UnsafeBufferPointer<Float>, count n: Int, transitions: [Float]) -> [Int] {
        decode(emissions: emissions, count: n, masked: masked(transitions))
    }

    /// Decodes with transitions already passed through ``masked(_:)``.
    static func decode(emissions: UnsafeBufferPointer<Float>, count n: Int, masked transitions: [Float]) -> [Int] {
        BIOTags.count == 9 ? decodeInLanes(emissions: emissions, count: n, masked: transitions)
            : decodeByTag(emissions: emissions, count: n, masked: transitions)
    }

    /// ``decode(emissions:count:masked:)`` for the nine IOB2 tags, with the best predecessor
    /// of eight tags found at once, one SIMD lane each, and of the ninth beside them: per
    /// predecessor `p` in order, the tags whose sum beats their best so far take it. The same
    /// sums (`score[p] + transition`, then `+ emission`), compared in the same order with the
    /// same strict `>`, as ``decodeByTag(emissions:count:masked:)``, so the same path, ties
    /// included.
    static func decodeInLanes(emissions: UnsafeBufferPointer<Float>, count n: Int, masked transitions: [Float]) -> [Int] {
        let t = 9
        guard n > 0, BIOTags.count == t, emissions.count >= n * t, transitions.count >= (t + 1) * t,
              let base = UnsafeRawPointer(emissions.baseAddress) else { return [] }
        var tags = [Int](repeating: 0, count: n)
        // Row p: the transitions from tag p to the first eight tags, and to the ninth (row t:
        // from the sentence start).
        var rows = [SIMD8<Float>](repeating: SIMD8(), count: t + 1)
        var ninths = [Float](repeating: 0, count: t + 1)
        for p in 0...t {
            for y in 0..<8 { rows[p][y] = transitions[p * t + y] }
            ninths[p] = transitions[p * t + 8]
        }
        withUnsafeTemporaryAllocation(of: Float.self, capacity: t) { score in
            // Back pointers: eight bytes, then the ninth, per token.
            withUnsafeTemporaryAllocation(of: SIMD8<UInt8>.self, capacity: n) { back in
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n) { backNinth in
                    rows.withUnsafeBufferPointer { rows in
                        ninths.withUnsafeBufferPointer { ninths in
                            var low = base.loadUnaligned(as: SIMD8<Float>.self) + rows[t]
                            var ninth = emissions[8] + ninths[t]
                            for i in 1..<max(n, 1) {
                                for y in 0..<8 { score[y] = low[y] }
                                score[8] = ninth
                                var best = SIMD8<Float>(repeating: -.infinity)
                                var arg = SIMD8<Int32>()
                                var bestNinth = -Float.infinity
                                var argNinth = 0
                                for p in 0..<t {
                                    let sum = SIMD8(repeating: score[p]) + rows[p]
                                    let better = sum .> best
                                    best.replace(with: sum, where: better)
                                    arg.replace(with: Int32(p), where: better)
                                    let sumNinth = score[p] + ninths[p]
                                    if sumNinth > bestNinth { bestNinth = sumNinth; argNinth = p }
                                }
                                low = best + base.loadUnaligned(fromByteOffset: 4 * i * t, as: SIMD8<Float>.self)
                                ninth = bestNinth + emissions[i * t + 8]
                                back[i] = SIMD8(truncatingIfNeeded: arg)
                                backNinth[i] = UInt8(argNinth)
                            }
                            var best = 0
                            for y in 1..<8 where low[y] > low[best] { best = y }
                            if ninth > low[best] { best = 8 }
                            tags[n - 1] = best
                            var i = n - 1
                            while i > 0 {
                                tags[i - 1] = tags[i] == 8 ? Int(backNinth[i]) : Int(back[i][tags[i]])
                                i -= 1
                            }
                        }
                    }
                }
            }
        }
        return tags
    }

    /// ``decode(emissions:count:masked:)`` one tag at a time: the reference.
    static func decodeByTag(emissions: UnsafeBufferPointer<Float>, count n: Int, masked transitions: [Float]) -> [Int] {
        let t = BIOTags.count
        guard n > 0 else { return [] }
        var tags = [Int](repeating: 0, count: n)
        withUnsafeTemporaryAllocation(of: Float.self, capacity: 2 * t) { buffer in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n * t) { back in
                transitions.withUnsafeBufferPointer { tr in
                    guard let base = buffer.baseAddress else { return }
                    var score = base
                    var next = base + t
                    for y in 0..<t { score[y] = emissions[y] + tr[t * t + y] }
                    if n > 1 {
                        for i in 1..<n {
                            for y in 0..<t {
                                var best = -Float.infinity
                                var arg = 0
                                for p in 0..<t {
                                    let s = score[p] + tr[p * t + y]
                                    if s > best { best = s; arg = p }
                                }
                                next[y] = best + emissions[i * t + y]
                                back[i * t + y] = UInt8(arg)
                            }
                            swap(&score, &next)
                        }
                    }
                    var best = 0
                    for y in 1..<t where score[y] > score[best] { best = y }
                    tags[n - 1] = best
                    var i = n - 1
                    while i > 0 {
                        tags[i - 1] = Int(back[i * t + tags[i]])
                        i -= 1
                    }
                }
            }
        }
        return tags
    }
}
