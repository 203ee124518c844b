/// Unicode scalar properties the text code asks about, answered without the runtime for the
/// scalars news text is mostly made of: ASCII, Latin, combining accents, Greek and Cyrillic
/// (U+0000–U+052F), and General Punctuation through Arrows (U+2000–U+21FF: curly quotes,
/// dashes, thin spaces, currency signs, ™, arrows).
///
/// Each answer equals the named `Unicode.Scalar.Properties` value for every scalar; only the
/// cost differs. A property look-up is a call into the runtime's compressed tables (several
/// per scalar when code asks about letter, case and category in turn), and tokenizing and
/// resolving ask about every scalar of every article.
///
/// ```swift
/// ScalarClass.isAlphabetic("é")   // true, as "é".properties.isAlphabetic
/// ScalarClass.isWhitespace("\u{00A0}")   // true
/// ```
enum ScalarClass {
    /// The scalars answered from the table; the rest ask the runtime. The table is built
    /// from the runtime's properties at first use, so it stays small to keep that cheap.
    static let latin: Range<UInt32> = 0..<0x530
    static let punctuation: Range<UInt32> = 0x2000..<0x2200

    private static let alphabetic: UInt8 = 1
    private static let uppercase: UInt8 = 2
    private static let lowercase: UInt8 = 4
    private static let whitespace: UInt8 = 8
    private static let decimal: UInt8 = 16
    private static let nonspacingMark: UInt8 = 32
    /// Numbers and marks that `CharClass.isWord` counts as word characters besides letters.
    private static let wordMark: UInt8 = 64

    /// One byte of flags per scalar of ``latin`` then ``punctuation``, computed once from the
    /// runtime's own properties. Written only inside this initializer, which Swift runs once,
    /// so sharing it across threads is safe.
    nonisolated(unsafe) private static let table: UnsafePointer<UInt8> = {
        let count = latin.count + punctuation.count
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: count)
        table.initialize(repeating: 0, count: count)
        for v in Array(latin) + Array(punctuation) {
            guard let c = Unicode.Scalar(v), let slot = slot(v) else { continue }
            table[slot] = flags(c)
        }
        return UnsafePointer(table)
    }()

    /// The table index of scalar value `v`, or nil outside the table.
    @inline(__always) private static func slot(_ v: UInt32) -> Int? {
        if v < latin.upperBound { return Int(v) }
        let offset = v &- punctuation.lowerBound
        if offset < UInt32(punctuation.count) { return latin.count + Int(offset) }
        return nil
    }

    /// The flags of `c` as the runtime computes them.
    static func flags(_ c: Unicode.Scalar) -> UInt8 {
        let p = c.properties
        var f: UInt8 = 0
        if p.isAlphabetic { f |= alphabetic }
        if p.isUppercase { f |= uppercase }
        if p.isLowercase { f |= lowercase }
        if p.isWhitespace { f |= whitespace }
        if p.numericType == .decimal { f |= decimal }
        switch p.generalCategory {
        case .nonspacingMark: f |= nonspacingMark | wordMark
        case .decimalNumber, .spacingMark, .enclosingMark, .otherNumber: f |= wordMark
        default: break
        }
        return f
    }

    @inline(__always) private static func has(_ c: Unicode.Scalar, _ flag: UInt8) -> Bool? {
        guard let slot = slot(c.value) else { return nil }
        return table[slot] & flag != 0
    }

    /// `c.properties.isAlphabetic`.
    @inline(__always) static func isAlphabetic(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return (v | 0x20) &- 0x61 < 26 }
        return has(c, alphabetic) ?? c.properties.isAlphabetic
    }

    /// `c.properties.isUppercase`.
    @inline(__always) static func isUppercase(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v &- 0x41 < 26 }
        return has(c, uppercase) ?? c.properties.isUppercase
    }

    /// `c.properties.isLowercase`.
    @inline(__always) static func isLowercase(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v &- 0x61 < 26 }
        return has(c, lowercase) ?? c.properties.isLowercase
    }

    /// `c.properties.isWhitespace`.
    @inline(__always) static func isWhitespace(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v == 32 || v &- 9 < 5 }
        return has(c, whitespace) ?? c.properties.isWhitespace
    }

    /// `c.properties.numericType == .decimal`.
    @inline(__always) static func isDecimal(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v &- 0x30 < 10 }
        return has(c, decimal) ?? (c.properties.numericType == .decimal)
    }

    /// `c.properties.generalCategory == .nonspacingMark`.
    @inline(__always) static func isNonspacingMark(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return false }
        return has(c, nonspacingMark) ?? (c.properties.generalCategory == .nonspacingMark)
    }

    /// Alphabetic, or a decimal, other number or mark: what `CharClass.isWord` reads as part of a word.
    @inline(__always) static func isAlphabeticNumberOrMark(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return (v | 0x20) &- 0x61 < 26 || v &- 0x30 < 10 }
        if let answer = has(c, alphabetic | wordMark) { return answer }
        if c.properties.isAlphabetic { return true }
        switch c.properties.generalCategory {
        case .decimalNumber, .nonspacingMark, .spacingMark, .enclosingMark, .otherNumber: return true
        default: return false
        }
    }
}
