import Testing
@testable import NewsGraph

@Suite struct SentenceSplitterTests {
    private func sentences(_ s: String) -> [String] {
        SentenceSplitter().split(s).map { $0.tokens.map(\.text).joined(separator: " ") }
    }

    @Test func titlesMonthsAndInitialsDoNotEndSentences() {
        #expect(sentences("Mr. Smith met Dr. Jones on Jan. 5. Gen. J. R. Allen agreed.") ==
                ["Mr. Smith met Dr. Jones on Jan. 5 .", "Gen. J. R. Allen agreed ."])
    }

    @Test func dottedAcronymsEndSentencesOnlyBeforeAnOpener() {
        #expect(sentences("He moved to the U.S. The move was quick.") ==
                ["He moved to the U.S.", "The move was quick ."])
        #expect(sentences("The U.S. Senate voted. Apple Inc. Chief Tim Cook spoke.") ==
                ["The U.S. Senate voted .", "Apple Inc. Chief Tim Cook spoke ."])
    }

    @Test func quotationsStayWithTheirSentence() {
        #expect(sentences("“Stop!” he said. “We will win.” Then he left.") ==
                ["“ Stop ! ” he said .", "“ We will win . ”", "Then he left ."])
        #expect(sentences("He said \"no.\" She agreed.") == ["He said \" no . \"", "She agreed ."])
    }

    @Test func ellipsesEndSentencesOnlyBeforeCapitals() {
        #expect(sentences("We waited... and waited… Then it came.") ==
                ["We waited ... and waited …", "Then it came ."])
    }

    @Test func blankLinesAlwaysSplit() {
        #expect(sentences("Putin Slams Critics\n\nThe Kremlin said on Monday") ==
                ["Putin Slams Critics", "The Kremlin said on Monday"])
        #expect(sentences("one line\ncontinues here.") == ["one line continues here ."])
    }

    @Test func sentenceRangesCoverTheirTokens() {
        let text = "First one. Second one!"
        let result = SentenceSplitter().split(text)
        #expect(result.map(\.range) == [0..<10, 11..<22])
        #expect(SentenceSplitter().split("").isEmpty)
    }
}
