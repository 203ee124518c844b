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

    /// Views built from the whole text's tokens read in place equal views that tokenize each
    /// sentence alone.
    @Test func viewsReusingWholeTextTokensEqualTokenizingEachSentence() {
        let text = ScalarText("The U.S. Army left. Putin's aide, Ms. O'Neill, met Mr. Smith in St. Louis. Talks ended at 10.30. U.N. staff left")
        let sentences = [0..<19, 20..<74, 75..<96, 97..<112, 3..<8, 55..<61]
        let spans = [ResolvedDocument.Span(start: 4, end: 8, entity: 0), ResolvedDocument.Span(start: 20, end: 25, entity: 1),
                     ResolvedDocument.Span(start: 97, end: 101, entity: 2)]
        let whole = GraphTokenizer.tokens(text)
        let reused = SentenceView.build(text: text, sentences: sentences, spans: spans, wholeTextTokens: whole)
        let alone = SentenceView.build(text: text, sentences: sentences, spans: spans, wholeTextTokens: nil)
        #expect(reused.map(\.items) == alone.map(\.items))
        #expect(reused.flatMap(\.items).contains { $0.entity == 2 })
    }
}
