import Testing
@testable import NewsGraph

@Suite struct TokenizerCliticTests {
    /// The ASCII clitic test equals lower-casing the letters and comparing them with the
    /// clitics, for every word of up to three letters from an alphabet holding theirs.
    @Test func asciiCliticEqualsLowercasedComparison() {
        let letters: [Unicode.Scalar] = ["s", "S", "r", "R", "e", "E", "v", "V", "l", "L", "d", "D", "m", "M", "t", "x", "a"]
        var words: [[Unicode.Scalar]] = [[]]
        for length in 1...3 {
            var next: [[Unicode.Scalar]] = []
            for word in words where word.count == length - 1 { for c in letters { next.append(word + [c]) } }
            words += next
        }
        for word in words {
            let lower = String(String.UnicodeScalarView(word)).lowercased()
            let expected = ["s", "re", "ve", "ll", "d", "m"].contains(lower)
            #expect(Tokenizer.asciiClitic(word, from: 0, to: word.count) == expected, "\(lower)")
        }
        // Not ASCII: left to the Unicode path.
        #expect(Tokenizer.asciiClitic(["\u{017F}"], from: 0, to: 1) == nil)
        #expect(Tokenizer().tokenize("Putin’S and O'Neill’ll don't").map(\.text) == ["Putin", "’S", "and", "O'Neill", "’ll", "do", "n't"])
    }
}
