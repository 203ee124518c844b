/// A bit set over words' (UTF-8 length, first byte, last byte), 32 × 32 × 32 bits from the
/// low five bits of each: a word whose signature is not in the set is none of the words it was
/// built from. Reading the signature needs only the string's UTF-8 count and two bytes, where a
/// `Set` or `Dictionary` look-up hashes the whole word.
struct WordSignatures: Sendable {
    private var bits = [UInt64](repeating: 0, count: 32 * 32 * 32 / 64)
    /// Words longer than 31 bytes share length slot 31.
    private static let longest = 31

    init<S: Sequence>(_ words: S) where S.Element == String {
        for word in words {
            guard let index = Self.index(word) else { continue }
            bits[index >> 6] |= 1 << UInt64(index & 63)
        }
    }

    /// False only when `word` is none of the words the set was built from.
    func mayContain(_ word: String) -> Bool {
        guard let index = Self.index(word) else { return true }
        return bits[index >> 6] & (1 << UInt64(index & 63)) != 0
    }

    private static func index(_ word: String) -> Int? {
        // One contiguous buffer (a stack copy for small strings): the UTF-8 view's `first`,
        // `last` and `count` each take a generic path.
        var word = word
        return word.withUTF8 { bytes in
            guard let first = bytes.first, let last = bytes.last else { return nil }
            let length = min(bytes.count, longest)
            return length << 10 | Int(first & 31) << 5 | Int(last & 31)
        }
    }
}
