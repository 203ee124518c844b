import Foundation
import GRDB
import Testing
@testable import NewsGraph

@Suite struct AliasTests {
    typealias F = CurationFixtures

    func open() async throws -> (TemporaryDirectory, SQLiteGraphStore, Curator) {
        let folder = try TemporaryDirectory()
        let store = try SQLiteGraphStore(path: folder.path("g.sqlite"))
        try await F.seed(store)
        try await F.seedSmiths(store)
        return (folder, store, Curator(query: GraphQuery(store: store)))
    }

    @Test func aliasOfAnotherEntitysNameMergesIt() async throws {
        let (folder, store, curator) = try await open()
        defer { withExtendedLifetime(folder) {} }
        let outcome = try await curator.alias("Putin", to: "vladimir putin")
        #expect(outcome.target.name == "Vladimir Putin")
        #expect(outcome.merged?.source.name == "Putin")
        #expect(outcome.target.mentions == 5)
        #expect(try MergeTests.entity(store, "person:putin") == nil)
        #expect(try await store.corrections().map(\.action) == ["alias"])
        #expect(try F.violations(store) == [])
    }

    @Test func aliasIsIdempotentAndLaterIngestFollowsIt() async throws {
        let (folder, store, curator) = try await open()
        defer { withExtendedLifetime(folder) {} }
        let first = try await curator.alias("Vova", to: "Vladimir Putin")
        #expect(first.added)
        #expect(first.merged == nil)
        let second = try await curator.alias("vova", to: "Vladimir Putin")
        #expect(!second.changed)
        #expect(try await store.corrections().count == 1)

        let text = "Vova spoke."
        _ = try await store.save(F.article("https://n.example/9", text, published: F.day2),
                                 graph: F.graph(text, [.init(name: "Vova", kind: .person, spans: [("Vova", 0)])], relations: []),
                                 source: nil, fetched: F.day2)
        #expect(try MergeTests.entity(store, "person:vova") == nil)
        #expect(try MergeTests.entity(store, "person:vladimir putin")?["mention_count"] == 4)
        let alias = try MergeTests.row(store, "SELECT alias, count, origin FROM aliases WHERE key = 'vova'")
        #expect(alias?["count"] == 1)
        #expect(alias?["origin"] == "user")
    }

    @Test func userAliasBeatsAMoreFrequentObservedOne() async throws {
        let (folder, store, curator) = try await open()
        defer { withExtendedLifetime(folder) {} }
        // "Smith" was seen once for Jane and once for John; the user says it is Jane.
        _ = try await curator.alias("Smith", to: "Jane Smith")
        let text = "Smith left."
        for index in 0..<2 {
            _ = try await store.save(F.article("https://n.example/s\(index)", text + String(repeating: " ", count: index), published: F.day2),
                                     graph: F.graph(text, [.init(name: "Smith", kind: .person, spans: [("Smith", 0)])], relations: []),
                                     source: nil, fetched: F.day2)
        }
        #expect(try MergeTests.entity(store, "person:jane smith")?["mention_count"] == 4)
        #expect(try MergeTests.entity(store, "person:john smith")?["mention_count"] == 2)
        // A later decision moves the user alias; John keeps only what was observed.
        let moved = try await curator.alias("Smith", to: "John Smith")
        #expect(moved.reassignedFrom.map(\.name) == ["Jane Smith"])
        let origins = try await store.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT e.name, a.count, a.origin FROM aliases a JOIN entities e ON e.id = a.entity_id WHERE a.key = 'smith' ORDER BY e.name")
                .map { "\($0["name"] as String) \($0["count"] as Int) \($0["origin"] as String)" }
        }
        #expect(origins == ["Jane Smith 3 observed", "John Smith 1 user"])
        #expect(try F.violations(store) == [])
    }

    @Test func aliasOfAnEntityOfAnotherKindOnlyAddsTheAlias() async throws {
        let (folder, store, curator) = try await open()
        defer { withExtendedLifetime(folder) {} }
        let text = "France."
        _ = try await store.save(F.article("https://n.example/f", text, published: F.day1), graph: F.graph(text, [
            .init(name: "France", kind: .country, spans: [("France", 0)]),
        ], relations: []), source: nil, fetched: F.day1)
        let outcome = try await curator.alias("Paris", to: "France")
        #expect(outcome.merged == nil)
        #expect(outcome.added)
        #expect(outcome.otherKinds.map(\.name) == ["Paris"])
        #expect(try MergeTests.entity(store, "location:paris")?["mention_count"] == 1)
    }

    /// `merge Putin "Vladimir Putin"` where "Putin" names both a stray entity and (as its
    /// commoner alias) Vladimir Putin: the one that goes cannot be the one that stays.
    @Test func mergeSourceAmbiguousWithTheTargetMeansTheOther() async throws {
        let folder = try TemporaryDirectory()
        defer { withExtendedLifetime(folder) {} }
        let store = try SQLiteGraphStore(path: folder.path("g.sqlite"))
        let curator = Curator(query: GraphQuery(store: store))
        let first = "Vladimir Putin spoke. Putin left. Putin returned."
        _ = try await store.save(F.article("https://n.example/p1", first, published: F.day1), graph: F.graph(first, [
            .init(name: "Vladimir Putin", kind: .person, spans: [("Vladimir Putin", 0), ("Putin", 22), ("Putin", 34)]),
        ], relations: []), source: nil, fetched: F.day1)
        let second = "Putin was named."
        _ = try await store.save(F.article("https://n.example/p2", second, published: F.day2), graph: F.graph(second, [
            .init(name: "Putin", kind: .location, spans: [("Putin", 0)]),
        ], relations: []), source: nil, fetched: F.day2)
        #expect(throws: QueryError.self) { _ = try GraphQuery(store: store).entity(named: "Putin") }

        let outcome = try await curator.merge("Putin", into: "Vladimir Putin")
        #expect(outcome.source.name == "Putin")
        #expect(outcome.source.kind == .location)
        #expect(outcome.target.mentions == 4)
        #expect(try F.violations(store) == [])
    }

    @Test func unknownAndAmbiguousNamesAreErrors() async throws {
        let (_, _, curator) = try await open()
        await #expect(throws: QueryError.self) { _ = try await curator.alias("X", to: "Nobody Atall") }
        do {
            _ = try await curator.merge("Smith", into: "Vladimir Putin")
            Issue.record("an ambiguous name was merged")
        } catch let error as QueryError {
            guard case .ambiguous(let name, let candidates) = error else { Issue.record("\(error)"); return }
            #expect(name == "Smith")
            #expect(Set(candidates.map(\.name)) == ["Jane Smith", "John Smith"])
        }
        do {
            _ = try await curator.merge("Vladimir Putin", into: "Vladimir Putin")
            Issue.record("merged into itself")
        } catch let error as CurationError {
            #expect(error.description.hasPrefix("\"Vladimir Putin\" is already Vladimir Putin (person, #"))
        }
        await #expect(throws: CurationError.emptyName("...")) { _ = try await curator.alias("...", to: "Vladimir Putin") }
    }
}
