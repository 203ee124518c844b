import Testing
@testable import NewsGraph

@Suite struct AcronymMatcherTests {
    @Test func spellsMajorWordsAllWordsOrCapitalizedWords() {
        #expect(AcronymMatcher.matches("FSS", expansion: "Federal Security Service"))
        // an acronym from another language's words does not spell the English name
        #expect(!AcronymMatcher.matches("FSB", expansion: "Federal Security Service"))
        #expect(AcronymMatcher.matches("NSC", expansion: "National Security Council"))
        #expect(AcronymMatcher.matches("IDF", expansion: "Israel Defense Forces"))
        // minor words left out, or kept
        #expect(AcronymMatcher.matches("BoE", expansion: "Bank of England"))
        #expect(AcronymMatcher.matches("BE", expansion: "Bank of England"))
        // hyphenated particles: "Pakistan Tehreek-e-Insaf" is PTI
        #expect(AcronymMatcher.matches("PTI", expansion: "Pakistan Tehreek-e-Insaf"))
        #expect(AcronymMatcher.matches("U.N.", expansion: "United Nations"))
        #expect(!AcronymMatcher.matches("NSA", expansion: "National Security Council"))
        #expect(!AcronymMatcher.matches("N", expansion: "Nations"))
        #expect(!AcronymMatcher.matches("UN", expansion: "United Nations Security Council"))
    }

    @Test func initialsComputedOnceAnswerLikeMatches() {
        let names = ["Federal Security Service", "Bank of England", "Pakistan Tehreek-e-Insaf", "Rapid Support Forces",
                     "Zürich Öko Bank", "the European Union"]
        for name in names {
            let initials = AcronymMatcher.Initials(name)
            for acronym in ["FSS", "BoE", "BE", "PTI", "PI", "RSF", "ZÖB", "zöb", "EU", "TEU", "X"] {
                let letters = AcronymMatcher.letters(of: acronym)
                #expect((letters.map(initials.contains) ?? false) == AcronymMatcher.matches(acronym, expansion: name),
                        "\(acronym) / \(name)")
            }
        }
        #expect(AcronymMatcher.letters(of: "Z.") == nil)
        #expect(AcronymMatcher.letters(of: "ZÖB") == "zöb")
    }
}
