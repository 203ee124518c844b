import Foundation
import GRDB
import Testing
@testable import NewsGraph

@Suite struct SplitTests {
    typealias F = CurationFixtures

    /// The seed, with "Putin" merged into "Vladimir Putin" (the usual reason to split).
    func openMerged() async throws -> (TemporaryDirectory, SQLiteGraphStore, Int64) {
        let folder = try TemporaryDirectory()
        let store = try SQLiteGraphStore(path: folder.path("g.sqlite"))
        try await F.seed(store)
        let vladimir = try MergeTests.id(store, "person:vladimir putin")
        _ = try await store.mergeEntity(try MergeTests.id(store, "person:putin"), into: vladimir)
        return (folder, store, vladimir)
    }

    @Test func splitMovesAliasMentionsCountsAndUnambiguousEvidence() async throws {
        let (folder, store, vladimir) = try await openMerged()
        defer { withExtendedLifetime(folder) {} }
        let outcome = try await store.splitEntity(vladimir, aliases: ["putin"])
        #expect(outcome.aliases == ["Putin"])
        #expect(outcome.created.name == "putin")
        #expect(outcome.mentions == 2)
        #expect(outcome.articles == 2)
        #expect(outcome.evidenceMoved == 1)        // a1: only "Putin" in the sentence
        #expect(outcome.evidenceAmbiguous == 1)    // a3: "Putin (Vladimir Putin) met Macron."
        #expect(outcome.evidenceUnattributed == 0)
        #expect(outcome.source.mentions == 3)
        #expect(outcome.source.articles == 2)
        #expect(outcome.created.mentions == 2)
        #expect(outcome.created.articles == 2)

        #expect(try MergeTests.relations(store) == [
            "Emmanuel Macron–Vladimir Putin co_mention 3/2/3",
            "Emmanuel Macron–putin co_mention 1/1/1",
            "Vladimir Putin–Emmanuel Macron warned 2/1/2",
        ])
        let created = outcome.created.id
        let (aliases, rows, redirect) = try await store.pool.read { db in
            (try Row.fetchAll(db, sql: "SELECT entity_id, alias, count, origin FROM aliases ORDER BY entity_id, key")
                .map { "\($0["entity_id"] as Int64) \($0["alias"] as String) \($0["count"] as Int) \($0["origin"] as String)" },
             try Row.fetchAll(db, sql: "SELECT a.url, ae.entity_id, ae.mention_count, ae.aliases FROM article_entities ae JOIN articles a ON a.id = ae.article_id WHERE ae.entity_id IN (?, ?) ORDER BY a.url, ae.entity_id", arguments: [vladimir, created])
                .map { "\($0["url"] as String) \($0["entity_id"] as Int64) \($0["mention_count"] as Int) \($0["aliases"] as String)" },
             try Int64.fetchOne(db, sql: "SELECT entity_id FROM entity_redirects WHERE key = 'person:putin'"))
        }
        #expect(aliases.contains("\(vladimir) Vladimir Putin 3 observed"))
        #expect(aliases.contains("\(created) Putin 2 user"))
        #expect(!aliases.contains { $0.hasPrefix("\(vladimir) Putin") })
        #expect(rows == [
            "https://n.example/1 \(created) 1 {\"Putin\":1}",
            "https://n.example/2 \(vladimir) 2 {\"Vladimir Putin\":2}",
            "https://n.example/3 \(vladimir) 1 {\"Vladimir Putin\":1}",
            "https://n.example/3 \(created) 1 {\"Putin\":1}",
        ])
        #expect(redirect == nil)
        #expect(try await store.corrections().map(\.action) == ["merge", "split"])
        #expect(try F.violations(store) == [])
    }

    @Test func laterIngestOfTheSplitNameJoinsTheNewEntity() async throws {
        let (folder, store, vladimir) = try await openMerged()
        defer { withExtendedLifetime(folder) {} }
        let outcome = try await store.splitEntity(vladimir, aliases: ["Putin"], name: "Putin (other)")
        #expect(outcome.aliases == ["Putin"])
        let text = "Putin spoke."
        _ = try await store.save(F.article("https://n.example/9", text, published: F.day2),
                                 graph: F.graph(text, [.init(name: "Putin", kind: .person, spans: [("Putin", 0)])], relations: []),
                                 source: nil, fetched: F.day2)
        let created = try #require(try MergeTests.entity(store, "person:putin other"))
        #expect(created["id"] == outcome.created.id)
        #expect(created["mention_count"] == 3)
        #expect(try MergeTests.entity(store, "person:vladimir putin")?["mention_count"] == 3)
        let redirect = try await store.pool.read { db in
            try Int64.fetchOne(db, sql: "SELECT entity_id FROM entity_redirects WHERE key = 'person:putin'")
        }
        #expect(redirect == outcome.created.id)
        #expect(try F.violations(store) == [])
    }

    @Test func splitUndoesAMergeByTheMergedName() async throws {
        let (folder, store, vladimir) = try await openMerged()
        defer { withExtendedLifetime(folder) {} }
        // The merge left "Putin" as an alias; naming the new entity "Putin" takes it along.
        _ = try await store.addUserAlias("Vova", to: vladimir)
        let outcome = try await store.splitEntity(vladimir, aliases: ["vova"], name: "Putin")
        #expect(outcome.aliases == ["Vova", "Putin"])
        #expect(outcome.mentions == 2)
        #expect(outcome.created.name == "Putin")
        let lookup = try GraphQuery(store: store).entity(named: "putin")
        #expect(lookup.id == outcome.created.id)
        #expect(try F.violations(store) == [])
    }

    @Test func updatedArticleTakesBackFromBothSidesOfASplit() async throws {
        let (folder, store, vladimir) = try await openMerged()
        defer { withExtendedLifetime(folder) {} }
        let outcome = try await store.splitEntity(vladimir, aliases: ["Putin"])
        // a3 named both; its new version names nobody.
        _ = try await store.save(F.article("https://n.example/3", "Nothing here now.", published: F.day1), graph: .empty,
                                 source: nil, fetched: F.day2)
        let created = try #require(try MergeTests.row(store, "SELECT mention_count, article_count FROM entities WHERE id = \(outcome.created.id)"))
        #expect(created["mention_count"] == 1)
        #expect(created["article_count"] == 1)
        #expect(try MergeTests.entity(store, "person:vladimir putin")?["mention_count"] == 2)
        #expect(try MergeTests.relations(store) == [
            "Emmanuel Macron–Putin co_mention 1/1/1",
            "Emmanuel Macron–Vladimir Putin co_mention 2/1/2",
            "Vladimir Putin–Emmanuel Macron warned 2/1/2",
        ])
        #expect(try F.violations(store) == [])
    }

    @Test func splitRefusesUnknownAliasOwnNameAndTakenName() async throws {
        let (folder, store, vladimir) = try await openMerged()
        defer { withExtendedLifetime(folder) {} }
        await #expect(throws: CurationError.self) { _ = try await store.splitEntity(vladimir, aliases: ["Vova"]) }
        do {
            _ = try await store.splitEntity(vladimir, aliases: ["Vova"])
        } catch let error as CurationError {
            #expect(error.description == #"Vladimir Putin (person, #\#(vladimir)) has no alias "Vova"; its aliases: "Vladimir Putin", "Putin""#)
        }
        let entity = try GraphQuery(store: store).entity(named: "#\(vladimir)")
        await #expect(throws: CurationError.ownName(alias: "vladimir putin", entity: entity)) {
            _ = try await store.splitEntity(vladimir, aliases: ["vladimir putin"])
        }
        await #expect(throws: CurationError.self) { _ = try await store.splitEntity(vladimir, aliases: ["Putin"], name: "Emmanuel Macron") }
        #expect(try await store.counts().entities == 3)
        #expect(try await store.corrections().map(\.action) == ["merge"])
    }
}
