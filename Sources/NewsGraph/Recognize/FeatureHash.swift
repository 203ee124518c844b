/// 64-bit hashing for features: FNV-1a over bytes, then a SplitMix64 finalizer to combine
/// a template number with its values. Stable across runs and platforms (the model stores
/// these hashes), unlike `Hasher`, which is seeded per process.
enum FeatureHash {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    @inline(__always) static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The key of feature `template` with value `value` (never 0, which marks empty slots).
    @inline(__always) static func key(_ template: UInt64, _ value: UInt64) -> UInt64 {
        let k = mix(value ^ (template &* 0xD6E8_FEB8_6659_FD93))
        return k == 0 ? 1 : k
    }

    @inline(__always) static func key(_ template: UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 {
        key(template, mix(a &+ 0x632B_E59B_D9B4_E019) ^ b)
    }

    @inline(__always) static func key(_ template: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        key(template, mix(mix(a &+ 0x632B_E59B_D9B4_E019) ^ b) ^ c)
    }

    /// Combines a phrase hash with the next token's hash (for gazetteer phrases).
    @inline(__always) static func extend(_ phrase: UInt64, _ token: UInt64) -> UInt64 {
        mix(phrase ^ (token &* 0x9E37_79B9_7F4A_7C15))
    }
}
