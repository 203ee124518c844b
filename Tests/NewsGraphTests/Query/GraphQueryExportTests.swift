import Foundation
import Testing
@testable import NewsGraph

@Suite struct GraphQueryExportTests {
    private func export(_ selection: ExportSelection, _ format: ExportFormat = .json) async throws -> (String, (nodes: Int, edges: Int)) {
        let (_, store) = try await QueryFixtures.store()
        let memory = MemorySink()
        var writer = format.writer(to: memory)
        let counts = try GraphQuery(store: store).export(selection, to: &writer)
        return (memory.string, counts)
    }

    private struct Document: Decodable {
        struct Node: Decodable { var id: Int64; var label: String; var type: String; var aliases: [String]; var iso_code: String? }
        struct Edge: Decodable { var source: Int64; var target: Int64; var relation: String; var weight: Double; var evidence: String?
                                 var first_seen: String?; var last_seen: String?; var articles: Int; var directed: Bool }
        var nodes: [Node]
        var edges: [Edge]
    }

    private func decode(_ text: String) throws -> Document {
        try JSONDecoder().decode(Document.self, from: Data(text.utf8))
    }

    @Test func wholeGraphWithAliasesAndEvidence() async throws {
        let (text, counts) = try await export(ExportSelection())
        let document = try decode(text)
        #expect(counts.nodes == 8 && counts.edges == 8)
        #expect(document.nodes.count == 8 && document.edges.count == 8)
        let peskov = try #require(document.nodes.first { $0.label == "Dmitry Peskov" })
        #expect(Set(peskov.aliases) == ["Dmitry Peskov", "Peskov"])
        #expect(document.nodes.first { $0.label == "Russia" }?.iso_code == "RU")
        let spokes = try #require(document.edges.first { $0.relation == "spokesperson_of" })
        #expect(spokes.source == peskov.id && spokes.directed && spokes.weight == 2 && spokes.articles == 2)
        #expect(spokes.first_seen == "2026-01-01" && spokes.last_seen == "2026-03-01")
        #expect(spokes.evidence == "Peskov spoke for the Kremlin on Monday.")
        #expect(document.edges.filter { $0.relation == "co_mention" }.allSatisfy { !$0.directed })
    }

    @Test func selectionsKeepConsistentSubgraphs() async throws {
        let kinds = try decode(try await export(ExportSelection(kinds: [.person, .organization])).0)
        #expect(Set(kinds.nodes.map(\.type)) == ["person", "organization"])
        let kept = Set(kinds.nodes.map(\.id))
        #expect(kinds.edges.allSatisfy { kept.contains($0.source) && kept.contains($0.target) })

        let typed = try decode(try await export(ExportSelection(relations: ["leader_of"])).0)
        #expect(Set(typed.nodes.map(\.label)) == ["Vladimir Putin", "Russia"])
        #expect(typed.edges.map(\.relation) == ["leader_of"])

        let around = try decode(try await export(ExportSelection(around: "Élysée", depth: 1)).0)
        #expect(Set(around.nodes.map(\.label)) == ["Élysée Palace", "Georgia", "Evil \"Name\"\n\u{1B}[31mRED"])
        #expect(Set(around.nodes.map(\.type)) == ["organization", "location", "person"])

        let top = try decode(try await export(ExportSelection(top: 2)).0)
        #expect(Set(top.nodes.map(\.label)) == ["Dmitry Peskov", "Kremlin"] || Set(top.nodes.map(\.label)) == ["Kremlin", "Russia"])
        #expect(top.nodes.count == 2)

        let recent = try decode(try await export(ExportSelection(since: try StoreDate.since("2026-02-01"), minWeight: 2)).0)
        #expect(recent.edges.map(\.relation) == ["spokesperson_of"])
    }

    @Test func unknownCentreFailsBeforeWriting() async throws {
        let (_, store) = try await QueryFixtures.store()
        let memory = MemorySink()
        var writer = GraphMLWriter(to: memory)
        #expect(throws: QueryError.self) { try GraphQuery(store: store).export(ExportSelection(around: "Nobody"), to: &writer) }
        #expect(memory.bytes.isEmpty)
    }

    @Test(.enabled(if: ExternalTool.hasXMLLint && ExternalTool.graphMLSchema != nil && ExternalTool.hasGraphviz,
                   "needs xmllint, the GraphML schema and Graphviz"))
    func storedGraphValidatesAndRenders() async throws {
        let schema = try #require(ExternalTool.graphMLSchema)
        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (graphml, _) = try await export(ExportSelection(), .graphml)
        let file = directory.appendingPathComponent("stored.graphml")
        try Data(graphml.utf8).write(to: file)
        let lint = try ExternalTool.run("xmllint", ["--nonet", "--noout", "--schema", schema, file.path])
        #expect(lint.status == 0, "\(lint.stderr)")
        let (dot, _) = try await export(ExportSelection(), .dot)
        let render = try ExternalTool.run("dot", ["-Tsvg"], stdin: dot)
        #expect(render.status == 0 && render.stderr.isEmpty, "\(render.stderr)")
        #expect(try XMLDocument(xml: render.stdout, recover: false).isWellFormed)
    }
}
