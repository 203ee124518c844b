import Testing
@testable import NewsGraph

/// The gap between two person mentions that joins them into one name ("Abdulaziz bin Salman").
@Suite struct NameParticleTests {
    /// The definition on strings: spaces, exactly one word, spaces, and the word is a particle.
    func reference(_ between: String) -> Bool {
        let words = between.split(separator: " ")
        return between.hasPrefix(" ") && between.hasSuffix(" ") && words.count == 1
            && EntityResolver.nameParticles.contains(String(words[0]))
    }

    @Test func gapEqualsTheStringDefinition() {
        let gaps = [" bin ", " bint ", "  van   ", " von der ", " bin", "bin ", " ", "", "  ", " binx ", " Bin ", " al ", " al-", " d ",
                    " bin\u{301} ", " \u{301}bin ", " bin \u{301}", " bin \u{301} ", "\u{A0}bin ", " bin\u{A0}", " der ", " dos ",
                    " and ", " said in a long paragraph about bin ", " de\n", " ibn  ", " el ", " la ", " le ", " ibnx "]
        for gap in gaps {
            let scalars = Array(("Ali" + gap + "Salman").unicodeScalars)
            let start = 3, end = 3 + gap.unicodeScalars.count
            #expect(EntityResolver.isParticleGap(scalars, from: start, to: end) == reference(gap), "\(gap.debugDescription)")
        }
        #expect(EntityResolver.isParticleGap(Array("Ali bin Salman".unicodeScalars), from: 3, to: 8))
        #expect(!EntityResolver.isParticleGap(Array("Ali bin".unicodeScalars), from: 3, to: 40))
    }

    @Test func joinsTwoPersonMentionsAcrossAParticle() {
        let text = "Abdulaziz bin Salman met Putin and Salman."
        let mentions = [Mention(start: 0, end: 9, text: "Abdulaziz", label: .person, confidence: 0.9),
                        Mention(start: 14, end: 20, text: "Salman", label: .person, confidence: 0.9),
                        Mention(start: 25, end: 30, text: "Putin", label: .person, confidence: 0.9),
                        Mention(start: 35, end: 41, text: "Salman", label: .person, confidence: 0.9)]
        let (joined, absorbed) = EntityResolver.joinNameParticles(mentions, text: ScalarText(text))
        #expect(joined[0].text == "Abdulaziz bin Salman" && joined[0].end == 20)
        #expect(joined[1].start == joined[1].end)
        #expect(absorbed == [1: 0])
        #expect(joined[2] == mentions[2] && joined[3] == mentions[3])
    }
}
