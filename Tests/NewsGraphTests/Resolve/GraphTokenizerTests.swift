import Testing
@testable import NewsGraph

@Suite struct GraphTokenizerTests {
    func texts(_ s: String) -> [String] { GraphTokenizer.tokens(ScalarText(s)).map(\.text) }

    @Test func keepsAbbreviationsAndSplitsPossessives() {
        #expect(texts("the U.S. Embassy") == ["the", "U.S.", "Embassy"])
        #expect(texts("Mr. Putin's aide") == ["Mr.", "Putin", "'s", "aide"])
        #expect(texts("O'Brien, ISIS-K.") == ["O'Brien", ",", "ISIS-K", "."])
        #expect(texts("Ukrainians' anger") == ["Ukrainians", "'", "anger"])
    }

    /// The period after a word: kept for dotted initialisms and listed abbreviations in any
    /// case; not after a single initial (it may end a sentence), other words or capitalized runs.
    @Test func periodsAfterWords() {
        #expect(texts("GEN. Milley and Capt. Cook met Dr. No.") == ["GEN.", "Milley", "and", "Capt.", "Cook", "met", "Dr.", "No", "."])
        #expect(texts("J. Smith, U.S.A. and E.U. rules.") == ["J", ".", "Smith", ",", "U.S.A.", "and", "E.U.", "rules", "."])
        #expect(texts("It is NATO. It is Captain. It is i.") == ["It", "is", "NATO", ".", "It", "is", "Captain", ".", "It", "is", "i", "."])
        #expect(texts("Der Übersetzer Ö. Yilmaz") == ["Der", "Übersetzer", "Ö", ".", "Yilmaz"])
    }

    /// ASCII tokens are built straight from the scalars; every token's lower form must still be
    /// its text lower-cased with curly apostrophes straightened, ASCII or not.
    @Test func lowerFormsEqualLowercasedText() {
        let text = "The U.S. Embassy’s staff, O’Brien's GEN. Milley-Smith and ZÜRICH’S ÉCOLE 42 said: “NO”! 𝔘ber"
        let tokens = GraphTokenizer.tokens(ScalarText(text))
        #expect(tokens.map(\.text) == ["The", "U.S.", "Embassy", "’s", "staff", ",", "O’Brien", "'s", "GEN.", "Milley-Smith", "and",
                                       "ZÜRICH", "’S", "ÉCOLE", "42", "said", ":", "“", "NO", "”", "!", "𝔘ber"])
        for token in tokens {
            #expect(token.lower == token.text.lowercased().replacingOccurrences(of: "\u{2019}", with: "'"), "\(token.text)")
            #expect(token.text == ScalarText(text).slice(token.start, token.end))
        }
    }

    @Test func offsetsAreUnicodeScalars() {
        let tokens = GraphTokenizer.tokens(ScalarText("Zürich 🇺🇦 Kyiv"))
        #expect(tokens.last?.text == "Kyiv")
        #expect(tokens.last?.start == 10)
    }

    /// Reusing the whole text's tokens must give exactly what tokenizing each range alone
    /// gives, for every range, including ranges cutting "U.S.", possessives, hyphens and quotes.
    @Test func reusingWholeTextTokensEqualsTokenizingTheRange() {
        let texts = [
            "The U.S. Army left. The U.S.A. joined. He met Mr. Smith's aides in St. Louis.",
            "Putin's aide, Ms. O'Neill-Brown, said \u{201C}no\u{201D} \u{2014} the E.U.'s envoy disagreed.",
            "Talks in Kyiv's centre ended at 10.30. U.N. staff left; I.C.C. judges stayed. Co. Inc. Ltd.",
            // "I" then ".B": cut right after "B", the range alone reads the initialism "I.B".
            "I.Bx went home.",
        ]
        for text in texts {
            let scalars = ScalarText(text)
            let whole = GraphTokenizer.tokens(scalars)
            for start in 0...scalars.count {
                for end in start...scalars.count {
                    let alone = GraphTokenizer.tokens(scalars, from: start, to: end)
                    let reused = GraphTokenizer.tokens(scalars, from: start, to: end, reusing: whole)
                    #expect(reused == alone, "\(start)..<\(end) of \(text)")
                    if reused != alone { return }
                }
            }
        }
    }
}
