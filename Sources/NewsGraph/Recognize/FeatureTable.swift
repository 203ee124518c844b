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
/// ``TaggerModel`` keeps keys and rows apart, as the model file stores them; behind a
/// ``HashIndex`` from key to row, a lookup would miss the cache twice, once for the key's
/// slot and once for its row. Tagging sums ~50 rows per token, so the tagger builds this
/// table once, straight from the model's keys in row order: probing reads the small tag
/// array (it stays in the L2 cache), a feature the model lacks is usually settled there, and
/// a feature it has costs one miss, for the slot holding both its key and its row. The
/// floats are the model's own, copied bit for bit, so sums over them equal sums over
/// `TaggerModel.weights` exactly.
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
    /// The allocation `slots` lies in (rounded up to the alignment), and whether `calloc`
    /// made it (else Swift's allocator, should `calloc` fail).
    private let allocation: UnsafeMutableRawPointer
    private let fromCalloc: Bool
    private let tags: UnsafeMutablePointer<UInt16>
    private let mask: Int
    /// The slot index ``candidate(for:)`` returns for a key the table does not hold.
    let absent: Int
    /// Number of features stored.
    let count: Int

    /// Copies every keyed row of `weights` (`BIOTags.count` floats per row) with its key from
    /// `rowKeys` (0 = no feature); of two rows with one key the later wins, as in
    /// ``TaggerModel/featureIndex()``. Keys past the last row of `weights` are left out, as no
    /// lookup could read them.
    init(rowKeys: [UInt64], weights: [Float]) {
        let t = BIOTags.count
        let rows = min(rowKeys.count, weights.count / t)
        var keyed = 0
        for row in 0..<rows where rowKeys[row] != 0 { keyed += 1 }
        var size = 16
        while size < keyed * 2 { size <<= 1 }
        let bytes = (size + 1) * Self.slotBytes
        let (slots, allocation, fromCalloc) = Self.allocate(bytes)
        let tags = UnsafeMutablePointer<UInt16>.allocate(capacity: size + 1)
        tags.initialize(repeating: 0, count: size + 1)
        let mask = size - 1
        var stored = 0
        weights.withUnsafeBufferPointer { w in
            for row in 0..<rows {
                let key = rowKeys[row]
                guard key != 0 else { continue }
                let tag = Self.tag(key)
                var slot = Int(truncatingIfNeeded: key) & mask
                while tags[slot] != 0 {
                    if tags[slot] == tag, (slots + slot * Self.slotBytes).load(as: UInt64.self) == key { break }
                    slot = (slot + 1) & mask
                }
                let p = slots + slot * Self.slotBytes
                if tags[slot] == 0 {
                    tags[slot] = tag
                    p.storeBytes(of: key, as: UInt64.self)
                    stored += 1
                }
                for y in 0..<t { p.storeBytes(of: w[row * t + y], toByteOffset: Self.weightOffset + 4 * y, as: Float.self) }
            }
        }
        self.slots = slots
        self.allocation = allocation
        self.fromCalloc = fromCalloc
        self.tags = tags
        self.mask = mask
        self.absent = size
        self.count = stored
    }

    /// Zeroed memory for the slots (nothing is written to empty ones), and the allocation
    /// to free. Tables of 2 MiB and more sit on 2 MiB boundaries and are marked for
    /// transparent huge pages where the system offers them: lookups land anywhere in several
    /// megabytes, and with 4 KiB pages most would also miss the TLB. `calloc` rather than
    /// `posix_memalign` and a fill: a table this large is fresh pages from the kernel, which
    /// are zero already, and `calloc` knows not to clear them again (16 MiB for the shipped
    /// model; a one-page ingest takes about 0.7 ms less).
    private static func allocate(_ bytes: Int) -> (slots: UnsafeMutableRawPointer, allocation: UnsafeMutableRawPointer,
                                                   fromCalloc: Bool) {
        let huge = 2 << 20
        let alignment = bytes >= huge ? huge : 64
        var fromCalloc = true
        let allocation = calloc(bytes + alignment, 1) ?? {
            fromCalloc = false
            let memory = UnsafeMutableRawPointer.allocate(byteCount: bytes + alignment, alignment: 64)
            memory.initializeMemory(as: UInt8.self, repeating: 0, count: bytes + alignment)
            return memory
        }()
        let address = Int(bitPattern: allocation)
        let aligned = (address + alignment - 1) & ~(alignment - 1)
        let slots = allocation + (aligned - address)
        #if os(Linux)
        if alignment == huge { _ = madvise(slots, bytes, MADV_HUGEPAGE) }
        #endif
        return (slots, allocation, fromCalloc)
    }

    deinit {
        if fromCalloc { free(allocation) } else { allocation.deallocate() }
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
