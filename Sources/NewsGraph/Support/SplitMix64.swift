/// A tiny, fast, seedable random number generator (Steele, Lea & Flood's SplitMix64), so
/// synthetic data is the same on every machine and every run.
///
/// ```swift
/// var random = SplitMix64(seed: 42)
/// let dice = Int.random(in: 1...6, using: &random)
/// ```
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `0..<bound` (bound > 0), cheaper than `Int.random(in:using:)`
    /// in hot loops; the modulo bias is below 2⁻⁴⁰ for the bounds used here.
    public mutating func below(_ bound: Int) -> Int {
        Int(truncatingIfNeeded: next() % UInt64(bound))
    }

    /// A uniform double in `0..<1`.
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// Fisher–Yates with this generator: the standard library's shuffle may change its
    /// algorithm between releases, which would change training order.
    public mutating func shuffle<T>(_ array: inout [T]) {
        guard array.count > 1 else { return }
        for i in stride(from: array.count - 1, to: 0, by: -1) {
            array.swapAt(i, Int(next() % UInt64(i + 1)))
        }
    }
}
