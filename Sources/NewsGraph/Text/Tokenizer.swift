/// Splits text into word and punctuation tokens with Unicode-scalar offsets.
///
/// The conventions follow the CoNLL-2003 / Penn Treebank style the tagger was trained on:
/// - possessive and verbal clitics are tokens of their own: `Putin's` → `Putin` `'s`,
///   `don't` → `do` `n't` (straight `'` and curly `’` apostrophes alike);
/// - hyphenated words stay whole (`Anglo-Dutch`, `1996-08-22`), dashes (`—`, `–`, `--`) do not;
/// - numbers keep their inner separators (`1,250.5`, `10:30`, `3/4`);
/// - dotted abbreviations and initials keep their period (`U.S.`, `J.`), as do known
///   abbreviations such as `Mr.`, `Dr.`, `Gen.`, `Jan.`, `Inc.`;
/// - URLs (`https://…`, `www.…`) and e-mail addresses are single tokens, without trailing
///   punctuation;
/// - every other punctuation mark (`“ ” ‘ ’ ( ) , ; :` …) is a token of its own, except
///   runs of periods (`...`), which stay together, like `…`.
///
/// ```swift
/// let tokens = Tokenizer().tokenize("Mr. Smith's U.S.-based firm—see https://x.org.")
/// tokens.map(\.text)
/// // ["Mr.", "Smith", "'s", "U.S.", "-", "based", "firm", "—", "see", "https://x.org", "."]
/// ```
///
/// Complexity: O(n) in the number of Unicode scalars of the text.
public struct Tokenizer: Sendable {
    public init() {}

    /// The tokens of `text`, in order, with offsets in Unicode scalars.
    public func tokenize(_ text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        return tokenize(scalars: scalars, offset: 0)
    }

