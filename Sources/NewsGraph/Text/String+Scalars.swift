import Foundation

extension String {
    /// A string made of `scalars`, encoded straight into the string's UTF-8 storage.
    ///
    /// Equal to appending the scalars to a `String.UnicodeScalarView`, which goes through a
    /// generic path per scalar; token and mention texts are built this way millions of times
    /// per corpus, and the generic path dominated tokenization.
    init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        var byteCount = 0
        for scalar in scalars { byteCount += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: byteCount) { buffer in
            var i = 0
            for scalar in scalars {
                let v = scalar.value
                switch v {
                case 0..<0x80:
                    buffer[i] = UInt8(v); i += 1
                case 0x80..<0x800:
                    buffer[i] = UInt8(0xC0 | (v >> 6)); buffer[i + 1] = UInt8(0x80 | (v & 0x3F)); i += 2
                case 0x800..<0x10000:
                    buffer[i] = UInt8(0xE0 | (v >> 12)); buffer[i + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[i + 2] = UInt8(0x80 | (v & 0x3F)); i += 3
                default:
                    buffer[i] = UInt8(0xF0 | (v >> 18)); buffer[i + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    buffer[i + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); buffer[i + 3] = UInt8(0x80 | (v & 0x3F)); i += 4
                }
            }
            return i
        }
    }

    /// The string lower-cased, with a byte-wise path for ASCII (the common case for tokens),
    /// equal to `lowercased()`.
    var asciiFastLowercased: String {
        var ascii = true
        var hasUpper = false
        for b in utf8 {
            if b >= 0x80 { ascii = false; break }
            if b >= 65 && b <= 90 { hasUpper = true }
        }
        guard ascii else { return ScalarLowercase.lowercased(self) ?? lowercased() }
        guard hasUpper else { return self }
        return String(unsafeUninitializedCapacity: utf8.count) { buffer in
            var i = 0
            for b in utf8 { buffer[i] = (b >= 65 && b <= 90) ? b + 32 : b; i += 1 }
            return i
        }
    }
}

extension String {
    private static let whitespacesAndNewlines = CharacterSet.whitespacesAndNewlines

    /// `trimmingCharacters(in: .whitespacesAndNewlines)` on scalars: it looks only at the two
    /// ends, where Foundation's goes through `NSString` and copies the string as UTF-16
    /// (about 50,000 instructions for a page's canonical URL).
    var trimmingWhitespaceAndNewlines: String {
        let scalars = unicodeScalars
        let space = Self.whitespacesAndNewlines
        guard let first = scalars.firstIndex(where: { !space.contains($0) }),
              let last = scalars.lastIndex(where: { !space.contains($0) }) else { return "" }
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return self }
        return String(scalars[first...last])
    }
}
