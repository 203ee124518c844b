/// What the features need to know about one token, computed once from its UTF-8 bytes.
struct TokenInfo: Sendable {
    var word: UInt64 = 0
    var lower: UInt64 = 0
    var shape: UInt64 = 0
    var shortShape: UInt64 = 0
    var prefixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    var suffixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    var flags: Flags = []
    var letters = 0
    /// Gazetteer matches: bit 2c = a match of category c starts here, 2c+1 = continues.
    var gazetteer: UInt32 = 0

    struct Flags: OptionSet, Sendable {
        let rawValue: UInt16
        static let initialCapital = Flags(rawValue: 1)
        static let allCapitals = Flags(rawValue: 2)
        static let allLower = Flags(rawValue: 4)
        static let hasDigit = Flags(rawValue: 8)
        static let hasLetter = Flags(rawValue: 16)
        static let punctuation = Flags(rawValue: 32)
        /// Set by the gazetteer: the word is usually written in lower case.
        static let commonWord = Flags(rawValue: 64)
    }

    /// Analyzes a token's bytes. ASCII letters are lower-cased byte-wise; other scalars are
    /// classified through their Unicode properties, so "Zürich" is title case like "Zurich".
    init(_ token: String) {
        var text = token
        text.withUTF8 { bytes in self.analyze(bytes, token) }
    }

    /// Hash of a lower-cased token, equal to `TokenInfo(token).lower`.
    static func lowerHash(_ token: String) -> UInt64 { TokenInfo(token).lower }

    private mutating func analyze(_ bytes: UnsafeBufferPointer<UInt8>, _ token: String) {
        var word = FeatureHash.offset
        var lower = FeatureHash.offset
        var shape = FeatureHash.offset
        var short = FeatureHash.offset
        var lastClass: UInt8 = 0
        var run = 0
        var upper = 0, lowerCount = 0, digits = 0, others = 0
        var firstIsUpper = false
        var asciiOnly = true
        for (index, b) in bytes.enumerated() {
            word = (word ^ UInt64(b)) &* FeatureHash.prime
            var lb = b
            let cls: UInt8
            if b >= 65 && b <= 90 { cls = 88; lb = b + 32; upper += 1; if index == 0 { firstIsUpper = true } }  // X
            else if b >= 97 && b <= 122 { cls = 120; lowerCount += 1 }  // x
            else if b >= 48 && b <= 57 { cls = 100; digits += 1 }  // d
            else if b >= 0x80 { asciiOnly = false; cls = 0; if b >= 0xC0 { others += 1 } }
            else { cls = b; others += 1 }
            lower = (lower ^ UInt64(lb)) &* FeatureHash.prime
            if cls != 0 {
                if cls == lastClass { run += 1 } else { run = 1; short = (short ^ UInt64(cls)) &* FeatureHash.prime }
                if run <= 4 { shape = (shape ^ UInt64(cls)) &* FeatureHash.prime }
                lastClass = cls
            }
        }
        if !asciiOnly {
            // Slow path for non-ASCII letters: classify by scalar properties, lower-case properly.
            upper = 0; lowerCount = 0; digits = 0; others = 0; firstIsUpper = false
            lower = FeatureHash.offset; shape = FeatureHash.offset; short = FeatureHash.offset
            lastClass = 0; run = 0
            for (index, scalar) in token.unicodeScalars.enumerated() {
                let cls: UInt8
                if CharClass.isUpper(scalar) { cls = 88; upper += 1; if index == 0 { firstIsUpper = true } }
                else if CharClass.isLetter(scalar) { cls = 120; lowerCount += 1 }
                else if CharClass.isDigit(scalar) { cls = 100; digits += 1 }
                else { cls = scalar.isASCII ? UInt8(scalar.value) : 42; others += 1 }
                if cls == lastClass { run += 1 } else { run = 1; short = (short ^ UInt64(cls)) &* FeatureHash.prime }
                if run <= 4 { shape = (shape ^ UInt64(cls)) &* FeatureHash.prime }
                lastClass = cls
            }
            for b in token.asciiFastLowercased.utf8 { lower = (lower ^ UInt64(b)) &* FeatureHash.prime }
        }
        self.word = word
        self.lower = lower
        self.shape = shape
        self.shortShape = short
        self.letters = upper + lowerCount
        var flags: Flags = []
        if firstIsUpper { flags.insert(.initialCapital) }
        if upper > 0 && lowerCount == 0 { flags.insert(.allCapitals) }
        if lowerCount > 0 && upper == 0 { flags.insert(.allLower) }
        if digits > 0 { flags.insert(.hasDigit) }
        if upper + lowerCount > 0 { flags.insert(.hasLetter) }
        if upper + lowerCount + digits == 0 { flags.insert(.punctuation) }
        self.flags = flags
        // Affixes of the lower-cased bytes (byte-wise; only ASCII is lower-cased here, which
        // keeps the hashes consistent between training and tagging).
        prefixes = (Self.affix(bytes, 1, fromEnd: false), Self.affix(bytes, 2, fromEnd: false),
                    Self.affix(bytes, 3, fromEnd: false), Self.affix(bytes, 4, fromEnd: false))
        suffixes = (Self.affix(bytes, 1, fromEnd: true), Self.affix(bytes, 2, fromEnd: true),
                    Self.affix(bytes, 3, fromEnd: true), Self.affix(bytes, 4, fromEnd: true))
    }

    /// Hash of the first or last `length` lower-cased bytes; 0 when the token is shorter.
    @inline(__always) private static func affix(_ bytes: UnsafeBufferPointer<UInt8>, _ length: Int, fromEnd: Bool) -> UInt64 {
        let n = bytes.count
        guard n >= length else { return 0 }
        var h = FeatureHash.offset
        for k in 0..<length {
            let b = fromEnd ? bytes[n - 1 - k] : bytes[k]
            h = (h ^ UInt64(b >= 65 && b <= 90 ? b + 32 : b)) &* FeatureHash.prime
        }
        return h
    }
}
