/// An open-addressing table from non-zero 64-bit keys to 32-bit values (feature → weight
/// row, phrase → gazetteer categories). Keys and values sit side by side in one flat array
/// with linear probing and a load factor ≤ 1/2, so a lookup is usually a single cache miss.
struct HashIndex: Sendable, Equatable {
    /// `slots[2s]` is a key (0 = empty), `slots[2s + 1]` its value.
    private var slots: [UInt64]
    private(set) var count = 0
    private var mask: Int

    /// An empty table with room for `capacity` keys without growing.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: 2 * size)
        mask = size - 1
    }

    /// The value stored for `key`, or -1.
    @inline(__always) func value(for key: UInt64) -> Int32 {
        var slot = Int(truncatingIfNeeded: key) & mask
        return slots.withUnsafeBufferPointer { s in
            while true {
                let stored = s[2 &* slot]
                if stored == key { return Int32(truncatingIfNeeded: s[2 &* slot &+ 1]) }
                if stored == 0 { return -1 }
                slot = (slot &+ 1) & mask
            }
        }
    }

    /// Stores `value` for `key` (which must not be 0), replacing any earlier value.
    mutating func set(_ key: UInt64, _ value: Int32) {
        if (count + 1) * 2 > mask + 1 { grow() }
        var slot = Int(truncatingIfNeeded: key) & mask
        while slots[2 * slot] != 0 && slots[2 * slot] != key { slot = (slot + 1) & mask }
        if slots[2 * slot] == 0 { count += 1 }
        slots[2 * slot] = key
        slots[2 * slot + 1] = UInt64(UInt32(bitPattern: value))
    }

    /// Every key and its value, in slot order.
    var entries: [(key: UInt64, value: Int32)] {
        var result: [(key: UInt64, value: Int32)] = []
        result.reserveCapacity(count)
        for slot in 0...mask where slots[2 * slot] != 0 {
            result.append((slots[2 * slot], Int32(truncatingIfNeeded: slots[2 * slot + 1])))
        }
        return result
    }

    private mutating func grow() {
        var bigger = HashIndex(capacity: mask + 1)
        for (key, value) in entries { bigger.set(key, value) }
        self = bigger
    }
}
