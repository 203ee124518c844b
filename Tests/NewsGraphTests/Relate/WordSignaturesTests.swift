import Testing
@testable import NewsGraph

@Suite struct WordSignaturesTests {
    @Test func wordsOfTheSetAreNeverRuledOut() {
        let words = ["attack", "a", "accused", "cease-fire", "Zürich", "ünïcode", String(repeating: "x", count: 40), "b"]
        let signatures = WordSignatures(words)
        for word in words { #expect(signatures.mayContain(word)) }
        // Same length, first and last byte as "attack": may be in the set (a false positive the
        // dictionary look-up behind it settles).
        #expect(signatures.mayContain("abcdek"))
        #expect(!signatures.mayContain("attacks"))
        #expect(!signatures.mayContain("the"))
        #expect(signatures.mayContain(""))   // no signature: always asked of the dictionary
    }

    /// `LexiconMembership.of` with its signature filter answers as the table alone does, on
    /// every lexicon word and on the words of a text.
    @Test func filteredMembershipEqualsTheTable() {
        var words = Array(LexiconMembership.table.keys)
        words += "Militants claimed the attack on Tuesday; Russia accused Ukraine, and the talks ended in a cease-fire. U.S. voters met — “strikes” 's".split(separator: " ").map { String($0).lowercased() }
        words += ["", "x", "attacks.", "attackz", "zttack", "kill", "killed", String(repeating: "a", count: 35)]
        var random = SplitMix64(seed: 5)
        let letters = Array("abcdeiklmnorstuvw-")
        for _ in 0..<5_000 {
            words.append(String((0..<Int.random(in: 1...12, using: &random)).map { _ in letters[Int.random(in: 0..<letters.count, using: &random)] }))
        }
        for word in words { #expect(LexiconMembership.of(word) == (LexiconMembership.table[word] ?? []), "\(word)") }
    }
}
