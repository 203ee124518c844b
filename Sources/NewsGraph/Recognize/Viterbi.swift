/// Best-path decoding over IOB2 tags for a first-order model.
///
/// `emissions` holds `n × BIOTags.count` scores; `transitions` holds
/// `(BIOTags.count + 1) × BIOTags.count` scores, the last row for the sentence start.
/// Transitions that IOB2 forbids (`I-X` after `O`, after another type, or first) are never
/// taken, so the output is always a valid tag sequence.
///
/// Complexity: O(n · T²) with T = 9 tags.
enum Viterbi {
    static func decode(emissions: UnsafeBufferPointer<Float>, count n: Int, transitions: [Float]) -> [Int] {
        let t = BIOTags.count
        guard n > 0 else { return [] }
        var score = [Float](repeating: 0, count: t)
        var next = [Float](repeating: 0, count: t)
        var back = [UInt8](repeating: 0, count: n * t)
        let forbidden = -Float.greatestFiniteMagnitude
        for y in 0..<t {
            score[y] = BIOTags.isAllowed(nil, y) ? emissions[y] + transitions[t * t + y] : forbidden
        }
        if n > 1 {
            for i in 1..<n {
                for y in 0..<t {
                    var best = forbidden
                    var arg = 0
                    let inside = BIOTags.isInside(y)
                    for p in 0..<t {
                        if inside && !BIOTags.isAllowed(p, y) { continue }
                        let s = score[p] + transitions[p * t + y]
                        if s > best { best = s; arg = p }
                    }
                    next[y] = best == forbidden ? forbidden : best + emissions[i * t + y]
                    back[i * t + y] = UInt8(arg)
                }
                swap(&score, &next)
            }
        }
        var best = 0
        for y in 1..<t where score[y] > score[best] { best = y }
        var tags = [Int](repeating: 0, count: n)
        tags[n - 1] = best
        var i = n - 1
        while i > 0 {
            tags[i - 1] = Int(back[i * t + tags[i]])
            i -= 1
        }
        return tags
    }
}
