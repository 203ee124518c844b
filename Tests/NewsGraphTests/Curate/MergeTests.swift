import Foundation
import GRDB
import Testing
@testable import NewsGraph

@Suite struct MergeTests {
    typealias F = CurationFixtures

    func open() async throws -> (TemporaryDirectory, SQLiteGraphStore) {
        let folder = try TemporaryDirectory()
        let store = try SQLiteGraphStore(path: folder.path("g.sqlite"))
        try await F.seed(store)
        return (folder, store)
    }

    static func id(_ store: SQLiteGraphStore, _ key: String) throws -> Int64 {
        try #require(try store.pool.read { db in try Int64.fetchOne(db, sql: "SELECT id FROM entities WHERE key = ?", arguments: [key]) })
    }

    static func row(_ store: SQLiteGraphStore, _ sql: String) throws -> Row? {
        try store.pool.read { db in try Row.fetchOne(db, sql: sql) }
    }

    static func entity(_ store: SQLiteGraphStore, _ key: String) throws -> Row? {
        try store.pool.read { db in try Row.fetchOne(db, sql: "SELECT * FROM entities WHERE key = ?", arguments: [key]) }
    }

    /// "subject–object type weight/articles/evidence rows" for every relation, sorted, by
    /// entity names (an undirected relation's names in alphabetical order).
    static func relations(_ store: SQLiteGraphStore) throws -> [String] {
        try store.pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT CASE WHEN r.directed OR s.name < o.name THEN s.name ELSE o.name END AS s,
                       CASE WHEN r.directed OR s.name < o.name THEN o.name ELSE s.name END AS o, r.type, r.weight, r.article_count,
                       (SELECT count(*) FROM evidence WHERE relation_id = r.id) AS evidence
                FROM relations r JOIN entities s ON s.id = r.subject_id JOIN entities o ON o.id = r.object_id
                """).map { "\($0["s"] as String)–\($0["o"] as String) \($0["type"] as String) \($0["weight"] as Int)/\($0["article_count"] as Int)/\($0["evidence"] as Int)" }
                .sorted()
        }
    }

    @Test func seedIsWhatTheTestsAssume() async throws {
        let (folder, store) = try await open()
        defer { withExtendedLifetime(folder) {} }
        #expect(try Self.relations(store) == [
            "Emmanuel Macron–Putin co_mention 2/2/2",
            "Emmanuel Macron–Vladimir Putin co_mention 3/2/3",
            "Putin–Vladimir Putin co_mention 1/1/1",
            "Vladimir Putin–Emmanuel Macron warned 2/1/2",
        ])
        #expect(try Self.entity(store, "person:putin")?["mention_count"] == 2)
        #expect(try Self.entity(store, "person:vladimir putin")?["mention_count"] == 3)
        #expect(try F.violations(store) == [])
    }

    @Test func mergeMovesEverythingAndCombinesCollidingRelations() async throws {
        let (folder, store) = try await open()
        defer { withExtendedLifetime(folder) {} }
        let putin = try Self.id(store, "person:putin")
        let vladimir = try Self.id(store, "person:vladimir putin")
        let outcome = try await store.mergeEntity(putin, into: vladimir)

        #expect(outcome.source.name == "Putin")
        #expect(outcome.mentions == 2)
        #expect(outcome.articles == 2)
        #expect(outcome.sharedArticles == 1)
        #expect(outcome.relationsCombined == 1)
        #expect(outcome.relationsRepointed == 0)
        #expect(outcome.selfLoopsDropped == 1)
        #expect(outcome.evidenceMoved == 1)      // a1's sentence
        #expect(outcome.evidenceDropped == 2)    // a3's sentence (both had it) and the self-loop's
        #expect(outcome.target.mentions == 5)
        #expect(outcome.target.articles == 3)

        #expect(try Self.entity(store, "person:putin") == nil)
        let row = try #require(try Self.entity(store, "person:vladimir putin"))
        #expect(row["mention_count"] == 5)
        #expect(row["article_count"] == 3)
        #expect(row["first_seen"] == F.day1)
        #expect(row["last_seen"] == F.day2)
        // One relation per identity; a sentence both relations had counts once.
        #expect(try Self.relations(store) == [
            "Emmanuel Macron–Vladimir Putin co_mention 4/3/4",
            "Vladimir Putin–Emmanuel Macron warned 2/1/2",
        ])
        let (aliases, articleRow, mentions, redirect, log) = try store.pool.read { db in
            (try Row.fetchAll(db, sql: "SELECT alias, count, origin FROM aliases WHERE entity_id = ? ORDER BY key", arguments: [vladimir])
                .map { "\($0["alias"] as String) \($0["count"] as Int) \($0["origin"] as String)" },
             try Row.fetchOne(db, sql: "SELECT ae.mention_count, ae.aliases FROM article_entities ae JOIN articles a ON a.id = ae.article_id WHERE a.url = 'https://n.example/3' AND ae.entity_id = ?", arguments: [vladimir]),
             try Int.fetchOne(db, sql: "SELECT count(*) FROM mentions WHERE entity_id = ?", arguments: [vladimir]),
             try Int64.fetchOne(db, sql: "SELECT entity_id FROM entity_redirects WHERE key = 'person:putin'"),
             try String.fetchAll(db, sql: "SELECT action || ' ' || name || ' → ' || target FROM user_corrections"))
        }
        #expect(aliases == ["Putin 2 user", "Vladimir Putin 3 observed"])
        #expect(articleRow?["mention_count"] == 2)
        #expect(articleRow?["aliases"] == #"{"Putin":1,"Vladimir Putin":1}"#)
        #expect(mentions == 5)
        #expect(redirect == vladimir)
        #expect(log == ["merge Putin → Vladimir Putin"])
        #expect(try F.violations(store) == [])
    }

    @Test func laterIngestOfTheMergedNameJoinsTheTarget() async throws {
        let (folder, store) = try await open()
        defer { withExtendedLifetime(folder) {} }
        let vladimir = try Self.id(store, "person:vladimir putin")
        _ = try await store.mergeEntity(try Self.id(store, "person:putin"), into: vladimir)
        let text = "Putin spoke."
        _ = try await store.save(F.article("https://n.example/9", text, published: F.day2),
                                 graph: F.graph(text, [.init(name: "Putin", kind: .person, spans: [("Putin", 0)])], relations: []),
                                 source: nil, fetched: F.day2)
        #expect(try Self.entity(store, "person:putin") == nil)
        let row = try #require(try Self.entity(store, "person:vladimir putin"))
        #expect(row["mention_count"] == 6)
        #expect(row["article_count"] == 4)
        // An updated article takes back exactly what it gave, from the merged entity.
        _ = try await store.save(F.article("https://n.example/1", "Nothing here.", published: F.day1), graph: .empty, source: nil, fetched: F.day2)
        let after = try #require(try Self.entity(store, "person:vladimir putin"))
        #expect(after["mention_count"] == 5)
        #expect(after["article_count"] == 3)
        #expect(try Self.relations(store) == [
            "Emmanuel Macron–Vladimir Putin co_mention 3/2/3",
            "Vladimir Putin–Emmanuel Macron warned 2/1/2",
        ])
        #expect(try F.violations(store) == [])
    }

    @Test func mergeAcrossKindsRedirectsTheOldKey() async throws {
        let (folder, store) = try await open()
        defer { withExtendedLifetime(folder) {} }
        let text = "The Kremlin and Russia."
        _ = try await store.save(F.article("https://n.example/k", text, published: F.day1), graph: F.graph(text, [
            .init(name: "Kremlin", kind: .organization, spans: [("Kremlin", 4)]),
            .init(name: "Russia", kind: .country, spans: [("Russia", 16)]),
        ], relations: [(0, 1, "co_mention", false)]), source: nil, fetched: F.day1)
        let outcome = try await store.mergeEntity(try Self.id(store, "organization:kremlin"), into: try Self.id(store, "country:russia"))
        #expect(outcome.selfLoopsDropped == 1)
        let later = "Kremlin said no."
        _ = try await store.save(F.article("https://n.example/k2", later, published: F.day2), graph: F.graph(later, [
            .init(name: "Kremlin", kind: .organization, spans: [("Kremlin", 0)]),
        ], relations: []), source: nil, fetched: F.day2)
        #expect(try Self.entity(store, "organization:kremlin") == nil)
        #expect(try Self.entity(store, "country:russia")?["mention_count"] == 3)
        #expect(try F.violations(store) == [])
    }

    @Test func mergingIntoItselfIsRefused() async throws {
        let (folder, store) = try await open()
        defer { withExtendedLifetime(folder) {} }
        let id = try Self.id(store, "person:putin")
        await #expect(throws: CurationError.self) { _ = try await store.mergeEntity(id, into: id) }
        await #expect(throws: CurationError.entityGone(id: 999)) { _ = try await store.mergeEntity(999, into: id) }
        #expect(try await store.corrections().isEmpty)
    }

    @Test func chainedMergesFollowRedirects() async throws {
        let (folder, store) = try await open()
        defer { withExtendedLifetime(folder) {} }
        let vladimir = try Self.id(store, "person:vladimir putin")
        _ = try await store.mergeEntity(try Self.id(store, "person:putin"), into: vladimir)
        let macron = try Self.id(store, "person:emmanuel macron")
        // Silly but legal: the redirect of "Putin" must now lead to Macron, not to a deleted id.
        _ = try await store.mergeEntity(vladimir, into: macron)
        let redirects = try await store.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT key, entity_id FROM entity_redirects ORDER BY key").map { "\($0["key"] as String)=\($0["entity_id"] as Int64)" }
        }
        #expect(redirects == ["person:putin=\(macron)", "person:vladimir putin=\(macron)"])
        #expect(try Self.relations(store).isEmpty)  // every relation was between the three
        #expect(try Self.entity(store, "person:emmanuel macron")?["mention_count"] == 9)
        #expect(try F.violations(store) == [])
    }
}
