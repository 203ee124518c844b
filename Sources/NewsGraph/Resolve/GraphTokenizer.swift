/// Splits text into ``GraphToken``s: words (with inner hyphens, apostrophes and the periods of
/// "U.S." or "Mr."), the possessive "'s", and single punctuation marks.
///
/// The Text layer's ``Tokenizer`` tokenizes for the tagger; this one serves only the resolver's
/// patterns, which need a few decisions of their own (the possessive as a separate token, the
/// final period of "U.S." kept), so a change in the tagger's tokens never shifts a relation rule.
enum GraphTokenizer {
    /// Abbreviations whose period belongs to the word.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sen", "rep", "gov", "st", "jr", "sr", "capt", "adm", "sgt",
        "prof", "maj", "co", "inc", "corp", "ltd", "vs", "rev", "gens", "reps", "sens", "cpl", "pvt", "mt", "ft",
    ]

    /// The index of the first token starting at or after `offset` (`tokens.count` when none), by
    /// binary search over tokens sorted by start. O(log n).
    static func firstIndex(in tokens: [GraphToken], startingAtOrAfter offset: Int) -> Int {
        var low = 0, high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].start < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The tokens of `text[start..<end]`, equal to `tokens(text, from: start, to: end)`, taking
    /// those of the whole text's `whole` tokens that cannot differ and tokenizing only the rest.
    ///
    /// A range tokenized alone differs from the whole text only where a token's look-ahead (at
    /// most two scalars past its end) reaches the range's end, or where a whole-text token
    /// straddles its start; those parts are tokenized again.
    static func tokens(_ text: ScalarText, from start: Int, to end: Int, reusing whole: [GraphToken]) -> [GraphToken] {
        let (reused, tail) = parts(text, from: start, to: end, reusing: whole)
        return Array(whole[reused]) + tail
    }

    /// The tokens of `text[start..<end]` as two parts: `whole[reused]` followed by `tail`
    /// (``tokens(_:from:to:reusing:)`` joins them; the sentence views read them in place).
    static func parts(_ text: ScalarText, from start: Int, to end: Int, reusing whole: [GraphToken]) -> (reused: Range<Int>, tail: [GraphToken]) {
        let first = firstIndex(in: whole, startingAtOrAfter: start)
        guard first == 0 || whole[first - 1].end <= start else { return (first..<first, tokens(text, from: start, to: end)) }
        var k = first
        var resume = start
        while k < whole.count, whole[k].end + 3 <= end {
            resume = whole[k].end
            k += 1
        }
        return (first..<k, tokens(text, from: resume, to: end))
    }

    /// Whether `word` without its periods, lower-cased, is one of ``abbreviations``.
    private static func isAbbreviation(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        var letters = String.UnicodeScalarView()
        for c in word where c != "." { letters.append(c) }
        return abbreviations.contains(String(letters).lowercased())
    }

    static func tokens(_ text: ScalarText, from start: Int = 0, to end: Int? = nil) -> [GraphToken] {
        let s = text.scalars
        let stop = min(end ?? s.count, s.count)
        var tokens: [GraphToken] = []
        // About one token per five scalars in news text: grown once or twice, not ~15 times.
        tokens.reserveCapacity(max(0, stop - start) / 5 + 1)
        var i = max(0, start)
        func isWordScalar(_ c: Unicode.Scalar) -> Bool {
            // ASCII first: Unicode property lookups dominated resolution time.
            if c.value < 0x80 {
                return ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c)
            }
            return ScalarClass.isAlphabetic(c) || ScalarClass.isNonspacingMark(c)
        }
        func isApostrophe(_ c: Unicode.Scalar) -> Bool { c == "'" || c == "\u{2019}" }
        func make(_ a: Int, _ b: Int) -> GraphToken {
            // Most tokens are ASCII: both strings are written straight from the scalars
            // (no third pass to look for a curly apostrophe, which is not ASCII).
            var ascii = true, hasUpper = false
            for k in a..<b {
                let v = s[k].value
                if v >= 0x80 { ascii = false; break }
                if v >= 65 && v <= 90 { hasUpper = true }
            }
            if ascii {
                let t = String(unsafeUninitializedCapacity: b - a) { buffer in
                    for k in a..<b { buffer[k - a] = UInt8(truncatingIfNeeded: s[k].value) }
                    return b - a
                }
                guard hasUpper else { return GraphToken(start: a, end: b, text: t, lower: t) }
                let lower = String(unsafeUninitializedCapacity: b - a) { buffer in
                    for k in a..<b {
                        let byte = UInt8(truncatingIfNeeded: s[k].value)
                        buffer[k - a] = byte >= 65 && byte <= 90 ? byte + 32 : byte
                    }
                    return b - a
                }
                return GraphToken(start: a, end: b, text: t, lower: lower)
            }
            let t = text.slice(a, b)
            var lower = t.asciiFastLowercased
            if lower.unicodeScalars.contains("\u{2019}") {
                lower = String(String.UnicodeScalarView(lower.unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }))
            }
            return GraphToken(start: a, end: b, text: t, lower: lower)
        }
        while i < stop {
            let c = s[i]
            if c == " " || c == "\n" || (c.value >= 0x80 || c.value < 0x20) && ScalarClass.isWhitespace(c) { i += 1; continue }
            if isApostrophe(c) {
                // possessive 's (or a closing quote)
                if i + 1 < stop, s[i + 1] == "s" || s[i + 1] == "S", i + 2 >= stop || !isWordScalar(s[i + 2]),
                   i > 0, isWordScalar(s[i - 1]) {
                    tokens.append(make(i, i + 2)); i += 2; continue
                }
                tokens.append(make(i, i + 1)); i += 1; continue
            }
            if !isWordScalar(c) { tokens.append(make(i, i + 1)); i += 1; continue }
            var j = i
            while j < stop {
                let d = s[j]
                if isWordScalar(d) { j += 1; continue }
                if (d == "-" || d == "\u{2010}") && j + 1 < stop && isWordScalar(s[j + 1]) { j += 1; continue }
                if isApostrophe(d) && j + 1 < stop && isWordScalar(s[j + 1]) {
                    // "'s" followed by a non-letter is a possessive, not part of the word
                    let isPossessive = (s[j + 1] == "s" || s[j + 1] == "S") && (j + 2 >= stop || !isWordScalar(s[j + 2]))
                    if isPossessive { break }
                    j += 1; continue
                }
                if d == "." {
                    // Every word before a period comes here (each sentence's last), so this
                    // reads the scalars in place instead of building strings first.
                    let word = s[i..<j]
                    let hasPeriod = word.contains(".")
                    var initialism = true, run = 0
                    for c in word {
                        if c == "." { run = 0; continue }
                        run += 1
                        if run > 1 || !ScalarClass.isUppercase(c) { initialism = false; break }
                    }
                    if initialism && j + 1 < stop && ScalarClass.isUppercase(s[j + 1]) && (j + 2 >= stop || s[j + 2] == ".") {
                        j += 1; continue   // U.S -> continue through the next letter
                    }
                    let letterCount = word.count { $0 != "." }
                    if (initialism && letterCount >= 1 && hasPeriod) || (letterCount <= 5 && isAbbreviation(word)) {
                        j += 1   // keep the final period of "U.S." and "Mr."
                    }
                    break
                }
                break
            }
            tokens.append(make(i, j))
            i = j
        }
        return tokens
    }
}
