/// An open-addressing table from non-zero 64-bit keys to 32-bit values (feature → weight
/// row, phrase → gazetteer categories). Flat arrays, linear probing, load factor ≤ 1/2:
/// a lookup is one or two cache misses, and the arrays are written to the model file as is.
struct HashIndex: Sendable, Equatable {
    private(set) var keys: [UInt64]
    private(set) var values: [Int32]
    private(set) var count = 0
    private var mask: Int

    /// An empty table with room for `capacity` keys without growing.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: -1, count: size)
        mask = size - 1
    }

    /// A table from stored arrays (their count must be a power of two).
    init?(keys: [UInt64], values: [Int32]) {
        guard keys.count == values.count, keys.count > 0, keys.count & (keys.count - 1) == 0 else { return nil }
        self.keys = keys
        self.values = values
        self.mask = keys.count - 1
        self.count = keys.reduce(0) { $0 + ($1 == 0 ? 0 : 1) }
    }

    /// The value stored for `key`, or -1.
    @inline(__always) func value(for key: UInt64) -> Int32 {
        var slot = Int(truncatingIfNeeded: key) & mask
        return keys.withUnsafeBufferPointer { k in
            while true {
                let stored = k[slot]
                if stored == key { return values[slot] }
                if stored == 0 { return -1 }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Stores `value` for `key` (which must not be 0), replacing any earlier value.
    mutating func set(_ key: UInt64, _ value: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        var slot = Int(truncatingIfNeeded: key) & mask
        while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
        if keys[slot] == 0 { count += 1 }
        keys[slot] = key
        values[slot] = value
    }

    private mutating func grow() {
        var bigger = HashIndex(capacity: keys.count)
        for (slot, key) in keys.enumerated() where key != 0 { bigger.set(key, values[slot]) }
        self = bigger
    }
}
