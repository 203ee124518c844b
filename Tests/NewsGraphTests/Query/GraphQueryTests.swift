import Foundation
import Testing
@testable import NewsGraph

@Suite struct GraphQueryTests {
    @Test func findsEntitiesByNameOrAliasIgnoringCaseAndAccents() async throws {
        let (_, store) = try await QueryFixtures.store()
        let query = GraphQuery(store: store)
        #expect(try query.entity(named: "DMITRY PESKOV").name == "Dmitry Peskov")
        #expect(try query.entity(named: "peskov").name == "Dmitry Peskov")
        #expect(try query.entity(named: "  elysee palace ").name == "Élysée Palace")
        #expect(try query.entity(named: "russian federation").isoCode == "RU")
        let kremlin = try query.entity(named: "the kremlin")
        #expect(try query.entity(named: "#\(kremlin.id)") == kremlin)
    }

    @Test func ambiguousNamesListCandidatesWithIDsAndKinds() async throws {
        let (_, store) = try await QueryFixtures.store()
        let query = GraphQuery(store: store)
        do {
            _ = try query.entity(named: "georgia")
            Issue.record("expected ambiguity")
        } catch let QueryError.ambiguous(name, candidates) {
            #expect(name == "georgia")
            #expect(Set(candidates.map(\.kind)) == [.country, .location])
            let message = QueryError.ambiguous(name: name, candidates: candidates).description
            #expect(message.contains("#\(candidates[0].id)  Georgia (") && message.contains("pick one by id"))
        }
    }

    /// The exact name wins over other entities' aliases ("Jordan" the country), unless one of
    /// them was called so more often than the named entity was mentioned at all ("Trump").
    @Test func anExactNameWinsUnlessAnAliasOutweighsIt() async throws {
        typealias F = CurationFixtures
        let folder = try TemporaryDirectory()
        let store = try SQLiteGraphStore(path: folder.path("g.sqlite"))
        let articles: [(String, [F.Entity])] = [
            ("Jordan and Jordan and Jordan.", [.init(name: "Jordan", kind: .country, spans: [("Jordan", 0), ("Jordan", 11), ("Jordan", 22)])]),
            ("Michael Jordan scored. Jordan left.", [.init(name: "Michael Jordan", kind: .person, spans: [("Michael Jordan", 0), ("Jordan", 23)])]),
            ("Donald Trump met. Trump said. Trump left.", [.init(name: "Donald Trump", kind: .person,
                                                                 spans: [("Donald Trump", 0), ("Trump", 18), ("Trump", 30)])]),
            ("Trump rallied.", [.init(name: "Trump", kind: .organization, spans: [("Trump", 0)])]),
        ]
        for (n, (text, entities)) in articles.enumerated() {
            _ = try await store.save(F.article("https://n.example/\(n)", text, published: F.day1),
                                     graph: F.graph(text, entities, relations: []), source: nil, fetched: F.day1)
        }
        let query = GraphQuery(store: store)
        #expect(try query.entity(named: "Jordan").kind == .country)
        do {
            let found = try query.entity(named: "Trump")
            Issue.record("expected ambiguity, got \(found.name)")
        } catch let QueryError.ambiguous(_, candidates) {
            #expect(candidates.map(\.name) == ["Donald Trump", "Trump"])
        }
    }

