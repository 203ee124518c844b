import Foundation

/// The tagger's mention confidences: per token, the marginal probability of its tag under a
/// linear-chain CRF reading of the model's scores (see
/// ``NamedEntityTagger/confidence(_:_:masked:temperature:)``), with everything that depends
/// only on the model — the exponentiated transitions — computed once per tagger instead of
/// once per sentence, and the passes run over raw buffers.
///
/// Runs in probability space with per-token scaling: one `expf` per score. When the scaled
/// values underflow (extreme scores), it falls back to
/// ``NamedEntityTagger/logSpaceConfidence(_:_:masked:temperature:)``.
struct ForwardBackward: Sendable {
    let masked: [Float]
    let temperature: Float
    private let inverse: Float
    /// `exp(transition / temperature − max)`, `(BIOTags.count + 1) × BIOTags.count`; empty when
    /// no transition is finite (then only the log-space pass can answer).
    private let transition: [Float]
    /// One SIMD lane per tag (lanes past `BIOTags.count` stay 0).
    typealias Lanes = SIMD16<Float>
    /// `rows[z][y]` = `transition[z * t + y]` (from z to y) and `columns[z][y]` =
    /// `transition[y * t + z]`, for z, y < t.
    private let rows: [Lanes]
    private let columns: [Lanes]

    init(masked: [Float], temperature: Float) {
        self.masked = masked
        self.temperature = temperature
        let inverse = 1 / temperature
        self.inverse = inverse
        var transitionMax = -Float.infinity
        for v in masked where v.isFinite { transitionMax = max(transitionMax, v * inverse) }
        let transition = transitionMax.isFinite ? masked.map { expf($0 * inverse - transitionMax) } : []
        self.transition = transition
        let t = BIOTags.count
        var rows = [Lanes](repeating: Lanes(), count: t)
        var columns = [Lanes](repeating: Lanes(), count: t)
        if !transition.isEmpty {
            for z in 0..<t {
                for y in 0..<t {
                    rows[z][y] = transition[z * t + y]
                    columns[z][y] = transition[y * t + z]
                }
            }
        }
        self.rows = rows
        self.columns = columns
    }

    /// The marginal of each token's tag in `tags`, given the sentence's emission scores
    /// (`tags.count × BIOTags.count`).
    func confidence(_ rawScores: [Float], _ tags: [Int]) -> [Float] {
        let n = tags.count
        guard n > 0 else { return [] }
        guard !transition.isEmpty,
              let result = rawScores.withUnsafeBufferPointer({ scaled($0, tags) }) else {
            return NamedEntityTagger.logSpaceConfidence(rawScores, tags, masked: masked, temperature: temperature)
        }
        return result
    }

    /// The scaled pass, or nil when a scaling sum underflows or overflows.
    ///
    /// The forward and backward sums run over z for all y at once, one SIMD lane per tag y:
    /// each lane adds its terms in z order with the same operations as a scalar loop over z
    /// (lane-wise IEEE arithmetic, no fused multiply-add), so every value is the scalar one,
    /// but the nine sums no longer wait on each other.
    private func scaled(_ raw: UnsafeBufferPointer<Float>, _ tags: [Int]) -> [Float]? {
        let t = BIOTags.count
        let n = tags.count
        let inverse = self.inverse
        return transition.withUnsafeBufferPointer { transition -> [Float]? in
          rows.withUnsafeBufferPointer { rows -> [Float]? in
            columns.withUnsafeBufferPointer { columns -> [Float]? in
              withUnsafeTemporaryAllocation(of: Lanes.self, capacity: 3 * n) { buffer -> [Float]? in
                guard let base = buffer.baseAddress else { return nil }
                let emission = base, alpha = base + n, beta = base + 2 * n
                var scale = [Float](repeating: 1, count: n)
                // Written float by float through raw memory, read back as rows only in the
                // passes below: building a SIMD value lane by lane stalls on every lane.
                let emissionFloats = UnsafeMutableRawPointer(emission)
                for i in 0..<n {
                    emission[i] = Lanes()
                    var m = -Float.infinity
                    for y in 0..<t { m = max(m, raw[i * t + y] * inverse) }
                    for y in 0..<t {
                        emissionFloats.storeBytes(of: expf(raw[i * t + y] * inverse - m),
                                                  toByteOffset: (i * Lanes.scalarCount + y) * 4, as: Float.self)
                    }
                }
                var sum: Float = 0
                var first = Lanes()
                for y in 0..<t { first[y] = emission[0][y] * transition[t * t + y]; sum += first[y] }
                guard sum > 0, sum.isFinite else { return nil }
                scale[0] = sum
                for y in 0..<t { first[y] /= sum }
                alpha[0] = first
                for i in 1..<max(1, n) {
                    let previous = alpha[i - 1]
                    var acc = Lanes()
                    for z in 0..<t { acc += Lanes(repeating: previous[z]) * rows[z] }
                    let current = acc * emission[i]
                    sum = 0
                    for y in 0..<t { sum += current[y] }
                    guard sum > 0, sum.isFinite else { return nil }
                    scale[i] = sum
                    alpha[i] = current / Lanes(repeating: sum)
                }
                beta[n - 1] = Lanes(repeating: 1)
                for i in stride(from: n - 2, through: 0, by: -1) {
                    let next = beta[i + 1], e = emission[i + 1]
                    var acc = Lanes()
                    for z in 0..<t { acc += columns[z] * Lanes(repeating: e[z]) * Lanes(repeating: next[z]) }
                    beta[i] = acc / Lanes(repeating: scale[i + 1])
                }
                return (0..<n).map { i in
                    let p = alpha[i][tags[i]] * beta[i][tags[i]]
                    return p.isFinite ? min(1, max(0, p)) : 0
                }
              }
            }
          }
        }
    }
}
