extension Charset {
    /// True when ``decode(_:contentType:kind:source:)`` of an HTML page would give back these
    /// very bytes as its text: no byte order mark or wide encoding, a declared charset (HTTP,
    /// else `<meta>`) that is UTF-8, unknown or absent (all three decode valid UTF-8 as
    /// UTF-8), valid UTF-8, and nothing NFC could change. Most pages are such; the reader
    /// then hands the bytes on without making a `String` of the page and its bytes back.
    static func decodesToItself(html bytes: [UInt8], contentType: String?) -> Bool {
        guard !bytes.isEmpty, byteOrderMark(bytes) == nil, unmarkedWideEncoding(bytes) == nil else { return false }
        let label = contentType.flatMap { charsetParameter(ofContentType: $0) } ?? htmlMetaCharset(bytes)
        if let label, let name = canonicalName(label), name != "utf-8" { return false }
        return bytes.withUnsafeBufferPointer(isNormalizedUTF8)
    }

    /// `isValidUTF8(bytes) && !mayNeedNormalization(bytes)` in one pass: the ASCII words
    /// (most of a page) are read once instead of twice, and each sequence of a scalar at or
    /// above U+0300 is decoded where it is validated.
    static func isNormalizedUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        scanUTF8(bytes, rejectingNFCChanges: true)
    }

    /// Well-formed UTF-8 (Unicode table 3-7: no overlong forms, surrogates or code points
    /// past U+10FFFF), ASCII checked eight bytes at a time.
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        scanUTF8(bytes, rejectingNFCChanges: false)
    }

    /// The walk behind both: false at the first ill-formed sequence and, with
    /// `rejectingNFCChanges`, at the first scalar NFC could change. Inlined into each, so the
    /// flag costs nothing per byte.
    @inline(__always)
    private static func scanUTF8(_ bytes: UnsafeBufferPointer<UInt8>, rejectingNFCChanges: Bool) -> Bool {
        guard let base = UnsafeRawPointer(bytes.baseAddress) else { return true }
        let count = bytes.count
        var i = 0
        while i < count {
            // Pages are mostly ASCII: 32 bytes per test while they are, then 8.
            if i + 32 <= count {
                let word = base.loadUnaligned(fromByteOffset: i, as: UInt64.self) | base.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self)
                    | base.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self) | base.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 {
                    i += 32
                    continue
                }
            }
            if i + 8 <= count, base.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let lead = bytes[i]
            if lead < 0x80 { i += 1; continue }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return false
            }
            guard i + length <= count else { return false }
            let second = bytes[i + 1]
            guard second >= low && second <= high else { return false }
            for k in 2..<max(2, length) where bytes[i + k] & 0xC0 != 0x80 { return false }
            // Leads below 0xCC are U+0080…U+02FF, which NFC leaves alone.
            if rejectingNFCChanges && lead >= 0xCC {
                var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for k in 1..<length { value = value << 6 | (UInt32(bytes[i + k]) & 0x3F) }
                if let scalar = Unicode.Scalar(value), mayChangeUnderNFC(scalar) { return false }
            }
            i += length
        }
        return true
    }
}
