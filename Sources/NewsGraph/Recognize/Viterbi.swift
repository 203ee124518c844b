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
