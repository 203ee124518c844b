import Testing
@testable import NewsGraph

@Suite struct LexiconMembershipTests {
    @Test func everyLexiconWordIsFoundAndOthersAreNot() {
        for word in EventLexicon.nouns.keys { #expect(LexiconMembership.of(word).contains(.eventNoun)) }
        for word in EventLexicon.perpetratorVerbs { #expect(LexiconMembership.of(word).contains(.perpetratorVerb)) }
        for word in EventLexicon.involvementVerbs { #expect(LexiconMembership.of(word).contains(.involvementVerb)) }
        for word in VerbRelationExtractor.verbs.keys { #expect(LexiconMembership.of(word).contains(.relationVerb)) }
        #expect(LexiconMembership.of("the") == [])
        #expect(LexiconMembership.of("Attack") == [])  // items carry lower-cased words
        #expect(LexiconMembership.of("attack").contains(.eventNoun))
    }

    @Test func sentenceItemsCarryTheirWordsLexicons() {
        let text = ScalarText("Militants claimed the attack. Russia accused Ukraine.")
        let views = SentenceView.build(text: text, sentences: [0..<29, 30..<53], spans: [], wholeTextTokens: nil)
        let marked = views.flatMap(\.items).filter { !$0.lexicons.isEmpty }.map(\.lower)
        #expect(marked == ["claimed", "attack", "accused"])
    }
}
