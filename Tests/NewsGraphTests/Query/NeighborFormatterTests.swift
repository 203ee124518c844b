import Foundation
import Testing
@testable import NewsGraph

@Suite struct NeighborFormatterTests {
    @Test func tableFitsEightyColumnsAndShowsEverything() async throws {
        let (_, store) = try await QueryFixtures.store()
        let query = GraphQuery(store: store)
        for name in ["Peskov", "Élysée Palace", "Russia"] {
            let result = try query.neighbors(of: try query.entity(named: name), NeighborFilter(depth: 2, limit: 50))
            let table = NeighborFormatter.table(result)
            for line in table.split(separator: "\n") {
                #expect(TerminalText.width(String(line)) <= 80, "\(line)")
                #expect(!line.contains("\u{1B}"))
            }
        }
        let peskov = try query.neighbors(of: try query.entity(named: "Peskov"))
        let table = NeighborFormatter.table(peskov)
        #expect(table.hasPrefix("Dmitry Peskov (person, #"))
        #expect(table.contains(" → Kremlin "))
        #expect(table.contains("spokesperson_of"))
        #expect(table.contains("2026-01-01..2026-03-01  \"Peskov spoke for the Kremlin on Monday.\""))
    }

    @Test func csvQuotesAndJSONRoundTrips() async throws {
        let (_, store) = try await QueryFixtures.store()
        let query = GraphQuery(store: store)
        let result = try query.neighbors(of: try query.entity(named: "Élysée Palace"))
        let csv = NeighborFormatter.csv(result)
        #expect(csv.hasPrefix("id,name,kind,depth,via,relation,attribute,direction,weight,articles,first_seen,last_seen,evidence\r\n"))
        #expect(csv.contains("\"Evil \"\"Name\"\"\n\u{1B}[31mRED\""))
        let json = try NeighborFormatter.json(result)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let neighbors = try #require(object["neighbors"] as? [[String: Any]])
        #expect(neighbors.count == result.neighbors.count)
        let first = try #require(neighbors.first)
        #expect(Set(first.keys) == ["entity", "depth", "via", "relation", "direction", "weight", "articles",
                                    "first_seen", "last_seen", "evidence", "relation_id"])
        #expect((first["entity"] as? [String: Any])?["name"] as? String == result.neighbors[0].entity.name)
        #expect(json.contains("\"total_direct\" : 2"))
    }

    @Test func terminalWidthCountsWideCharacters() {
        #expect(TerminalText.width("abc") == 3)
        #expect(TerminalText.width("北京") == 4)
        #expect(TerminalText.width("😀") == 2)
        #expect(TerminalText.width("Zoe\u{0308}") == 3)
        #expect(TerminalText.fit("北京北京", 5) == "北京…")
        #expect(TerminalText.clean("a\nb\u{1B}[0m") == "a b [0m")
    }
}