    /// Tokenizes a slice of scalars; `offset` is added to every token's offsets.
    func tokenize(scalars s: [Unicode.Scalar], offset: Int) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(s.count / 5 + 1)
        let n = s.count
        func emit(_ a: Int, _ b: Int) {
            tokens.append(Token(text: String(scalars: s[a..<b]), start: a + offset, end: b + offset))
        }
        var i = 0
        while i < n {
            let c = s[i]
            if CharClass.isSpace(c) { i += 1; continue }
            if let end = urlEnd(s, i) { emit(i, end); i = end; continue }
            if CharClass.isApostrophe(c), i > 0, CharClass.isWord(s[i - 1]), let end = cliticEnd(s, i) {
                emit(i, end); i = end; continue
            }
            if CharClass.isWord(c) {
                let (end, cliticStart) = wordEnd(s, i)
                emit(i, end)
                i = end
                if let cliticStart, cliticStart == end {
                    // "n't": the n belongs to the clitic, not the verb.
                    let cEnd = cliticStart + 3
                    emit(cliticStart, cEnd)
                    i = cEnd
                }
                continue
            }
            // Punctuation: runs of periods or ASCII hyphens stay together.
            if c == "." || c == "-" {
                var j = i + 1
                while j < n, s[j] == c { j += 1 }
                emit(i, j); i = j; continue
            }
            emit(i, i + 1)
            i += 1
        }
        return tokens
    }

    /// The end of the word starting at `i`, and where an "n't" clitic starts when the word
    /// ends in one (then the word ends there too).
    private func wordEnd(_ s: [Unicode.Scalar], _ start: Int) -> (Int, Int?) {
        let n = s.count
        var j = start
        var segmentStart = start
        var allShortDotted = true   // "U.S", "e.g": one letter between dots
        var dots = 0
        while true {
            while j < n, CharClass.isWord(s[j]) { j += 1 }
            guard j + 1 < n else { break }
            let joiner = s[j]
            let next = s[j + 1]
            let prev = s[j - 1]
            if CharClass.isApostrophe(joiner) {
                // Clitics split off: 's 're 've 'll 'd 'm and n't.
                if cliticEnd(s, j) != nil { break }
                if (next == "t" || next == "T"), prev == "n" || prev == "N", j - 1 > start,
                   j + 2 >= n || !CharClass.isWord(s[j + 2]) {
                    return (j - 1, j - 1)
                }
                if CharClass.isLetter(next) { j += 1; segmentStart = j; continue }
                break
            }
            guard CharClass.isWord(next) else { break }
            switch joiner {
            case "-", "\u{2010}", "\u{2011}", "_", "&", "@":
                j += 1; segmentStart = j; allShortDotted = false; continue
            case ".":
                if CharClass.isDigit(prev) && CharClass.isDigit(next) { j += 1; continue }
                if j - segmentStart == 1, CharClass.isLetter(prev), CharClass.isLetter(next),
                   j + 2 >= n || !CharClass.isLetter(s[j + 2]) {
                    dots += 1; j += 1; segmentStart = j; continue
                }
                if emailLike(s, start, j) { j += 1; segmentStart = j; continue }
            case ",", ":", "/":
                if CharClass.isDigit(prev) && CharClass.isDigit(next) { j += 1; continue }
            default:
                break
            }
            break
        }
        if j - segmentStart != 1 { allShortDotted = false }
        // A trailing period belongs to dotted abbreviations, initials and known abbreviations.
        if j < n, s[j] == ".", !(j + 1 < n && s[j + 1] == ".") {
            let isInitial = j - start == 1 && CharClass.isUpper(s[start])
            if (dots > 0 && allShortDotted) || isInitial || Abbreviations.isAbbreviation(s, start, j) {
                return (j + 1, nil)
            }
        }
        return (j, nil)
    }

    /// The end of a clitic ('s, 're, 've, 'll, 'd, 'm) starting at the apostrophe `i`.
    private func cliticEnd(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
        let n = s.count
        var j = i + 1
        while j < n, CharClass.isLetter(s[j]), j - i <= 3 { j += 1 }
        if j < n, CharClass.isWord(s[j]) { return nil }
        if let ascii = Self.asciiClitic(s, from: i + 1, to: j) { return ascii ? j : nil }
        var lower = ""
        for k in (i + 1)..<j { lower.unicodeScalars.append(contentsOf: String(s[k]).lowercased().unicodeScalars) }
        switch lower {
        case "s", "re", "ve", "ll", "d", "m": return j
        default: return nil
        }
    }

    /// Whether the ASCII letters `s[start..<end]` spell a clitic (s, re, ve, ll, d, m) in any
    /// case; nil when one of them is not ASCII (then the caller lower-cases them through
    /// Unicode). Every apostrophe after a word asks, and most clitics are "'s".
    static func asciiClitic(_ s: [Unicode.Scalar], from start: Int, to end: Int) -> Bool? {
        var word: UInt32 = 0
        guard end - start <= 3 else { return nil }
        for k in start..<end {
            let v = s[k].value
            guard v < 0x80 else { return nil }
            word = word << 8 | ((v &- 65 < 26) ? v + 32 : v)
        }
        switch word {
        case 0x73, 0x7265, 0x7665, 0x6C6C, 0x64, 0x6D: return true   // s re ve ll d m
        default: return false
        }
    }

    private func emailLike(_ s: [Unicode.Scalar], _ start: Int, _ j: Int) -> Bool {
        var k = start
        while k < j { if s[k] == "@" { return true }; k += 1 }
        return false
    }

    /// The end of a URL starting at `i` (http://, https://, www.), trailing punctuation excluded.
    private func urlEnd(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
        guard s[i] == "h" || s[i] == "w" || s[i] == "H" || s[i] == "W" else { return nil }
        if i > 0, CharClass.isWord(s[i - 1]) { return nil }
        guard hasPrefix(s, i, "http://") || hasPrefix(s, i, "https://") || hasPrefix(s, i, "www.") else { return nil }
        var j = i
        while j < s.count, !CharClass.isSpace(s[j]), !CharClass.isURLStop(s[j]) { j += 1 }
        while j > i, CharClass.isURLTrailing(s[j - 1]) { j -= 1 }
        return j > i + 4 ? j : nil
    }

    private func hasPrefix(_ s: [Unicode.Scalar], _ i: Int, _ prefix: StaticString) -> Bool {
        return prefix.withUTF8Buffer { buffer in
            let count = buffer.count
            guard i + count <= s.count else { return false }
            for k in 0..<count {
                let c = s[i + k].value
                let lower = (c >= 65 && c <= 90) ? c + 32 : c
                if lower != UInt32(buffer[k]) { return false }
            }
            return true
        }
    }
}

/// Character classes on Unicode scalars, with fast paths (see ``ScalarClass``).
enum CharClass {
    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return v == 32 || (v >= 9 && v <= 13) }
        return ScalarClass.isWhitespace(c) || v == 0x200B || v == 0xFEFF
    }

    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool { ScalarClass.isAlphabetic(c) }

    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool { ScalarClass.isDecimal(c) }

    @inline(__always) static func isUpper(_ c: Unicode.Scalar) -> Bool { ScalarClass.isUppercase(c) }

    @inline(__always) static func isLower(_ c: Unicode.Scalar) -> Bool { ScalarClass.isLowercase(c) }

    /// Letters, digits and combining marks: what words are made of.
    @inline(__always) static func isWord(_ c: Unicode.Scalar) -> Bool { ScalarClass.isAlphabeticNumberOrMark(c) }

    @inline(__always) static func isApostrophe(_ c: Unicode.Scalar) -> Bool {
        c == "'" || c == "\u{2019}"
    }

    static func isURLStop(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "<", ">", "\"", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}": return true
        default: return false
        }
    }

    static func isURLTrailing(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case ".", ",", ";", ":", "!", "?", ")", "]", "}", "'": return true
        default: return false
        }
    }
}