    @Test func unknownNamesSuggestCloseOnes() async throws {
        let (_, store) = try await QueryFixtures.store()
        let query = GraphQuery(store: store)
        #expect(throws: QueryError.self) { try query.entity(named: "Peskof") }
        do {
            _ = try query.entity(named: "Peskof")
        } catch let QueryError.notFound(_, suggestions) {
            #expect(suggestions.first?.name == "Dmitry Peskov")
            #expect(QueryError.notFound(name: "Peskof", suggestions: suggestions).description
                    == "no entity named \"Peskof\"; did you mean \"Dmitry Peskov\"?")
        }
        do {
            _ = try query.entity(named: "Zanzibar Quux")
        } catch let QueryError.notFound(_, suggestions) {
            #expect(suggestions.isEmpty)
        }
        #expect(throws: QueryError.noDatabase(path: "/nonexistent/x.sqlite")) { try GraphQuery(path: "/nonexistent/x.sqlite") }
    }

    @Test func neighborsCarryRelationDirectionWeightDatesAndEvidence() async throws {
        let (_, store) = try await QueryFixtures.store()
        let query = GraphQuery(store: store)
        let peskov = try query.entity(named: "Peskov")
        let result = try query.neighbors(of: peskov)
        #expect(result.totalDirect == 3)
        let first = try #require(result.neighbors.first)
        #expect(first.entity.name == "Kremlin")
        #expect(first.relation == "spokesperson_of" && first.direction == .outgoing)
        #expect(first.weight == 2 && first.articles == 2)
        #expect(first.firstSeen == "2026-01-01" && first.lastSeen == "2026-03-01")
        #expect(first.evidence == "Peskov spoke for the Kremlin on Monday.")
        let putin = try #require(result.neighbors.first { $0.entity.name == "Vladimir Putin" })
        #expect(putin.direction == .undirected)

        let kremlin = try query.entity(named: "Kremlin")
        let incoming = try query.neighbors(of: kremlin, NeighborFilter(relations: ["spokesperson_of"]))
        #expect(incoming.neighbors.map(\.direction) == [.incoming])
    }

    @Test func filtersAndDepth() async throws {
        let (_, store) = try await QueryFixtures.store()
        let query = GraphQuery(store: store)
        let peskov = try query.entity(named: "Peskov")
        #expect(try query.neighbors(of: peskov, NeighborFilter(kinds: [.person])).neighbors.map(\.entity.name) == ["Vladimir Putin"])
        #expect(try query.neighbors(of: peskov, NeighborFilter(minWeight: 2)).neighbors.map(\.relation) == ["spokesperson_of"])
        let since = try StoreDate.since("2026-02-01")
        #expect(try query.neighbors(of: peskov, NeighborFilter(since: since)).neighbors.map(\.relation) == ["spokesperson_of"])
        #expect(try query.neighbors(of: peskov, NeighborFilter(limit: 1)).neighbors.count == 1)
        #expect(throws: QueryError.invalidDate("last tuesday")) { try StoreDate.since("last tuesday") }

        let deep = try query.neighbors(of: peskov, NeighborFilter(depth: 2, limit: 50))
        let russia = try #require(deep.neighbors.first { $0.entity.name == "Russia" })
        #expect(russia.depth == 2)
        #expect(Set(deep.neighbors.filter { $0.depth == 2 }.map(\.entity.name)) == ["Russia"])
        #expect(!deep.neighbors.contains { $0.entity.id == peskov.id })
    }

    @Test func searchFindsSubstringsOfNamesAndAliases() async throws {
        let (_, store) = try await QueryFixtures.store()
        let query = GraphQuery(store: store)
        #expect(Set(try query.search("georg").map(\.kind)) == [.country, .location])
        #expect(try query.search("ELYS").map(\.name) == ["Élysée Palace"])
        #expect(try query.search("federation").map(\.name) == ["Russia"])
        #expect(try query.search("georgia", kinds: [.location]).map(\.kind) == [.location])
    }

    @Test func storeDatesParseWithoutAFormatter() throws {
        let date = try #require(StoreDate.parse("2026-03-01 12:34:56.789"))
        #expect(abs(date.timeIntervalSince1970 - 1_772_368_496.789) < 0.0001)
        #expect(StoreDate.parse("2026-03-01") == Date(timeIntervalSince1970: 1_772_323_200))
        #expect(StoreDate.parse("2026-13-01") == nil)
        #expect(StoreDate.parse("yesterday") == nil)
        #expect(StoreDate.format(date) == "2026-03-01 12:34:56.000")
        #expect(StoreDate.day("2026-03-01 12:34:56.789") == "2026-03-01")
        #expect(StoreDate.parse("2026-03-01T12:34Z") == Date(timeIntervalSince1970: 1_772_368_440))
        // Too many fields, a field in the wrong place, or digits without end: nil, never a trap.
        #expect(StoreDate.parse("2026-03-01 12:34:56:07") == nil)
        #expect(StoreDate.parse("2026-03-01 12") == nil)
        #expect(StoreDate.parse("2026-03-01 12:34:56.5.5") == nil)
        #expect(StoreDate.parse(String(repeating: "9", count: 40) + "-01-01") == nil)
        #expect(StoreDate.parse("2026-03-01 12:34:" + String(repeating: "1", count: 30)) == nil)
    }
}

@Suite struct GraphQueryLimitTests {
    @Test func unlimitedQueriesDoNotOverflow() async throws {
        let (_, store) = try await QueryFixtures.store()
        let query = GraphQuery(store: store)
        let result = try query.neighbors(of: try query.entity(named: "Russia"), NeighborFilter(depth: 3, limit: .max))
        // One row per relation: Peskov is reached at depth 2 through three relations.
        #expect(result.neighbors.count == 6)
        #expect(Set(result.neighbors.map(\.entity.name)) == ["Vladimir Putin", "Kremlin", "Georgia", "Dmitry Peskov"])
        #expect(result.totalDirect == 3)
    }
}
