import Foundation
import Testing
@testable import NewsGraph

@Suite struct GraphEvaluationTests {
    @Test func countsEntityAndEdgeMatchesByNameAliasAndKind() throws {
        let json = """
        {"id": "t", "paragraphs": ["x"], "mentions": [],
         "entities": [{"name": "North Atlantic Treaty Organization", "kind": "organization", "also": ["NATO"]},
                      {"name": "Jens Stoltenberg", "kind": "person"}, {"name": "Oslo", "kind": "location"}],
         "edges": [["Jens Stoltenberg", "leader_of", "North Atlantic Treaty Organization"], ["Oslo", "located_in", "Norway"]]}
        """
        let gold = try JSONDecoder().decode(GoldArticle.self, from: Data(json.utf8))
        let predicted = ArticleGraph(entities: [
            ResolvedEntity(name: "NATO", kind: .organization, mentions: 1),
            ResolvedEntity(name: "Jens Stoltenberg", kind: .person, mentions: 1),
            ResolvedEntity(name: "Oslo", kind: .organization, mentions: 1),       // wrong kind
            ResolvedEntity(name: "Norway", kind: .country, mentions: 0),          // not named: not scored
        ], relations: [
            ResolvedRelation(subject: 1, object: 0, type: "leader_of", directed: true, evidence: Evidence(sentence: "x", start: 0, end: 1)),
            ResolvedRelation(subject: 1, object: 2, type: "met", directed: true, evidence: Evidence(sentence: "x", start: 0, end: 1)),
            ResolvedRelation(subject: 0, object: 1, type: "co_mention", directed: false, evidence: Evidence(sentence: "x", start: 0, end: 1)),
        ])
        var evaluation = GraphEvaluation()
        evaluation.add(gold, predicted: predicted)
        #expect(evaluation.entities.truePositives == 2)
        #expect(evaluation.entities.falsePositives == 1)
        #expect(evaluation.entities.falseNegatives == 1)
        #expect(evaluation.edges.truePositives == 1 && evaluation.edges.falsePositives == 1 && evaluation.edges.falseNegatives == 1)
        #expect(evaluation.edgesByType["co_mention"] == nil)
        #expect(abs(evaluation.edges.precision - 0.5) < 1e-9)
    }

    static let goldFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("eval/gold")

    @Test func goldSetLoadsAndEveryEdgeNamesAGoldEntityOrACountry() throws {
        let articles = try GoldArticle.load(folder: Self.goldFolder)
        #expect(articles.count >= 15)
        for article in articles {
            let names = Set(article.entities.map(\.name))
            for edge in article.edges {
                let known = { (n: String) in names.contains(n) || PlaceGazetteer.shared.country(named: n) != nil }
                #expect(known(edge[0]) && known(edge[2]), "\(article.id): \(edge)")
            }
        }
    }

    @Test func missingFolderIsAOneLineError() {
        do {
            _ = try GoldArticle.load(folder: URL(fileURLWithPath: "/no/such/gold"))
            Issue.record("expected an error")
        } catch {
            #expect(error.description.hasPrefix("/no/such/gold: cannot list folder"))
        }
    }
}
