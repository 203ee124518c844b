import Testing
@testable import NewsGraph

@Suite struct NameWordsTests {
    /// Equal to `split(separator: " ")` on names with runs of spaces, "\r\n", accents,
    /// combining marks after spaces and random mixes of them.
    @Test func equalsCharacterSplit() {
        var names = ["", " ", "Putin", "Vladimir Putin", "  Vladimir   V.  Putin  ", "a\r\n b", "Zürich Zoo", "e\u{301} x",
                     " \u{301}x y", "\u{600} x", "x \u{200D} y", "O'Neill-Brown Jr.", "\t tab"]
        var random = SplitMix64(seed: 9)
        let pieces = ["a", "B", " ", "  ", "\u{301}", "é", "\r\n", "\u{600}", "x", ".", "\u{2019}", "Ω"]
        for _ in 0..<3_000 {
            names.append((0..<Int.random(in: 0...8, using: &random)).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &random)] }.joined())
        }
        for name in names {
            #expect(NameWords.split(name).map(String.init) == name.split(separator: " ").map(String.init), "\(name.unicodeScalars.map(\.value))")
        }
    }
}
