import Foundation
import GRDB
import Testing
@testable import NewsGraph

@Suite struct SurnameJoinTests {
    typealias F = CurationFixtures

    func store() throws -> (TemporaryDirectory, SQLiteGraphStore) {
        let folder = try TemporaryDirectory()
        return (folder, try SQLiteGraphStore(path: folder.path("g.sqlite")))
    }

    func save(_ store: SQLiteGraphStore, _ n: Int, _ text: String, _ entities: [F.Entity], relations: [(Int, Int, String, Bool)] = []) async throws {
        _ = try await store.save(F.article("https://n.example/\(n)", text, published: F.day1), graph: F.graph(text, entities, relations: relations),
                                 source: nil, fetched: F.day1)
    }

    func people(_ store: SQLiteGraphStore) throws -> [String] {
        try store.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT name, mention_count, article_count FROM entities WHERE kind = 'person' ORDER BY name")
                .map { "\($0["name"] as String) \($0["mention_count"] as Int)/\($0["article_count"] as Int)" }
        }
    }

    /// Ingest already sends a surname to a full name it is an alias of; the join is for the
    /// articles ingested before any article joined the two.
    @Test func aLoneSurnameJoinsTheOnlyFullNameAnArticleJoinedItTo() async throws {
        let (_, store) = try store()
        try await save(store, 1, "Trump met Macron.", [.init(name: "Trump", kind: .person, spans: [("Trump", 0)]),
                                                        .init(name: "Macron", kind: .person, spans: [("Macron", 10)])],
                       relations: [(0, 1, "met", true)])
        try await save(store, 2, "Donald Trump spoke. Trump left.", [.init(name: "Donald Trump", kind: .person, spans: [("Donald Trump", 0), ("Trump", 20)])])
        #expect(try people(store) == ["Donald Trump 2/1", "Macron 1/1", "Trump 1/1"])

        let joins = try await store.joinSurnames()
        #expect(joins.map { "\($0.source.name) → \($0.target.name)" } == ["Trump → Donald Trump"])
        #expect(try people(store) == ["Donald Trump 3/2", "Macron 1/1"])
        #expect(try MergeTests.relations(store) == ["Donald Trump–Macron met 1/1/1"])
        // Not a user's decision: no correction logged, the name an observed alias.
        let corrections = try await store.corrections()
        #expect(corrections.isEmpty)
        #expect(try MergeTests.row(store, "SELECT origin FROM aliases WHERE key = 'trump'")?["origin"] as String? == "observed")

        // A later article naming only "Trump" goes to the full name, and nothing is left to join.
        try await save(store, 3, "Trump spoke.", [.init(name: "Trump", kind: .person, spans: [("Trump", 0)])])
        #expect(try people(store) == ["Donald Trump 4/3", "Macron 1/1"])
        #expect(try await store.joinSurnames().isEmpty)
    }

    @Test func twoFullNamesWithTheSurnameLeaveItAlone() async throws {
        let (_, store) = try store()
        try await save(store, 1, "Smith left.", [.init(name: "Smith", kind: .person, spans: [("Smith", 0)])])
        try await save(store, 2, "John Smith spoke. Smith left.", [.init(name: "John Smith", kind: .person, spans: [("John Smith", 0), ("Smith", 18)])])
        try await save(store, 3, "Mary Smith spoke.", [.init(name: "Mary Smith", kind: .person, spans: [("Mary Smith", 0)])])
        #expect(try await store.joinSurnames().isEmpty)
        #expect(try people(store) == ["John Smith 2/1", "Mary Smith 1/1", "Smith 1/1"])
    }

    @Test func noArticleJoiningThemLeavesItAlone() async throws {
        let (_, store) = try store()
        try await save(store, 1, "Trump left.", [.init(name: "Trump", kind: .person, spans: [("Trump", 0)])])
        try await save(store, 2, "Donald Trump spoke.", [.init(name: "Donald Trump", kind: .person, spans: [("Donald Trump", 0)])])
        #expect(try await store.joinSurnames().isEmpty)
        #expect(try people(store) == ["Donald Trump 1/1", "Trump 1/1"])
    }

    @Test func aSplitUndoesAJoinForGood() async throws {
        let (_, store) = try store()
        try await save(store, 1, "Trump left.", [.init(name: "Trump", kind: .person, spans: [("Trump", 0)])])
        try await save(store, 2, "Donald Trump spoke. Trump left.", [.init(name: "Donald Trump", kind: .person, spans: [("Donald Trump", 0), ("Trump", 20)])])
        #expect(try await store.joinSurnames().count == 1)
        let donald = try MergeTests.id(store, "person:donald trump")
        _ = try await store.splitEntity(donald, aliases: ["Trump"])
        // Another article joins them again; the user's split still holds.
        try await save(store, 3, "Donald Trump spoke. Trump left.", [.init(name: "Donald Trump", kind: .person, spans: [("Donald Trump", 0), ("Trump", 20)])])
        #expect(try await store.joinSurnames().isEmpty)
        #expect(try people(store).contains { $0.hasPrefix("Trump ") })
    }
}
