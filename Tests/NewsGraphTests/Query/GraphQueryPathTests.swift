import Foundation
import Testing
@testable import NewsGraph

@Suite struct GraphQueryPathTests {
    @Test func shortestPathCarriesEvidencePerHop() async throws {
        let (_, store) = try await QueryFixtures.store()
        let query = GraphQuery(store: store)
        let peskov = try query.entity(named: "Peskov")
        let georgia = try query.entity(named: "#\(try query.search("georgia", kinds: [.country])[0].id)")
        let hops = try query.path(from: peskov, to: georgia)
        // Peskov → Kremlin → Russia — Georgia: three hops, the strongest first hop.
        #expect(hops.map(\.to.name) == ["Kremlin", "Russia", "Georgia"])
        #expect(hops.first?.relation == "spokesperson_of" && hops.first?.direction == .outgoing)
        #expect(hops.first?.evidence == "Peskov spoke for the Kremlin on Monday.")
        #expect(hops.last?.evidence == "Georgia and Russia met.")
        #expect(zip(hops, hops.dropFirst()).allSatisfy { $0.to == $1.from })

        let back = try query.path(from: georgia, to: peskov)
        #expect(back.map(\.to.name) == ["Russia", "Kremlin", "Dmitry Peskov"])
        #expect(back[1].direction == .undirected && back[2].direction == .incoming)
        #expect(try query.path(from: peskov, to: peskov).isEmpty)
    }

    @Test func noPathIsAClearError() async throws {
        let (_, store) = try await QueryFixtures.store()
        let query = GraphQuery(store: store)
        let peskov = try query.entity(named: "Peskov")
        let elysee = try query.entity(named: "Elysee")
        #expect(throws: QueryError.noPath(from: "Dmitry Peskov", to: "Élysée Palace", maxDepth: 6)) {
            try query.path(from: peskov, to: elysee)
        }
        let russia = try query.entity(named: "Russia")
        #expect(throws: QueryError.noPath(from: "Dmitry Peskov", to: "Russia", maxDepth: 1)) {
            try query.path(from: peskov, to: russia, maxHops: 1)
        }
        #expect(throws: QueryError.self) {
            try query.path(from: peskov, to: russia, filter: NeighborFilter(relations: ["leader_of"]))
        }
    }

    @Test func detailsAndStatistics() async throws {
        let (_, store) = try await QueryFixtures.store()
        let query = GraphQuery(store: store)
        let details = try query.details(of: try query.entity(named: "Peskov"))
        #expect(details.entity.kind == .person)
        #expect(Set(details.aliases.map(\.alias)) == ["Dmitry Peskov", "Peskov"])
        #expect(details.relationCount == 3)
        #expect(details.strongest.first?.relation == "spokesperson_of")
        #expect(details.articles.map(\.url) == ["https://news.example/a2", "https://news.example/a1"])
        #expect(details.firstSeen == "2026-01-01" && details.lastSeen == "2026-03-01")

        let stats = try query.statistics(hubs: 2)
        #expect(stats.entitiesByKind.first { $0.name == "person" }?.count == 3)
        #expect(stats.entitiesByKind.map(\.count).reduce(0, +) == 8)
        #expect(stats.relationsByType.first?.name == "co_mention" && stats.relationsByType.first?.count == 6)
        #expect(stats.hubs.count == 2 && stats.hubs[0].degree == 3)
        #expect(stats.text.contains("Biggest hubs"))
    }
}
