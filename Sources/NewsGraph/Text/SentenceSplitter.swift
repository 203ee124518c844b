/// Splits text into sentences of tokens.
///
/// The splitter tokenizes first (with ``Tokenizer``) and decides on token boundaries, so
/// abbreviations the tokenizer kept whole never end a sentence by accident:
/// - `.`, `!`, `?`, `...` and `…` end a sentence unless the next token starts in lower case
///   or is inner punctuation (`"Stop!" he said.` stays one sentence);
/// - closing quotes and brackets right after the end mark belong to the ending sentence;
/// - titles, months and initials (`Mr.`, `Gen.`, `Jan.`, `J.`) never end a sentence;
///   `U.S.`, `Inc.`, `etc.` end one only when a typical sentence opener follows
///   (`… in the U.S. The …`);
/// - a blank line (two line breaks) always ends a sentence, so headlines and paragraphs of
///   ``Article/text`` never run together.
///
/// ```swift
/// let sentences = SentenceSplitter().split("Mr. Smith went to Washington. He met Gen. Lee.")
/// sentences.map(\.tokens.count)  // [6, 5]
/// ```
///
/// Complexity: O(n) in the length of the text.
public struct SentenceSplitter: Sendable {
    public var tokenizer: Tokenizer

    public init(tokenizer: Tokenizer = Tokenizer()) {
        self.tokenizer = tokenizer
    }

    /// The sentences of `text`, with Unicode-scalar offsets into it.
    public func split(_ text: String) -> [Sentence] {
        let scalars = Array(text.unicodeScalars)
        let tokens = tokenizer.tokenize(scalars: scalars, offset: 0)
        return split(tokens: tokens, scalars: scalars)
    }

    /// The sentences' ranges in `text`, in Unicode scalars, end exclusive.
    public func ranges(_ text: String) -> [Range<Int>] { split(text).map(\.range) }

    /// Groups already tokenized text into sentences; `scalars` is the text the tokens index.
    func split(tokens: [Token], scalars: [Unicode.Scalar]) -> [Sentence] {
        boundaries(tokens: tokens, scalars: scalars).map { Sentence(tokens: Array(tokens[$0])) }
    }

    /// The sentences as runs of consecutive tokens, `tokens[range]` each, never empty: what
    /// ``split(tokens:scalars:)`` copies into ``Sentence``s; the tagger reads them in place.
    func boundaries(tokens: [Token], scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var first = 0
        var k = 0
        func close() {
            if first < k { sentences.append(first..<k); first = k }
        }
        while k < tokens.count {
            let token = tokens[k]
            k += 1
            guard k < tokens.count else { break }
            if paragraphBreak(scalars, from: token.end, to: tokens[k].start) { close(); continue }
            switch endKind(token.text) {
            case .none:
                continue
            case .terminal:
                // Closing quotes and brackets glued to the end mark stay in this sentence.
                while k < tokens.count, tokens[k].start == tokens[k - 1].end,
                      isClosing(tokens[k].text) {
                    k += 1
                }
                guard k < tokens.count else { break }
                if startsSentence(tokens, k) { close() }
            case .ambiguousAbbreviation:
                if opensSentenceClearly(tokens, k) { close() }
            }
        }
        close()
        return sentences
    }

    private enum EndKind { case none, terminal, ambiguousAbbreviation }

    private func endKind(_ text: String) -> EndKind {
        // Every end mark ends in one of these; most tokens are words and stop here.
        guard let last = text.unicodeScalars.last, last == "." || last == "!" || last == "?" || last == "…" else { return .none }
        switch text {
        case ".", "!", "?", "…", "?!", "!?": return .terminal
        default: break
        }
        let scalars = text.unicodeScalars
        if scalars.count > 1, scalars.allSatisfy({ $0 == "." }) { return .terminal }
        if scalars.count > 1, scalars.allSatisfy({ $0 == "!" || $0 == "?" }) { return .terminal }
        guard scalars.count > 1, scalars.last == "." else { return .none }
        let body = String(text.dropLast()).lowercased()
        if Abbreviations.neverFinal.contains(body) { return .none }
        if scalars.count == 2 { return .none }  // an initial such as "J."
        return .ambiguousAbbreviation  // "U.S.", "Inc.", "etc."
    }

    private func isClosing(_ text: String) -> Bool {
        switch text {
        case "\"", "'", "\u{201D}", "\u{2019}", ")", "]", "}", "\u{00BB}", "''": return true
        default: return false
        }
    }

    /// Whether the token at `k` can start a new sentence after an end mark.
    private func startsSentence(_ tokens: [Token], _ k: Int) -> Bool {
        guard let first = tokens[k].text.unicodeScalars.first else { return false }
        if CharClass.isLower(first) { return false }
        switch tokens[k].text {
        case ",", ";", ":", ")", "]", "-", "\u{2014}", "\u{2013}", "%": return false
        default: return true
        }
    }

    /// Whether the token at `k` opens a sentence unmistakably (used after "U.S.", "Inc.").
    private func opensSentenceClearly(_ tokens: [Token], _ k: Int) -> Bool {
        var k = k
        if isOpeningQuote(tokens[k].text), k + 1 < tokens.count { k += 1 }
        let text = tokens[k].text
        guard let first = text.unicodeScalars.first, CharClass.isUpper(first) else { return false }
        return Abbreviations.sentenceStarters.contains(text.lowercased())
    }

    private func isOpeningQuote(_ text: String) -> Bool {
        text == "\"" || text == "\u{201C}" || text == "\u{2018}"
    }

    /// Two or more line breaks between tokens: a paragraph or headline boundary.
    private func paragraphBreak(_ s: [Unicode.Scalar], from: Int, to: Int) -> Bool {
        var newlines = 0
        var i = from
        while i < to {
            if s[i] == "\n" || s[i] == "\u{2029}" { newlines += 1; if newlines >= 2 || s[i] == "\u{2029}" { return true } }
            i += 1
        }
        return false
    }
}
