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

    @Test func offsetsAreUnicodeScalars() {
        let tokens = GraphTokenizer.tokens(ScalarText("Zürich 🇺🇦 Kyiv"))
        #expect(tokens.last?.text == "Kyiv")
        #expect(tokens.last?.start == 10)
    }
}
