import Testing
@testable import NewsGraph

@Suite struct TokenizerTests {
    private func texts(_ s: String) -> [String] { Tokenizer().tokenize(s).map(\.text) }

    @Test func possessivesAndCliticsAreOwnTokens() {
        #expect(texts("Putin's plan") == ["Putin", "'s", "plan"])
        #expect(texts("Putin’s plan") == ["Putin", "’s", "plan"])
        #expect(texts("They don't know") == ["They", "do", "n't", "know"])
        #expect(texts("we're here, I'll go") == ["we", "'re", "here", ",", "I", "'ll", "go"])
        #expect(texts("O'Neill and D’Alema") == ["O'Neill", "and", "D’Alema"])
        #expect(texts("the Reuters' desk") == ["the", "Reuters", "'", "desk"])
    }

    @Test func unicodePunctuationIsSplit() {
        #expect(texts("“Yes,” she said—again…") == ["“", "Yes", ",", "”", "she", "said", "—", "again", "…"])
        #expect(texts("‘quote’ – dash") == ["‘", "quote", "’", "–", "dash"])
        #expect(texts("wait... what?!") == ["wait", "...", "what", "?", "!"])
    }

    @Test func hyphensNumbersAndAbbreviations() {
        #expect(texts("Anglo-Dutch 1996-08-22 U.S.-based") == ["Anglo-Dutch", "1996-08-22", "U.S.", "-", "based"])
        #expect(texts("$1,250.50 at 10:30, 3.5% -- up") == ["$", "1,250.50", "at", "10:30", ",", "3.5", "%", "--", "up"])
        #expect(texts("Mr. J. Smith of Acme Inc. met Gen. Lee") == ["Mr.", "J.", "Smith", "of", "Acme", "Inc.", "met", "Gen.", "Lee"])
        #expect(texts("in the U.S. and e.g. the U.K.") == ["in", "the", "U.S.", "and", "e.g.", "the", "U.K."])
        #expect(texts("AT&T won.") == ["AT&T", "won", "."])
        #expect(texts("ends here.") == ["ends", "here", "."])
    }

    @Test func urlsAndEmailsStayWhole() {
        #expect(texts("See https://example.org/a?b=c. Or www.bbc.co.uk!") ==
                ["See", "https://example.org/a?b=c", ".", "Or", "www.bbc.co.uk", "!"])
        #expect(texts("mail news@example.com today") == ["mail", "news@example.com", "today"])
    }

    @Test func offsetsAreUnicodeScalarOffsets() {
        let text = "Café “Zürich” 👍🏽 Putin's"
        let tokens = Tokenizer().tokenize(text)
        let scalars = Array(text.unicodeScalars)
        for token in tokens {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[token.start..<token.end])
            #expect(String(view) == token.text)
        }
        #expect(tokens.first { $0.text == "Putin" }?.range == 17..<22)
        // Combining marks stay inside their word.
        #expect(texts("Cafe\u{301} noir") == ["Cafe\u{301}", "noir"])
    }

    @Test func emptyAndWhitespaceOnlyInput() {
        #expect(texts("").isEmpty)
        #expect(texts(" \n\t ").isEmpty)
    }
}
