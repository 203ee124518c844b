import Foundation
import GRDB
import Testing
@testable import NewsGraph

@Suite struct SQLiteGraphStoreBatchTests {
    typealias Fixtures = SQLiteGraphStoreTests

    static func pending(_ url: String, _ text: String = "Macron met Putin in Paris.") -> PendingArticle {
        PendingArticle(article: Fixtures.article(url, text: [text]), graph: Fixtures.graph(sentence: text), source: nil, fetched: Fixtures.day1)
    }

    static func outcomes(_ results: [Result<SaveOutcome, any Error>]) -> [String] {
        results.map { result in
            switch result {
            case .success(let outcome): outcome.rawValue
            case .failure(let error): "failed: \(error)"
            }
        }
    }

    @Test func aBatchIsStoredAsIfSavedOneAfterTheOther() async throws {
        let folder = try TemporaryDirectory()
        let batched = try SQLiteGraphStore(path: folder.path("batched.sqlite"))
        let single = try SQLiteGraphStore(path: folder.path("single.sqlite"))
        let batch = [Self.pending("https://news.example/a"), Self.pending("https://news.example/b", "Putin met Macron."),
                     Self.pending("https://news.example/a")]
        let results = await batched.save(batch)
        #expect(Self.outcomes(results) == ["inserted", "inserted", "unchanged"])
        for item in batch { _ = try await single.save(item.article, graph: item.graph, source: nil, fetched: item.fetched) }
        #expect(try await batched.counts() == single.counts())
        #expect(try await batched.counts() == StoreCounts(articles: 2, sources: 0, entities: 3, relations: 2, mentions: 6, evidence: 4))
        let weights = { (store: SQLiteGraphStore) in
            try await store.pool.read { db in try Int.fetchAll(db, sql: "SELECT weight FROM relations ORDER BY type") }
        }
        #expect(try await weights(batched) == [2, 2])
        #expect(try await weights(single) == [2, 2])
    }

    @Test func oneFailingArticleFailsAloneAndTheOthersAreStoredWhole() async throws {
        let folder = try TemporaryDirectory()
        let store = try SQLiteGraphStore(path: folder.path("g.sqlite"))
        try await store.pool.write { db in
            try db.execute(sql: """
                CREATE TRIGGER refuse BEFORE INSERT ON articles WHEN NEW.url LIKE '%refused%'
                BEGIN SELECT RAISE(ABORT, 'refused by the test'); END
                """)
        }
        let results = await store.save([Self.pending("https://news.example/one"), Self.pending("https://news.example/refused"),
                                        Self.pending("https://news.example/two", "Putin met Macron.")])
        let outcomes = Self.outcomes(results)
        #expect(outcomes[0] == "inserted")
        #expect(outcomes[1].hasPrefix("failed: ") && outcomes[1].contains("refused by the test"))
        #expect(outcomes[2] == "inserted")
        let stored = try await store.pool.read { db in
            (try String.fetchAll(db, sql: "SELECT url FROM articles ORDER BY url"),
             try Int.fetchOne(db, sql: "SELECT count(*) FROM mentions") ?? -1,
             try Int.fetchOne(db, sql: "SELECT sum(weight) FROM relations") ?? -1)
        }
        #expect(stored.0 == ["https://news.example/one", "https://news.example/two"])
        #expect(stored.1 == 6)  // three per stored article, none of the refused one
        #expect(stored.2 == 4)
    }
}
