/// A small rule-based sentence splitter, used by ``GraphBuilder`` until it is handed the Text
/// layer's splitter: breaks at blank lines and after `.`, `!` or `?` (with closing quotes)
/// followed by a capitalised word, except after abbreviations ("Mr.", "Gen.") and initials.
///
/// ```swift
/// FallbackSentenceSplitter.sentences(in: "Mr. Putin spoke. Kyiv replied.")  // [0..<16, 17..<30]
/// ```
public enum FallbackSentenceSplitter {
    /// Sentence ranges in Unicode-scalar offsets, end exclusive, trimmed of surrounding whitespace.
    public static func sentences(in text: String) -> [Range<Int>] {
        let scalarText = ScalarText(text)
        let tokens = GraphTokenizer.tokens(scalarText)
        var ranges: [Range<Int>] = []
        var start: Int?
        var last = 0
        func close() {
            if let s = start, last > s { ranges.append(s..<last) }
            start = nil
        }
        var skipThrough = -1
        for (index, token) in tokens.enumerated() where index > skipThrough {
            if let s = start, s < token.start, hasBlankLine(scalarText, from: last, to: token.start) { close() }
            if start == nil { start = token.start }
            last = token.end
            // "U.S." is not a terminal: "the U.S. Embassy" is far more common than a sentence ending in it.
            let isTerminal = token.text == "." || token.text == "!" || token.text == "?"
            guard isTerminal else { continue }
            var next = index + 1
            while next < tokens.count, ["\"", "\u{201D}", "'", "\u{2019}", ")"].contains(tokens[next].text), tokens[next].start == last {
                last = tokens[next].end
                next += 1
            }
            if next >= tokens.count { continue }
            let following = tokens[next]
            let startsSentence = following.isCapitalized || ["\"", "\u{201C}", "("].contains(following.text) ||
                following.text.unicodeScalars.first.map { ("0"..."9").contains($0) } == true
            if startsSentence && following.start > last {
                close()
                skipThrough = next - 1   // the closing quotes belong to the sentence just closed
            }
        }
        close()
        return ranges
    }

    private static func hasBlankLine(_ text: ScalarText, from: Int, to: Int) -> Bool {
        var newlines = 0
        for i in from..<to where text.scalars[i] == "\n" {
            newlines += 1
            if newlines >= 2 { return true }
        }
        return false
    }
}
