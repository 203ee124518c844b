/// An article text addressed by Unicode-scalar offsets, the unit every newsgraph offset uses.
struct ScalarText: Sendable {
    let scalars: [Unicode.Scalar]

    /// Equal to `Array(text.unicodeScalars)`, decoded from the string's UTF-8 in one pass into
    /// an array sized by the byte count: the standard library counts the scalars first and then
    /// copies them, and every article is read this way.
    init(_ text: String) {
        var text = text
        scalars = text.withUTF8 { Self.decode($0) }
    }

    var count: Int { scalars.count }

    /// The text between two scalar offsets, clamped to the text.
    func slice(_ start: Int, _ end: Int) -> String {
        let lower = max(0, min(start, scalars.count))
        let upper = max(lower, min(end, scalars.count))
        return String(scalars: scalars[lower..<upper])
    }

    /// The scalars of valid UTF-8 (a `String`'s storage, which the standard library keeps valid).
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { out, count in
            var i = 0, n = 0
            let end = bytes.count
            while i < end {
                let b = UInt32(bytes[i])
                var v: UInt32
                if b < 0x80 {
                    v = b; i += 1
                } else if b < 0xE0, i + 1 < end {
                    v = (b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F); i += 2
                } else if b < 0xF0, i + 2 < end {
                    v = (b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F); i += 3
                } else if i + 3 < end {
                    v = (b & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                        | UInt32(bytes[i + 3] & 0x3F); i += 4
                } else {
                    v = 0xFFFD; i = end   // truncated sequence: unreachable for a String's storage
                }
                out.initializeElement(at: n, to: Unicode.Scalar(v) ?? "\u{FFFD}")
                n += 1
            }
            count = n
        }
    }
}
