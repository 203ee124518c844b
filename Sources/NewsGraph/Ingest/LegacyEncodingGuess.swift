/// Guesses the legacy encoding of bytes that are not UTF-8 and declare nothing.
///
/// Western European text has isolated high bytes between ASCII letters (`S\u{E3}o`),
/// so short runs of high bytes mean windows-1252. Long runs mean a script written
/// entirely outside ASCII: each candidate decoder is tried, and the reading whose
/// characters look most like real text of its script wins — Cyrillic by the share of
/// lowercase letters (windows-1251 and KOI8-R swap cases), Japanese by kana, Korean by
/// Hangul syllables, Chinese by the most frequent simplified or traditional characters.
/// Anything unclear stays windows-1252, which decodes every byte.
enum LegacyEncodingGuess {
    /// The lower-case encoding name and the decoded text.
    static func guess(_ bytes: [UInt8]) -> (encoding: String, text: String) {
        let fallback = { ("windows-1252", Charset.decodeWindows1252(bytes)) }
        guard averageHighByteRun(bytes) >= 2.0 else { return fallback() }

        var best: (encoding: String, text: String, score: Double)?
        func consider(_ encoding: String, score: (String) -> Double) {
            guard let text = Charset.iconvDecode(bytes, from: encoding.uppercased()) else { return }
            let value = score(text)
            if value > (best?.score ?? 0) { best = (encoding, text, value) }
        }
        consider("windows-1251") { lowercaseCyrillicShare($0) }
        consider("koi8-r") { lowercaseCyrillicShare($0) }
        consider("shift_jis") { kanaShare($0) }
        consider("euc-jp") { kanaShare($0) }
        consider("euc-kr") { hangulShare($0) }
        consider("gb18030") { commonHanShare($0, Self.commonSimplified) }
        consider("big5") { commonHanShare($0, Self.commonTraditional) }
        consider("tis-620") { share($0) { (0x0E01...0x0E5B).contains($0.value) } }
        // Hebrew letters sit where windows-1251 has lowercase Cyrillic; Russian text also
        // uses я, ы, ь, э, ю (0xFB–0xFF) and capitals (0xC0–0xDF), Hebrew never does.
        if !bytes.contains(where: { $0 >= 0xC0 && $0 <= 0xDF || $0 >= 0xFB }) {
            consider("windows-1255") { share($0) { (0x05D0...0x05EA).contains($0.value) } * 1.5 }
        }
        guard let best, best.score >= 0.2 else { return fallback() }
        return (best.encoding, best.text)
    }

    /// Mean length of the runs of bytes ≥ 0x80.
    static func averageHighByteRun(_ bytes: [UInt8]) -> Double {
        var runs = 0, high = 0
        var inRun = false
        for byte in bytes {
            if byte >= 0x80 {
                high += 1
                if !inRun { runs += 1 }
                inRun = true
            } else {
                inRun = false
            }
        }
        return runs == 0 ? 0 : Double(high) / Double(runs)
    }

    private static func share(_ text: String, _ isTarget: (Unicode.Scalar) -> Bool) -> Double {
        var nonASCII = 0, target = 0
        for scalar in text.unicodeScalars where !scalar.isASCII {
            nonASCII += 1
            if isTarget(scalar) { target += 1 }
        }
        return nonASCII == 0 ? 0 : Double(target) / Double(nonASCII)
    }

    private static func lowercaseCyrillicShare(_ text: String) -> Double {
        share(text) { (0x0430...0x044F).contains($0.value) }
    }

    private static func kanaShare(_ text: String) -> Double {
        // Japanese prose is about half kana; weigh it so a good reading beats Chinese ones.
        share(text) { (0x3041...0x30FF).contains($0.value) } * 2
    }

    private static func hangulShare(_ text: String) -> Double {
        // Korean prose is nearly all Hangul; Chinese bytes read as EUC-KR mix in Hanja.
        let value = share(text) { (0xAC00...0xD7A3).contains($0.value) }
        return value >= 0.85 ? value : 0
    }

    private static func commonHanShare(_ text: String, _ common: Set<Unicode.Scalar>) -> Double {
        share(text) { common.contains($0) } * 3
    }

    /// Frequent characters that differ between simplified and traditional Chinese, plus
    /// a few shared ones.
    private static let commonSimplified = Set("的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里经济对与从".unicodeScalars)
    private static let commonTraditional = Set("的一是不了在人有我他這個們中來上大為和國地到以說時要就出會可也你對生能而子那得於著下自之年過發後作裡經濟對與從".unicodeScalars)
}
