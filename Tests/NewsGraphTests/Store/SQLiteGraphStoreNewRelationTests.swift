import Foundation
import GRDB
import Testing
@testable import NewsGraph

/// Relations of entities an article has just inserted are inserted without a lookup.
@Suite struct SQLiteGraphStoreNewRelationTests {
    static func article(_ url: String) -> Article {
        Article(url: url, title: "Talks", published: SQLiteGraphStoreTests.day1, language: "en",
                paragraphs: ["Macron met Putin in Paris."])
    }

    static func graph(_ first: String, _ second: String) -> ArticleGraph {
        let sentence = "\(first) met \(second)."
        return ArticleGraph(
            entities: [
                ResolvedEntity(name: first, kind: .person, aliases: [first: 1], mentions: 1),
                ResolvedEntity(name: second, kind: .person, aliases: [second: 1], mentions: 1),
            ],
            relations: [ResolvedRelation(subject: 0, object: 1, type: "co_mention", directed: false,
                                         evidence: Evidence(sentence: sentence, start: 0, end: sentence.count))],
            mentions: [])
    }

    static func relations(_ path: String) throws -> [String] {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in
            try Row.fetchAll(db, sql: """
                SELECT s.name AS s, o.name AS o, r.type, r.weight, r.article_count FROM relations r
                JOIN entities s ON s.id = r.subject_id JOIN entities o ON o.id = r.object_id ORDER BY r.id
                """).map { "\($0["s"] as String)–\($0["o"] as String) \($0["type"] as String) w\($0["weight"] as Int) a\($0["article_count"] as Int)" }
        }
    }

    @Test func aNewEntitysRelationsAreStoredAndAnOldOnesAreFound() async throws {
        let folder = try TemporaryDirectory()
        let store = try SQLiteGraphStore(path: folder.path("g.sqlite"))
        _ = try await store.save(Self.article("https://n.example/1"), graph: Self.graph("Ann Lee", "Bo Chan"), source: nil, fetched: .now)
        // Both known now: the relation is looked up and counted, not inserted again.
        _ = try await store.save(Self.article("https://n.example/2"), graph: Self.graph("Ann Lee", "Bo Chan"), source: nil, fetched: .now)
        // One new end: inserted straight away.
        _ = try await store.save(Self.article("https://n.example/3"), graph: Self.graph("Ann Lee", "Cy Diaz"), source: nil, fetched: .now)
        #expect(try Self.relations(folder.path("g.sqlite")) == [
            "Ann Lee–Bo Chan co_mention w2 a2",
            "Ann Lee–Cy Diaz co_mention w1 a1",
        ])
    }

    /// A database written with foreign keys off can keep a relation of a deleted entity; the
    /// next entity gets that id back, and its "new" relation is already there. The insert
    /// must then count into the stored row instead of failing the article on the unique index.
    @Test func aRelationLeftByADeletionWithoutForeignKeysIsCountedNotDuplicated() async throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("g.sqlite")
        let store = try SQLiteGraphStore(path: path)
        _ = try await store.save(Self.article("https://n.example/1"), graph: Self.graph("Ann Lee", "Bo Chan"), source: nil, fetched: .now)
        var configuration = Configuration()
        configuration.foreignKeysEnabled = false
        let raw = try DatabaseQueue(path: path, configuration: configuration)
        try await raw.write { db in
            try db.execute(sql: "DELETE FROM article_entities WHERE entity_id = (SELECT max(id) FROM entities)")
            try db.execute(sql: "DELETE FROM aliases WHERE entity_id = (SELECT max(id) FROM entities)")
            try db.execute(sql: "DELETE FROM entities WHERE id = (SELECT max(id) FROM entities)")
        }
        try raw.close()

        let outcome = try await store.save(Self.article("https://n.example/2"), graph: Self.graph("Ann Lee", "Cy Diaz"), source: nil, fetched: .now)
        #expect(outcome == .inserted)
        #expect(try Self.relations(path) == ["Ann Lee–Cy Diaz co_mention w2 a2"])
    }
}
