import Testing
@testable import NewsGraph

@Suite struct FallbackSentenceSplitterTests {
    func split(_ text: String) -> [String] {
        let s = ScalarText(text)
        return FallbackSentenceSplitter.sentences(in: text).map { s.slice($0.lowerBound, $0.upperBound) }
    }

    @Test func splitsAtTerminalsBeforeCapitalsButNotAfterAbbreviations() {
        #expect(split("Mr. Putin spoke. Kyiv replied! Did it? Yes.") == ["Mr. Putin spoke.", "Kyiv replied!", "Did it?", "Yes."])
        #expect(split("The U.S. Embassy in Moscow warned. Gen. Smith left.") == ["The U.S. Embassy in Moscow warned.", "Gen. Smith left."])
        #expect(split("He said \"no.\" Then left.") == ["He said \"no.\"", "Then left."])
    }

    @Test func blankLinesEndSentences() {
        #expect(split("Headline Without Stop\n\nBody text.") == ["Headline Without Stop", "Body text."])
    }
}
