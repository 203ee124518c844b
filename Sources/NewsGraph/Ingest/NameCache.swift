#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What ``PageTreeBuilder`` worked out for a tag or attribute name, remembered by the address
/// libxml2 passes the name at.
///
/// libxml2's dictionary hands out one address per distinct name, so a page's few hundred
/// names are converted once each. Slots are picked from the address bits (direct-mapped, no
/// hashing); a slot also keeps the name's bytes, so an address that now holds another name,
/// or two names sharing a slot, only cost a recomputation, never a wrong answer.
struct NameCache<Value> {
    private struct Entry {
        var address: UnsafeRawPointer
        var bytes: [UInt8]
        var value: Value
    }

    private var entries: [Entry?]
    private let mask: Int

    /// - Parameter slots: a power of two.
    init(slots: Int = 512) {
        precondition(slots > 0 && slots & (slots - 1) == 0, "slots must be a power of two")
        entries = Array(repeating: nil, count: slots)
        mask = slots - 1
    }

    /// The value for the NUL-terminated name at `raw`: remembered, or `compute(raw)`.
    mutating func value(for raw: UnsafePointer<UInt8>, _ compute: (UnsafePointer<UInt8>) -> Value) -> Value {
        let address = UnsafeRawPointer(raw)
        // Names are at least 1 byte and NUL-terminated, so neighbours in a pool differ in bit 1 and up.
        let slot = (Int(bitPattern: address) >> 1 ^ Int(bitPattern: address) >> 9) & mask
        if let entry = entries[slot], entry.address == address, Self.holds(raw, entry.bytes) { return entry.value }
        let value = compute(raw)
        entries[slot] = Entry(address: address, bytes: Array(UnsafeBufferPointer(start: raw, count: strlen(raw))), value: value)
        return value
    }

    /// True when the C string at `raw` is `bytes`.
    static func holds(_ raw: UnsafePointer<UInt8>, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return raw[0] == 0 }
            // Byte by byte: a shorter name at `raw` mismatches at its NUL, never read past.
            for index in 0..<buffer.count where raw[index] != base[index] { return false }
            return raw[buffer.count] == 0
        }
    }
}
