import Testing
@testable import NewsGraph

@Suite struct ScalarClassTests {
    /// Every class against the runtime's own property, for `scalars`.
    static func mismatches(_ scalars: some Sequence<UInt32>) -> [String] {
        var found: [String] = []
        for v in scalars {
            guard let c = Unicode.Scalar(v) else { continue }
            let p = c.properties
            let category = p.generalCategory
            let wordCategory: Bool
            switch category {
            case .decimalNumber, .nonspacingMark, .spacingMark, .enclosingMark, .otherNumber: wordCategory = true
            default: wordCategory = false
            }
            let checks: [(String, Bool, Bool)] = [
                ("isAlphabetic", ScalarClass.isAlphabetic(c), p.isAlphabetic),
                ("isUppercase", ScalarClass.isUppercase(c), p.isUppercase),
                ("isLowercase", ScalarClass.isLowercase(c), p.isLowercase),
                ("isWhitespace", ScalarClass.isWhitespace(c), p.isWhitespace),
                ("isDecimal", ScalarClass.isDecimal(c), p.numericType == .decimal),
                ("isNonspacingMark", ScalarClass.isNonspacingMark(c), category == .nonspacingMark),
                ("isAlphabeticNumberOrMark", ScalarClass.isAlphabeticNumberOrMark(c), p.isAlphabetic || wordCategory),
            ]
            for (name, fast, slow) in checks where fast != slow {
                found.append("U+\(String(v, radix: 16)) \(name): \(fast) vs \(slow)")
            }
        }
        return found
    }

    @Test func asciiAgreesWithTheUnicodeProperties() {
        #expect(Self.mismatches(0..<0x80) == [])
    }

    @Test func tableAgreesWithTheUnicodeProperties() {
        #expect(Self.mismatches(0x80..<ScalarClass.latin.upperBound) == [])
        #expect(Self.mismatches(ScalarClass.punctuation) == [])
    }

    @Test func scalarsBeyondTheTableAgree() {
        // Everything up to U+3000 (Greek, Cyrillic, Hebrew, Arabic, Devanagari, symbols), then
        // every 17th scalar up to U+10FFFF (surrogates are skipped), plus block edges.
        let sample = Array(ScalarClass.latin.upperBound..<0x3000) + Array(stride(from: 0x3000, to: 0x11_0000, by: 17))
            + [0xFEFF, 0x1_0000, 0x10_FFFF]
        #expect(Self.mismatches(sample) == [])
    }

    @Test func newsPunctuationIsClassified() {
        #expect(ScalarClass.isWhitespace("\u{00A0}") && ScalarClass.isWhitespace("\u{2009}") && !ScalarClass.isWhitespace("\u{200B}"))
        #expect(ScalarClass.isAlphabetic("é") && ScalarClass.isUppercase("Ü") && ScalarClass.isLowercase("ß"))
        #expect(!ScalarClass.isAlphabeticNumberOrMark("\u{201C}") && !ScalarClass.isAlphabeticNumberOrMark("\u{2014}"))
        #expect(ScalarClass.isNonspacingMark("\u{0301}") && ScalarClass.isAlphabeticNumberOrMark("\u{0301}"))
        #expect(ScalarClass.isDecimal("٣") && ScalarClass.isAlphabeticNumberOrMark("²") && !ScalarClass.isDecimal("²"))
    }
}
