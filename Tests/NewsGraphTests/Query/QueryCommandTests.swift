import Foundation
import Testing
@testable import NewsGraph

/// The query commands end to end, through the built binary.
@Suite(.enabled(if: NewsGraphBinary.url != nil, "needs the built newsgraph executable"))
struct QueryCommandTests {
    private func database() async throws -> (TemporaryDirectory, String) {
        let (folder, store) = try await QueryFixtures.store()
        return (folder, store.path)
    }

    @Test func neighborsTableAmbiguityAndSuggestions() async throws {
        let (folder, db) = try await database()
        _ = folder
        let table = try NewsGraphBinary.run(["neighbors", "PESKOV", "--db", db])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.hasPrefix("Dmitry Peskov (person, #"))
        #expect(table.stdout.contains(" → Kremlin"))
        #expect(table.stdout.split(separator: "\n").allSatisfy { TerminalText.width(String($0)) <= 80 })

        let ambiguous = try NewsGraphBinary.run(["neighbors", "Georgia", "--db", db])
        #expect(ambiguous.status == 1)
        #expect(ambiguous.stderr.contains("\"Georgia\" is ambiguous; pick one by id"))
        #expect(ambiguous.stderr.contains("(country, ") && ambiguous.stderr.contains("(location, "))

        let unknown = try NewsGraphBinary.run(["neighbors", "Peskof", "--db", db])
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "newsgraph: no entity named \"Peskof\"; did you mean \"Dmitry Peskov\"?\n")

        let csv = try NewsGraphBinary.run(["neighbors", "kremlin", "--relation", "spokesperson_of", "--format", "csv", "--db", db])
        #expect(csv.stdout.split(separator: "\r\n").count == 2)
        #expect(csv.stdout.contains(",spokesperson_of,,incoming,2,2,2026-01-01,2026-03-01,"))

        let missing = try NewsGraphBinary.run(["neighbors", "x", "--db", folder.path("none.sqlite")])
        #expect(missing.status == 1 && missing.stderr.contains("no database at"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("none.sqlite")))
    }

    @Test func showSearchPathAndStats() async throws {
        let (folder, db) = try await database()
        _ = folder
        let show = try NewsGraphBinary.run(["show", "elysee", "--db", db])
        #expect(show.status == 0 && show.stdout.hasPrefix("Élysée Palace (organization, #"))
        #expect(!show.stdout.contains("\u{1B}"))
        let search = try NewsGraphBinary.run(["search", "georg", "--db", db])
        #expect(search.stdout.split(separator: "\n").count == 3)
        let path = try NewsGraphBinary.run(["path", "Putin", "Kremlin", "--db", db])
        #expect(path.status == 0 && path.stdout.hasPrefix("2 hops: Vladimir Putin"))
        let json = try NewsGraphBinary.run(["path", "Putin", "Kremlin", "--format", "json", "--db", db])
        let hops = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(hops.count == 2)
        let stats = try NewsGraphBinary.run(["stats", "--db", db])
        #expect(stats.stdout.contains("Entities by kind:") && stats.stdout.contains("Biggest hubs"))
    }

    @Test func exportAndRenderWriteFiles() async throws {
        let (folder, db) = try await database()
        let graphml = folder.path("out.graphml")
        let export = try NewsGraphBinary.run(["export", "--around", "Kremlin", "-o", graphml, "--db", db])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stderr.contains("wrote 3 nodes and 3 edges to"))
        #expect(try String(contentsOfFile: graphml, encoding: .utf8).contains("<data key=\"label\">Kremlin</data>"))
        let unknown = try NewsGraphBinary.run(["export", "--around", "Nobody", "-o", folder.path("x.graphml"), "--db", db])
        #expect(unknown.status == 1 && unknown.stderr.contains("no entity named \"Nobody\""))
        if ExternalTool.hasGraphviz {
            let svg = folder.path("g.svg")
            let render = try NewsGraphBinary.run(["render", "Peskov", "-o", svg, "--db", db])
            #expect(render.status == 0 && render.stderr.isEmpty, "\(render.stderr)")
            #expect(try XMLDocument(xml: try String(contentsOfFile: svg, encoding: .utf8), recover: false).isWellFormed)
        }
        let noGraphviz = try NewsGraphBinary.run(["render", "-o", folder.path("h.svg"), "--db", db], environment: ["PATH": "/nonexistent"])
        #expect(noGraphviz.status == 1 && noGraphviz.stderr.contains("Graphviz is not installed"))
    }

    @Test func everyQueryCommandTeachesWithExamples() throws {
        for command in ["neighbors", "show", "search", "path", "export", "render", "generate"] {
            let help = try NewsGraphBinary.run([command, "--help"])
            #expect(help.status == 0)
            #expect(help.stdout.contains("Examples:") || help.stdout.contains("Example:"), "\(command)")
            #expect(help.stdout.contains("newsgraph \(command)"), "\(command)")
        }
    }
}
