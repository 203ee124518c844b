import Foundation
import GRDB
import Testing
@testable import NewsGraph

/// The correction commands end to end: the binary on a database seeded through the store.
@Suite(.enabled(if: NewsGraphBinary.url != nil, "the newsgraph binary is built"))
struct CurateCommandTests {
    typealias F = CurationFixtures

    func seeded() async throws -> (TemporaryDirectory, String) {
        let folder = try TemporaryDirectory()
        let path = folder.path("g.sqlite")
        let store = try SQLiteGraphStore(path: path)
        try await F.seed(store)
        try await F.seedSmiths(store)
        return (folder, path)
    }

    static func names(_ path: String) throws -> [String] {
        try DatabaseQueue(path: path).read { db in try String.fetchAll(db, sql: "SELECT name FROM entities ORDER BY id") }
    }

    @Test func mergePrintsWhatMovedAndAliasListsIt() async throws {
        let (folder, db) = try await seeded()
        defer { withExtendedLifetime(folder) {} }
        let merge = try NewsGraphBinary.run(["merge", "putin", "Vladimir Putin", "--db", db])
        #expect(merge.status == 0, "\(merge.stderr)")
        let lines = merge.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("merged Putin (person, #1) into Vladimir Putin (person, #") == true)
        #expect(lines.contains("  moved: 2 mentions, 2 articles (1 naming both), 1 alias"))
        #expect(lines.contains("  relations: 0 re-pointed, 1 combined, 1 self-loop dropped; evidence: 1 moved, 2 dropped"))
        #expect(lines.last?.hasSuffix("Vladimir Putin now: 5 mentions in 3 articles; later articles naming \"Putin\" join it") == true)

