#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The tagger's feature weights laid out for lookup speed: each slot of an open-addressing
/// table holds a feature's key AND its weight row, in one 64-byte cache line, and a separate
/// array of 16-bit tags (a slice of each slot's key) lets lookups probe without touching
/// those lines.
///
/// ``TaggerModel`` keeps keys (a ``HashIndex`` from key to row) and rows apart, as the model
/// file stores them; a lookup there misses the cache twice, once for the key's slot and once
/// for its row. Tagging sums ~50 rows per token, so the tagger builds this table once from the
/// model: probing reads the small tag array (it stays in the L2 cache), a feature the model
/// lacks is usually settled there, and a feature it has costs one miss, for the slot holding
/// both its key and its row. The floats are the model's own, copied bit for bit, so sums over
/// them equal sums over `TaggerModel.weights` exactly.
///
/// Lookups come in three steps so a caller can batch each step over many keys and let their
/// cache misses overlap: ``candidate(for:)`` → ``key(at:)`` → ``row(for:candidate:stored:)``.
///
/// Immutable after init; the class only owns the aligned allocations.
final class FeatureTable: @unchecked Sendable {
    /// Bytes per slot: the key (8 bytes), `BIOTags.count` floats, padded to whole cache lines.
    static let slotBytes = (8 + 4 * BIOTags.count + 63) & ~63
    private static let weightOffset = 8

    /// `size + 1` slots; the last is never filled and stands for "no candidate".
    private let slots: UnsafeMutableRawPointer
    private let fromMemalign: Bool
    private let tags: UnsafeMutablePointer<UInt16>
    private let mask: Int
    /// The slot index ``candidate(for:)`` returns for a key the table does not hold.
    let absent: Int
    /// Number of features stored.
    let count: Int

    /// Copies every feature of `features` with its row of `weights` (`BIOTags.count` floats
    /// per row); features whose row lies outside `weights` are left out, as no lookup could
    /// read them.
    init(features: HashIndex, weights: [Float]) {
        let t = BIOTags.count
        let rows = weights.count / t
        var size = 16
        while size < features.count * 2 { size <<= 1 }
        let bytes = (size + 1) * Self.slotBytes
        let (slots, fromMemalign) = Self.allocate(bytes)
        slots.initializeMemory(as: UInt8.self, repeating: 0, count: bytes)
        let tags = UnsafeMutablePointer<UInt16>.allocate(capacity: size + 1)
        tags.initialize(repeating: 0, count: size + 1)
        let mask = size - 1
        var stored = 0
        weights.withUnsafeBufferPointer { w in
            for (key, value) in features.entries {
                let row = Int(value)
                guard row >= 0, row < rows else { continue }
                var slot = Int(truncatingIfNeeded: key) & mask
                while tags[slot] != 0 { slot = (slot + 1) & mask }
                tags[slot] = Self.tag(key)
                let p = slots + slot * Self.slotBytes
                p.storeBytes(of: key, as: UInt64.self)
                for y in 0..<t { p.storeBytes(of: w[row * t + y], toByteOffset: Self.weightOffset + 4 * y, as: Float.self) }
                stored += 1
            }
        }
        self.slots = slots
        self.fromMemalign = fromMemalign
        self.tags = tags
        self.mask = mask
        self.absent = size
        self.count = stored
    }

    /// Memory for the slots, and whether it came from `posix_memalign` (else from Swift's
    /// allocator, when that fails). Tables of 2 MiB and more sit on 2 MiB boundaries and are
    /// marked for transparent huge pages where the system offers them: lookups land anywhere
    /// in several megabytes, and with 4 KiB pages most would also miss the TLB.
    private static func allocate(_ bytes: Int) -> (UnsafeMutableRawPointer, fromMemalign: Bool) {
        let huge = 2 << 20
        let alignment = bytes >= huge ? huge : 64
        var pointer: UnsafeMutableRawPointer?
        guard posix_memalign(&pointer, alignment, bytes) == 0, let pointer else {
            return (UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 64), false)
        }
        #if os(Linux)
        if alignment == huge { _ = madvise(pointer, bytes, MADV_HUGEPAGE) }
        #endif
        return (pointer, true)
    }

    deinit {
        if fromMemalign { free(slots) } else { slots.deallocate() }
        tags.deallocate()
    }

    /// The tag of a key: 16 bits the slot index does not use, never 0 (0 marks empty slots).
    @inline(__always) private static func tag(_ key: UInt64) -> UInt16 {
        let tag = UInt16(truncatingIfNeeded: key >> 48)
        return tag == 0 ? 1 : tag
    }

    /// The first slot on `key`'s probe path whose tag matches it, or ``absent`` when an empty
    /// slot comes first (then the table does not hold `key`). Reads only the tag array.
    @inline(__always) func candidate(for key: UInt64) -> Int {
        let tag = Self.tag(key)
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let stored = tags[slot]
            if stored == tag { return slot }
            if stored == 0 { return absent }
            slot = (slot &+ 1) & mask
        }
    }

    /// The key in `slot` (0 for ``absent``); this load brings the slot's line into the cache.
    @inline(__always) func key(at slot: Int) -> UInt64 {
        slots.load(fromByteOffset: slot &* Self.slotBytes, as: UInt64.self)
    }

    /// The weight row of `key` (`BIOTags.count` floats, read with `load(fromByteOffset:as:)`),
    /// or nil when the model has no such feature; `candidate` is ``candidate(for:)`` of `key`
    /// and `stored` is ``key(at:)`` of `candidate`. A tag that matched another key (1 in
    /// 65,535 per probed slot) sends the lookup on along the probe path.
    @inline(__always) func row(for key: UInt64, candidate: Int, stored: UInt64) -> UnsafeRawPointer? {
        if stored == key { return UnsafeRawPointer(slots + (candidate &* Self.slotBytes &+ Self.weightOffset)) }
        if candidate == absent { return nil }
        return row(for: key, after: candidate)
    }

    /// The weight row of `key`, or nil.
    @inline(__always) func row(for key: UInt64) -> UnsafeRawPointer? {
        let slot = candidate(for: key)
        return row(for: key, candidate: slot, stored: self.key(at: slot))
    }

    /// Continues a probe past `slot`, whose tag matched `key` but whose key did not.
    @inline(never) private func row(for key: UInt64, after slot: Int) -> UnsafeRawPointer? {
        var slot = (slot + 1) & mask
        while tags[slot] != 0 {
            if self.key(at: slot) == key { return UnsafeRawPointer(slots + (slot * Self.slotBytes + Self.weightOffset)) }
            slot = (slot + 1) & mask
        }
        return nil
    }
}
