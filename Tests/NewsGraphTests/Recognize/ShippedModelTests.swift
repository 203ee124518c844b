import Testing
@testable import NewsGraph

@Suite struct ShippedModelTests {
    @Test(.enabled(if: ResourceLocator.url(for: "ner/model.bin") != nil))
    func shippedModelTagsRawNewsText() throws {
        let tagger = NamedEntityTagger(model: try TaggerModel.shipped())
        let text = "Angela Merkel met Vladimir Putin’s envoy in Moscow on Tuesday, the Kremlin said."
        let mentions = tagger.mentions(in: text)
        #expect(mentions.map(\.text) == ["Angela Merkel", "Vladimir Putin", "Moscow", "Kremlin"])
        // CoNLL annotators tag "Kremlin" LOC or ORG by context; only the first three are fixed.
        #expect(mentions.prefix(3).map(\.label) == [.person, .person, .location])
        // Offsets are Unicode-scalar offsets into the text.
        let scalars = Array(text.unicodeScalars)
        for mention in mentions {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[mention.start..<mention.end])
            #expect(String(view) == mention.text)
        }
        #expect(tagger.mentions(in: "").isEmpty)
    }

    @Test func typographicPunctuationIsNormalizedForTheModel() {
        #expect(["“", "”", "’s", "—", "…", "Zürich"].map(PreparedDocument.normalized) == ["\"", "\"", "'s", "-", "...", "Zürich"])
    }
}
