import Testing
@testable import NewsGraph

@Suite struct TextNormalizerTests {
    /// What `commas` counted before it read bytes: the scalars themselves.
    static func scalarCommas(_ text: String) -> Int {
        let forms: Set<UInt32> = [0x2C, 0x60C, 0xFE50, 0xFE10, 0xFE11, 0x2E41, 0x2E34, 0x2E32, 0xFF0C, 0x3001]
        return text.unicodeScalars.filter { forms.contains($0.value) }.count
    }

    @Test(arguments: [
        "", "no commas here", "one, two, three", "Arabic \u{60C} and full-width \u{FF0C} and ideographic \u{3001}",
        "\u{FE50}\u{FE10}\u{FE11}\u{2E41}\u{2E34}\u{2E32}", "near misses \u{2E33}\u{2E40}\u{FE12}\u{FF0D}\u{3002}\u{60D}\u{2C}",
        "Zürich, Genève, 東京、大阪，", "\u{E2}\u{B8}", "trailing lead byte \u{2E3}",
    ])
    func commasCountEveryForm(_ text: String) {
        #expect(TextNormalizer.commas(text) == Self.scalarCommas(text))
    }

    @Test func commasCountsKnownText() {
        #expect(TextNormalizer.commas("a, b\u{3001} c\u{FF0C} d") == 3)
    }

    @Test(arguments: [
        [], [" "], ["\n"], ["one"], [" one ", " two "], ["one", "\n", "two"], ["\n", " a ", "\n", "\n", " ", "b", " \n "],
        ["Zürich", " ", "\n", "Genève ", "東京"], ["a", " ", " ", "b", "\n", " ", "c"], ["line", "\n"],
    ])
    func joinedLinesAreTheLinesOfTheJoinedText(_ parts: [String]) throws {
        let lines = try #require(TextNormalizer.joinedLines(parts))
        #expect(lines == BodyCollector.lines(of: TextNormalizer.join(parts)))
    }

    @Test func joinKeepsOneSpaceOrBreakBetweenWordsAndNoneAtTheEnds() {
        let parts = ["  a ", "\n", " b  c", "\n\n", " "]
        #expect(TextNormalizer.join(parts) == "a\nb c")
        #expect(TextNormalizer.joinedLines(parts) == ["a", "b c"])
        #expect(TextNormalizer.join(["\n", " "]) == "")
        #expect(TextNormalizer.joinedLines(["\n", " "]) == [])
    }

    @Test func joinedLinesSplitAtBreaksOnly() {
        #expect(TextNormalizer.joinedLines(["First ", "paragraph", "\n", " Second", "\n"]) == ["First paragraph", "Second"])
    }

    @Test func carriageReturnsAreLeftToTheStringSplit() {
        #expect(TextNormalizer.joinedLines(["a\r", "\n", "b"]) == nil)
    }

    /// ``TextNormalizer/length(_:)`` counts Unicode scalars.
    @Test func lengthCountsScalars() {
        for text in ["", "abc", "caf\u{E9}", "e\u{301}", "\u{1F600} x", "日本語のテキスト", String(repeating: "\u{2014}a", count: 50)] {
            #expect(TextNormalizer.length(text) == text.unicodeScalars.count, "\(text)")
        }
    }
}
