import Testing
@testable import NewsGraph

@Suite struct CoMentionExtractorTests {
    typealias T = GraphTestSupport

    @Test func pairsInOneSentenceOnlyUndirectedWithEvidence() throws {
        let text = "Vladimir Putin met Xi Jinping. Joe Biden stayed home."
        let g = T.graph(text, [("Vladimir Putin", .person), ("Xi Jinping", .person), ("Joe Biden", .person)])
        let co = g.relations.filter { $0.type == "co_mention" }
        #expect(co.count == 1)   // nothing across the sentence break
        let pair = try #require(co.first)
        #expect(!pair.directed)
        #expect(Set([g.entities[pair.subject].name, g.entities[pair.object].name]) == ["Vladimir Putin", "Xi Jinping"])
        #expect(pair.evidence.sentence == "Vladimir Putin met Xi Jinping.")
        #expect(!T.edges(g, includeCoMention: true).contains { $0.contains("Joe Biden") })
    }
}
