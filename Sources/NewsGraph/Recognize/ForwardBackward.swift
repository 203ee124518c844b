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
    /// The first eight tags, one SIMD lane each; the ninth is a scalar beside them (a 16-lane
    /// vector is four operations on SSE, eight lanes and a scalar two and one).
    typealias Lanes = SIMD8<Float>
    /// `rows[z]` = `transition[z * t + y]` (from z to y) and `columns[z]` =
    /// `transition[y * t + z]`, for y < 8, and `rowNinths`/`columnNinths` the same for y = 8.
    private let rows: [Lanes]
    private let columns: [Lanes]
    private let rowNinths: [Float]
    private let columnNinths: [Float]

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
        var rowNinths = [Float](repeating: 0, count: t)
        var columnNinths = [Float](repeating: 0, count: t)
        if !transition.isEmpty, t == 9 {
            for z in 0..<t {
                for y in 0..<8 {
                    rows[z][y] = transition[z * t + y]
                    columns[z][y] = transition[y * t + z]
                }
                rowNinths[z] = transition[z * t + 8]
                columnNinths[z] = transition[8 * t + z]
            }
        }
        self.rows = rows
        self.columns = columns
        self.rowNinths = rowNinths
        self.columnNinths = columnNinths
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
    /// The forward and backward sums run over z for all y at once, one SIMD lane per tag y
    /// (the ninth beside them): each lane adds its terms in z order with the same operations
    /// as a scalar loop over z (lane-wise IEEE arithmetic, no fused multiply-add), so every
    /// value is the scalar one, but the nine sums no longer wait on each other.
    private func scaled(_ raw: UnsafeBufferPointer<Float>, _ tags: [Int]) -> [Float]? {
        let t = BIOTags.count
        let n = tags.count
        guard t == 9 else { return nil }
        let inverse = self.inverse
        return transition.withUnsafeBufferPointer { transition -> [Float]? in
          rows.withUnsafeBufferPointer { rows -> [Float]? in
            columns.withUnsafeBufferPointer { columns -> [Float]? in
              withUnsafeTemporaryAllocation(of: Lanes.self, capacity: 3 * n) { buffer -> [Float]? in
                withUnsafeTemporaryAllocation(of: Float.self, capacity: 3 * n) { ninths -> [Float]? in
                  guard let base = buffer.baseAddress, let ninthBase = ninths.baseAddress else { return nil }
                  // Per token: the first eight tags' values in `emission`/`alpha`/`beta`, the ninth's
                  // at the same index in `emissionNinth`/`alphaNinth`/`betaNinth`.
                  let emission = base, alpha = base + n, beta = base + 2 * n
                  let emissionNinth = ninthBase, alphaNinth = ninthBase + n, betaNinth = ninthBase + 2 * n
                  func lane(_ low: Lanes, _ ninth: Float, _ y: Int) -> Float { y < 8 ? low[y] : ninth }
                  var scale = [Float](repeating: 1, count: n)
                  // Written float by float through raw memory, read back as vectors only in the
                  // passes below: building a SIMD value lane by lane stalls on every lane.
                  let emissionFloats = UnsafeMutableRawPointer(emission)
                  for i in 0..<n {
                      var m = -Float.infinity
                      for y in 0..<t { m = max(m, raw[i * t + y] * inverse) }
                      for y in 0..<8 {
                          emissionFloats.storeBytes(of: expf(raw[i * t + y] * inverse - m),
                                                    toByteOffset: (i * Lanes.scalarCount + y) * 4, as: Float.self)
                      }
                      emissionNinth[i] = expf(raw[i * t + 8] * inverse - m)
                  }
                  var sum: Float = 0
                  var first = Lanes()
                  for y in 0..<8 { first[y] = emission[0][y] * transition[t * t + y]; sum += first[y] }
                  var firstNinth = emissionNinth[0] * transition[t * t + 8]
                  sum += firstNinth
                  guard sum > 0, sum.isFinite else { return nil }
                  scale[0] = sum
                  for y in 0..<8 { first[y] /= sum }
                  firstNinth /= sum
                  alpha[0] = first
                  alphaNinth[0] = firstNinth
                  for i in 1..<max(1, n) {
                      let previous = alpha[i - 1], previousNinth = alphaNinth[i - 1]
                      var acc = Lanes()
                      var accNinth: Float = 0
                      for z in 0..<t {
                          let from = lane(previous, previousNinth, z)
                          acc += Lanes(repeating: from) * rows[z]
                          accNinth += from * rowNinths[z]
                      }
                      let current = acc * emission[i]
                      let currentNinth = accNinth * emissionNinth[i]
                      sum = 0
                      for y in 0..<8 { sum += current[y] }
                      sum += currentNinth
                      guard sum > 0, sum.isFinite else { return nil }
                      scale[i] = sum
                      alpha[i] = current / Lanes(repeating: sum)
                      alphaNinth[i] = currentNinth / sum
                  }
                  beta[n - 1] = Lanes(repeating: 1)
                  betaNinth[n - 1] = 1
                  for i in stride(from: n - 2, through: 0, by: -1) {
                      let next = beta[i + 1], e = emission[i + 1], nextNinth = betaNinth[i + 1], eNinth = emissionNinth[i + 1]
                      var acc = Lanes()
                      var accNinth: Float = 0
                      for z in 0..<t {
                          let ez = lane(e, eNinth, z), nz = lane(next, nextNinth, z)
                          acc += columns[z] * Lanes(repeating: ez) * Lanes(repeating: nz)
                          accNinth += columnNinths[z] * ez * nz
                      }
                      beta[i] = acc / Lanes(repeating: scale[i + 1])
                      betaNinth[i] = accNinth / scale[i + 1]
                  }
                  return (0..<n).map { i in
                      let p = lane(alpha[i], alphaNinth[i], tags[i]) * lane(beta[i], betaNinth[i], tags[i])
                      return p.isFinite ? min(1, max(0, p)) : 0
                  }
                }
              }
            }
          }
        }
    }
}
