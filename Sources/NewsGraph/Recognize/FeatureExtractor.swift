/// Turns a sentence's tokens into hashed feature keys.
///
/// Every token gets `FeatureExtractor.stride` key slots (0 = unused): its word, lower-cased
/// word, shape, affixes, neighbours within two tokens, their shapes, gazetteer matches around
/// it, the sentence's casing mode and what the document says about the word. A key is a hash
/// of the feature's template number and value (see ``FeatureHash``); the model maps keys to
/// weight rows.
struct FeatureExtractor: Sendable {
    static let stride = 48
    /// Keys of the two document-memory features, computed while tagging (see `priorKeys`).
    static let dynamicStride = 2

    private static let boundary: UInt64 = 0x5EED_0000_B0B0
    private static let endBoundary: UInt64 = 0x5EED_0000_E0E0

    /// Static keys for a sentence, `stride` per token, appended to `keys`.
    static func keys(_ infos: [TokenInfo], mode: SentenceMode, context: DocumentContext, into keys: inout [UInt64]) {
        let n = infos.count
        let base = keys.count
        keys.append(contentsOf: repeatElement(0, count: n * stride))
        keys.withUnsafeMutableBufferPointer { out in
            for i in 0..<n {
                var k = base + i * stride
                let end = k + stride
                @inline(__always) func put(_ key: UInt64) { if k < end { out[k] = key; k += 1 } }
                let t = infos[i]
                let m = mode.rawValue
                let lowerPrev = i > 0 ? infos[i - 1].lower : boundary
                let lowerPrev2 = i > 1 ? infos[i - 2].lower : boundary
                let lowerNext = i + 1 < n ? infos[i + 1].lower : endBoundary
                let lowerNext2 = i + 2 < n ? infos[i + 2].lower : endBoundary
                let shapePrev = i > 0 ? infos[i - 1].shortShape : boundary
                let shapeNext = i + 1 < n ? infos[i + 1].shortShape : endBoundary
                let cap: UInt64 = t.flags.contains(.initialCapital) ? 1 : 0
                put(FeatureHash.key(1, 0))
                put(FeatureHash.key(2, t.word))
                put(FeatureHash.key(3, t.lower))
                put(FeatureHash.key(4, t.shape))
                put(FeatureHash.key(5, t.shortShape, m))
                if t.prefixes.0 != 0 { put(FeatureHash.key(6, t.prefixes.0)) }
                if t.prefixes.1 != 0 { put(FeatureHash.key(7, t.prefixes.1)) }
                if t.prefixes.2 != 0 { put(FeatureHash.key(8, t.prefixes.2)) }
                if t.prefixes.3 != 0 { put(FeatureHash.key(9, t.prefixes.3)) }
                if t.suffixes.0 != 0 { put(FeatureHash.key(10, t.suffixes.0)) }
                if t.suffixes.1 != 0 { put(FeatureHash.key(11, t.suffixes.1)) }
                if t.suffixes.2 != 0 { put(FeatureHash.key(12, t.suffixes.2)) }
                if t.suffixes.3 != 0 { put(FeatureHash.key(13, t.suffixes.3)) }
                put(FeatureHash.key(14, lowerPrev))
                put(FeatureHash.key(15, lowerNext))
                put(FeatureHash.key(16, lowerPrev2))
                put(FeatureHash.key(17, lowerNext2))
                put(FeatureHash.key(18, shapePrev))
                put(FeatureHash.key(19, shapeNext))
                put(FeatureHash.key(20, shapePrev, t.shortShape, shapeNext))
                put(FeatureHash.key(21, lowerPrev, t.lower))
                put(FeatureHash.key(22, t.lower, lowerNext))
                put(FeatureHash.key(23, i == 0 ? 1 : 0, t.shortShape))
                put(FeatureHash.key(24, lowerPrev, t.shortShape))
                put(FeatureHash.key(25, lowerNext, t.shortShape))
                put(FeatureHash.key(26, m, t.lower))
                if i > 0 { put(FeatureHash.key(27, infos[i - 1].suffixes.2, t.shortShape)) }
                // Casing evidence and neighbour gazetteers go first so a long run of
                // gazetteer bits cannot push them out of the token's slots.
                if i > 0 { put(FeatureHash.key(32, UInt64(infos[i - 1].gazetteer))) }
                if i + 1 < n { put(FeatureHash.key(33, UInt64(infos[i + 1].gazetteer))) }
                if t.flags.contains(.hasLetter) {
                    let casing = UInt64(context.casing(of: t.lower))
                    put(FeatureHash.key(34, casing, cap, m))
                    put(FeatureHash.key(35, casing, t.shortShape))
                }
                if t.flags.contains(.hasLetter) {
                    let common: UInt64 = t.flags.contains(.commonWord) ? 1 : 0
                    put(FeatureHash.key(36, common, cap, m))
                    put(FeatureHash.key(37, common, t.shortShape, i == 0 ? 1 : 0))
                }
                // Gazetteers: this token's matches (alone and with its capitalization), and the
                // neighbours' matches.
                var g = t.gazetteer
                while g != 0 {
                    let bit = UInt64(g.trailingZeroBitCount)
                    g &= g - 1
                    put(FeatureHash.key(30, bit))
                    put(FeatureHash.key(31, bit, cap, m))
                }
            }
        }
    }

    /// The dynamic keys of token `i`: how the document labeled the word earlier.
    @inline(__always) static func priorKeys(_ info: TokenInfo, mode: SentenceMode, context: DocumentContext) -> (UInt64, UInt64) {
        guard info.flags.contains(.hasLetter) else { return (0, 0) }
        let prior = UInt64(context.prior(of: info.lower))
        guard prior != 0 else { return (0, 0) }
        let cap: UInt64 = info.flags.contains(.initialCapital) ? 1 : 0
        return (FeatureHash.key(40, prior), FeatureHash.key(41, prior, cap, mode.rawValue))
    }
}
