import Foundation
import GRDB
import Testing
@testable import NewsGraph

@Suite struct AliasFileTests {
    typealias F = CurationFixtures

    @Test func parsesRulesCommentsAndKinds() throws {
        let file = try AliasFile(text: """
            # Names our desk uses.
            Putin\tVladimir Putin

              Vova \t Vladimir Putin\tperson
            Smith\tJane Smith\t
            putin\tvladimir putin
            """, path: "newsgraph.aliases")
        #expect(file.rules == [
            AliasRule(alias: "Putin", canonical: "Vladimir Putin", line: 2),
            AliasRule(alias: "Vova", canonical: "Vladimir Putin", kind: .person, line: 4),
            AliasRule(alias: "Smith", canonical: "Jane Smith", line: 5),
        ])
    }

    @Test(arguments: [
        ("Putin Vladimir Putin", #"a.aliases:2: expected alias<TAB>canonical[<TAB>kind], found no tab in "Putin Vladimir Putin""#),
        ("A\tB\tperson\tx", "a.aliases:2: expected alias<TAB>canonical[<TAB>kind], found 4 fields"),
        ("A\t", "a.aliases:2: the canonical name is empty"),
        ("A\tB\tpeople", #"a.aliases:2: unknown kind "people" (use one of: person, organization, country, location, event, misc)"#),
        ("U.S.\tUS", #"a.aliases:2: "U.S." is the same name on both sides"#),
        ("Smith\tJohn Smith", #"a.aliases:2: "Smith" was already given to "Jane Smith" on line 1"#),
    ])
    func badLinesNameFileAndLine(line: String, message: String) {
        do {
            _ = try AliasFile(text: "Smith\tJane Smith\n" + line + "\n", path: "a.aliases")
            Issue.record("accepted \(line)")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func missingFileIsAClearError() {
        do {
            _ = try AliasFile(contentsOf: "/nonexistent/newsgraph.aliases")
            Issue.record("read a missing file")
        } catch {
            #expect(error.line == 0)
            #expect(error.description.hasPrefix("/nonexistent/newsgraph.aliases: cannot read aliases file"))
        }
    }

    @Test func applyingTwiceChangesNothingAndPendingRulesApplyLater() async throws {
        let folder = try TemporaryDirectory()
        let store = try SQLiteGraphStore(path: folder.path("g.sqlite"))
        try await F.seed(store)
        let curator = Curator(query: GraphQuery(store: store))
        let file = try AliasFile(text: """
            Putin\tVladimir Putin\tperson
            Vova\tVladimir Putin
            Manu\tEmmanuel Macron
            Ze\tVolodymyr Zelensky\tperson
            """, path: "newsgraph.aliases")
        let first = try await curator.apply(file)
        #expect(first.applied.map(\.rule.alias) == ["Putin", "Vova", "Manu"])
        #expect(first.applied[0].outcome.merged?.mentions == 2)
        #expect(first.pending.map(\.alias) == ["Ze"])
        #expect(first.summary == "4 rules: 3 applied, 0 unchanged, 1 pending (canonical not in the graph yet)")

        func snapshot() async throws -> [String] {
            try await store.pool.read { db in
                try Row.fetchAll(db, sql: "SELECT entity_id, key, count, origin FROM aliases ORDER BY entity_id, key").map { "\($0)" }
                    + Row.fetchAll(db, sql: "SELECT id, key, mention_count, article_count FROM entities ORDER BY id").map { "\($0)" }
                    + Row.fetchAll(db, sql: "SELECT * FROM relations ORDER BY id").map { "\($0)" }
                    + [String(try Int.fetchOne(db, sql: "SELECT count(*) FROM user_corrections") ?? -1)]
            }
        }
        let before = try await snapshot()
        let second = try await curator.apply(file)
        #expect(second.applied.isEmpty)
        #expect(second.unchanged.count == 3)
        #expect(try await snapshot() == before)

        // Zelensky appears; the next application merges the separate "Ze".
        let text = "Ze and Volodymyr Zelensky."
        _ = try await store.save(F.article("https://n.example/z", text, published: F.day2), graph: F.graph(text, [
            .init(name: "Ze", kind: .person, spans: [("Ze", 0)]),
            .init(name: "Volodymyr Zelensky", kind: .person, spans: [("Volodymyr Zelensky", 7)]),
        ], relations: [(0, 1, "co_mention", false)]), source: nil, fetched: F.day2)
        let third = try await curator.apply(file)
        #expect(third.applied.map(\.rule.alias) == ["Ze"])
        #expect(third.applied.first?.outcome.merged?.selfLoopsDropped == 1)
        #expect(try MergeTests.entity(store, "person:volodymyr zelensky")?["mention_count"] == 2)
    }

    @Test func ambiguousCanonicalNamesTheLine() async throws {
        let folder = try TemporaryDirectory()
        let store = try SQLiteGraphStore(path: folder.path("g.sqlite"))
        try await F.seedSmiths(store)
        let curator = Curator(query: GraphQuery(store: store))
        do {
            _ = try await curator.apply(try AliasFile(text: "# x\nJS\tSmith\n", path: "team.aliases"))
            Issue.record("applied an ambiguous rule")
        } catch let error as AliasFileError {
            #expect(error.description.hasPrefix("team.aliases:2: \"Smith\" matches several entities; add a kind column:"))
        }
        #expect(try await store.corrections().isEmpty)
    }
}