        let list = try NewsGraphBinary.run(["alias", "--list", "--db", db])
        #expect(list.status == 0)
        #expect(list.stdout.hasSuffix("  merge  Putin → Vladimir Putin\n"))
    }

    /// The README's correction walk-through on the shipped sample works as printed there
    /// (`merge Putin "Vladimir Putin"` answered "ambiguous" once the full name also went by
    /// "Putin" more often than the stray entity did).
    @Test func readmeWalkThroughOnTheSample() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let folder = try TemporaryDirectory()
        let db = folder.path("news.sqlite")
        let ingest = try NewsGraphBinary.run(["ingest", "--quiet", "--db", db, root.appendingPathComponent("samples/world.xml").path])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)

        let merge = try NewsGraphBinary.run(["merge", "Putin", "Vladimir Putin", "--db", db])
        #expect(merge.status == 0, "\(merge.stderr)")
        let lines = merge.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("merged Putin (location, #") == true, "\(merge.stdout)")
        for line in ["  moved: 1 mention, 1 article (0 naming both), 1 alias",
                     "  Vladimir Putin now: 5 mentions in 3 articles; later articles naming \"Putin\" join it"] {
            #expect(lines.contains(line), "\(merge.stdout)")
            #expect(readme.contains(line + "\n"), "README shows: \(line)")
        }
        let alias = try NewsGraphBinary.run(["alias", "Crocus City Hall attack", "Moscow attack", "--db", db])
        #expect(alias.status == 0, "\(alias.stderr)")
        #expect(alias.stdout.contains("  Moscow attack now: 12 mentions in 5 articles; later articles naming \"Crocus City Hall attack\" join it\n"))
        let split = try NewsGraphBinary.run(["split", "Moscow attack", "--alias", "planned attack", "--db", db])
        #expect(split.status == 0, "\(split.stderr)")
        #expect(split.stdout.hasSuffix("  now: Moscow attack 11 mentions, planned attack 1 mention\n"), "\(split.stdout)")
        #expect(readme.contains("  now: Moscow attack 11 mentions, planned attack 1 mention\n"))
    }

    /// The outputs the --help texts show are these runs' real outputs.
    @Test func helpExamplesAreRealOutput() async throws {
        let (folder, db) = try await seeded()
        defer { withExtendedLifetime(folder) {} }
        let merge = try NewsGraphBinary.run(["merge", "Putin", "Vladimir Putin", "--db", db])
        let mergeHelp = try NewsGraphBinary.run(["merge", "--help"]).stdout
        #expect(merge.status == 0)
        // --help wraps at 80 columns; compare the words.
        func words(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        #expect(words(mergeHelp).contains(words(merge.stdout)), "\(merge.stdout)")

        let alias = try NewsGraphBinary.run(["alias", "Vova", "Vladimir Putin", "--db", db])
        #expect(alias.stdout == "\"Vova\" is now a user alias of Vladimir Putin (person, #4)\n")

        let split = try NewsGraphBinary.run(["split", "Vladimir Putin", "--alias", "Putin", "--name", "Putin (other)", "--db", db])
        #expect(split.status == 0)
        #expect(split.stdout == """
            split Putin (other) (person, #7) off Vladimir Putin (person, #4)
              moved: "Putin", 2 mentions in 2 articles, 1 evidence sentence
              kept with Vladimir Putin: 1 evidence sentence naming both, 0 with no stored mention of either
              now: Vladimir Putin 3 mentions, Putin (other) 2 mentions

            """)
    }

    @Test func ambiguousAndUnknownNamesExitOneWithCandidates() async throws {
        let (folder, db) = try await seeded()
        defer { withExtendedLifetime(folder) {} }
        let ambiguous = try NewsGraphBinary.run(["merge", "Smith", "Vladimir Putin", "--db", db])
        #expect(ambiguous.status == 1)
        #expect(ambiguous.stderr.hasPrefix("newsgraph: \"Smith\" is ambiguous; pick one by id:\n"))
        #expect(ambiguous.stderr.contains("  Jane Smith (person, 2 mentions)"))
        #expect(ambiguous.stderr.contains("  John Smith (person, 2 mentions)"))
        let unknown = try NewsGraphBinary.run(["alias", "Vova", "Vladmir Putn", "--db", db])
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "newsgraph: no entity named \"Vladmir Putn\"; did you mean \"Vladimir Putin\"?\n")
        let split = try NewsGraphBinary.run(["split", "Emmanuel Macron", "--alias", "Manu", "--db", db])
        #expect(split.status == 1)
        #expect(split.stderr.contains("has no alias \"Manu\"; its aliases: \"Macron\""))
        let usage = try NewsGraphBinary.run(["split", "Emmanuel Macron", "--db", db])
        #expect(usage.status != 0)
        #expect(usage.stderr.contains("give at least one --alias"))
    }

    @Test func aliasFileAppliesOnceThenChangesNothing() async throws {
        let (folder, db) = try await seeded()
        let file = folder.path("newsgraph.aliases")
        try "# desk names\nPutin\tVladimir Putin\tperson\nManu\tEmmanuel Macron\nZe\tVolodymyr Zelensky\n".write(toFile: file, atomically: true, encoding: .utf8)
        let first = try NewsGraphBinary.run(["alias", "--file", file, "--db", db])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("\(file): 3 rules: 2 applied, 0 unchanged, 1 pending (canonical not in the graph yet)\n"))
        #expect(first.stdout.contains("  line 4: \"Volodymyr Zelensky\" is not in the graph yet; \"Ze\" waits for it"))
        let second = try NewsGraphBinary.run(["alias", "--file", file, "--db", db])
        #expect(second.stdout.hasPrefix("\(file): 3 rules: 0 applied, 2 unchanged, 1 pending"))
        let entities = try Self.names(db)
        #expect(entities == ["Emmanuel Macron", "Paris", "Vladimir Putin", "Jane Smith", "John Smith"])

        try "Putin\tVladimir Putin\nManu Emmanuel Macron\n".write(toFile: file, atomically: true, encoding: .utf8)
        let bad = try NewsGraphBinary.run(["alias", "--file", file, "--db", db])
        #expect(bad.status == 1)
        #expect(bad.stderr == "newsgraph: \(file):2: expected alias<TAB>canonical[<TAB>kind], found no tab in \"Manu Emmanuel Macron\"\n")
    }

    @Test func ingestAppliesTheAliasesFileInTheCurrentDirectory() async throws {
        let (folder, db) = try await seeded()
        try "Putin\tVladimir Putin\n".write(toFile: folder.path("newsgraph.aliases"), atomically: true, encoding: .utf8)
        try "<html><head><title>Note</title></head><body><p>A short note with nothing in it.</p></body></html>"
            .write(toFile: folder.path("note.html"), atomically: true, encoding: .utf8)
        let skipped = try NewsGraphBinary.run(["ingest", "--no-aliases", "note.html", "--db", db], in: folder.url)
        #expect(skipped.status == 0, "\(skipped.stderr)")
        #expect(try Self.names(db).contains("Putin"))

        let ingest = try NewsGraphBinary.run(["ingest", "note.html", "--db", db], in: folder.url)
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stderr.contains("newsgraph.aliases: 1 rule: 1 applied, 0 unchanged"))
        #expect(try !Self.names(db).contains("Putin"))

        let missing = try NewsGraphBinary.run(["ingest", "--aliases", "nope.aliases", "note.html", "--db", db], in: folder.url)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("nope.aliases: cannot read aliases file"))
    }
}
