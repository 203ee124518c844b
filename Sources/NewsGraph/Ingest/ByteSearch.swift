/// Substring tests on UTF-8 bytes, for the places where a `String` search (Foundation's
/// `contains`, which bridges to a UTF-16 `CFString` search) was a visible share of reading
/// a page, and where the bytes decide the answer.
enum ByteSearch {
    /// True when `needle`'s bytes occur in `text`'s UTF-8.
    ///
    /// Foundation's `contains` with an ASCII needle can only match where these bytes occur:
    /// its canonical equivalence maps no non-ASCII character to an ASCII sequence without
    /// U+212A KELVIN SIGN (`K`), U+037E (`;`) or U+1FEF (`` ` ``). So with a needle
    /// free of those three, a `false` here means Foundation says `false` too, and only a
    /// `true` needs the `String` search to confirm it.
    static func contains(_ text: String, _ needle: StaticString) -> Bool {
        var text = text
        return text.withUTF8 { contains($0, needle) }
    }

    /// ``contains(_:_:)-(String,_)`` on raw bytes.
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: StaticString) -> Bool {
        let count = needle.utf8CodeUnitCount
        guard count > 0 else { return true }
        guard bytes.count >= count, let base = bytes.baseAddress else { return false }
        let pattern = needle.utf8Start
        let first = pattern[0]
        var start = 0
        while start + count <= bytes.count {
            if base[start] == first {
                var matched = 1
                while matched < count && base[start + matched] == pattern[matched] { matched += 1 }
                if matched == count { return true }
            }
            start += 1
        }
        return false
    }

    /// `text.lowercased().contains(needle)` for a lower-case ASCII needle, when `text` is
    /// ASCII: ASCII case folding and a byte search (ASCII has no combining marks, so bytes
    /// and `Character`s agree). Nil for any other text, which the caller searches as `String`.
    static func asciiLowercasedContains(_ text: String, _ needle: StaticString) -> Bool? {
        var text = text
        return text.withUTF8 { bytes -> Bool? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            let lower = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
            return lower.withUnsafeBufferPointer { contains($0, needle) }
        }
    }
}
