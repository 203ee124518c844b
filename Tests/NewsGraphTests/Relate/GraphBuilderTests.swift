import Foundation
import Testing
@testable import NewsGraph

@Suite struct GraphBuilderTests {
    @Test func analyzesAnArticleThroughTheInjectedTaggerAndSplitter() throws {
        let article = Article(url: "file:///a.html", paragraphs: ["Kremlin spokesman Dmitry Peskov spoke.", "Peskov left."])
        let tagger = ClosureTagger { text in
            GoldMentions.spans(in: text, marks: [.init(text: "Kremlin", label: .organization), .init(text: "Dmitry Peskov", label: .person),
                                                 .init(text: "Peskov", label: .person)])
        }
        let builder = GraphBuilder(tagger: tagger) { text in
            // one sentence per paragraph, as a stand-in for the Text layer's splitter
            var ranges: [Range<Int>] = [], start = 0, offset = 0
            for scalar in text.unicodeScalars {
                if scalar == "\n" { if offset > start { ranges.append(start..<offset) }; start = offset + 1 }
                offset += 1
            }
            if offset > start { ranges.append(start..<offset) }
            return ranges
        }
        let graph = builder.analyze(article)
        #expect(graph.entities.map(\.name) == ["Kremlin", "Dmitry Peskov"])
        #expect(graph.mentions.map(\.entity) == [0, 1, 1])
        let role = try #require(graph.relations.first { $0.type == "spokesperson_of" })
        #expect(role.evidence.sentence == "Kremlin spokesman Dmitry Peskov spoke.")
    }

    @Test func outOfRangeSentencesAndMentionsDoNotCrash() {
        let builder = GraphBuilder(tagger: ClosureTagger { _ in [Mention(start: 50, end: 90, text: "x", label: .person)] }) { _ in [0..<1000] }
        let graph = builder.analyze(Article(url: "u", paragraphs: ["Short text."]))
        #expect(graph.entities.isEmpty)
        #expect(graph.mentions.count == 1 && graph.mentions[0].entity == nil)
    }

    /// Without a splitter of its own, the builder reads the sentences the tagger read (here one
    /// for the whole text, so the two names are co-mentioned), not a second split of the text.
    @Test func usesTheTaggersSentencesByDefault() {
        struct OneSentenceTagger: MentionTagger {
            func mentions(in text: String) -> [Mention] { mentionsAndSentences(in: text).mentions }
            func mentionsAndSentences(in text: String) -> (mentions: [Mention], sentences: [Range<Int>]) {
                (GoldMentions.spans(in: text, marks: [.init(text: "Dmitry Peskov", label: .person), .init(text: "Emmanuel Macron", label: .person)]),
                 [0..<text.unicodeScalars.count])
            }
        }
        let article = Article(url: "file:///a.html", paragraphs: ["Dmitry Peskov spoke.", "Emmanuel Macron left."])
        let together = GraphBuilder(tagger: OneSentenceTagger()).analyze(article)
        #expect(together.relations.map(\.type) == ["co_mention"])
        let apart = GraphBuilder(tagger: OneSentenceTagger(), sentenceSplitter: { SentenceSplitter().ranges($0) }).analyze(article)
        #expect(apart.relations.isEmpty)
    }
}
