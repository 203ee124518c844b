import Foundation
import Testing
@testable import NewsGraph

@Suite struct JSONWriterTests {
    private struct Document: Decodable {
        struct Node: Decodable, Equatable {
            var id: Int64
            var label: String
            var type: String
            var aliases: [String]
            var mentions: Int
            var iso_code: String?
        }
        struct Edge: Decodable {
            var source: Int64
            var target: Int64
            var key: Int
            var relation: String
            var weight: Double
            var first_seen: String?
            var last_seen: String?
            var evidence: String?
            var articles: Int
            var directed: Bool
        }
        var directed: Bool
        var multigraph: Bool
        var nodes: [Node]
        var edges: [Edge]
    }

    @Test func keepsEveryCharacterOfEveryName() throws {
        let (nodes, edges) = ExportFixtures.hostileGraph()
        let text = try ExportFixtures.export(.json, nodes: nodes, edges: edges)
        let document = try JSONDecoder().decode(Document.self, from: Data(text.utf8))
        #expect(document.directed && document.multigraph)
        // JSON escapes control characters instead of dropping them: nothing is lost.
        #expect(document.nodes.map(\.label) == nodes.map(\.label))
        #expect(document.nodes.map(\.aliases) == nodes.map(\.aliases))
        #expect(document.nodes.map(\.iso_code) == nodes.map(\.isoCode))
        #expect(document.nodes.map(\.type) == nodes.map(\.kind.rawValue))
        #expect(document.edges.map(\.evidence) == edges.map(\.evidence))
        #expect(document.edges.map(\.key) == Array(0..<edges.count))
        #expect(document.edges.map(\.weight) == edges.map(\.weight))
        #expect(document.edges.map(\.directed) == edges.map(\.directed))
        #expect(document.edges.first?.first_seen == "2023-11-15")
    }

    @Test func emptyAndNodeOnlyGraphsAreValidJSON() throws {
        for nodes in [[], [GraphNode(id: 1, label: "A", kind: .event)]] {
            let text = try ExportFixtures.export(.json, nodes: nodes, edges: [])
            let document = try JSONDecoder().decode(Document.self, from: Data(text.utf8))
            #expect(document.nodes.count == nodes.count)
            #expect(document.edges.isEmpty)
        }
    }

    @Test func writesOneElementPerLine() throws {
        let graph = SyntheticGraph(edges: 50, seed: 3)
        let text = try ExportFixtures.export(.json, nodes: Array(graph.nodes), edges: Array(graph.edges))
        let lines = text.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("{\"id\": ") }.count == graph.nodeCount)
        #expect(lines.filter { $0.hasPrefix("{\"source\": ") }.count == 50)
    }

    @Test(.enabled(if: ExternalTool.hasGraphPython, "needs python3 with networkx"))
    func networkxReadsTheNodeLinkForm() throws {
        let (nodes, edges) = ExportFixtures.hostileGraph()
        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("hostile.json")
        var writer = JSONWriter(to: try FileSink(creating: url.path))
        try writer.write(nodes: nodes, edges: edges)
        let (read, stderr) = try GraphReaders.read(url, kind: "json")
        #expect(stderr.isEmpty, "\(stderr)")
        let graph = try #require(read.json)
        #expect(graph.directed)
        for node in nodes {
            let attributes = try #require(graph.nodes["\(node.id)"])
            #expect(attributes.first { $0.key == "label" }?.value == .string(node.label))
            #expect(attributes.first { $0.key == "aliases" }?.value == .list(node.aliases))
            #expect(attributes.first { $0.key == "mentions" }?.type == "int")
        }
        #expect(graph.edges.count == edges.count)
        let evidence = Set(graph.edges.compactMap { edge -> String? in
            if case .string(let text) = edge["evidence"]?.value { text } else { nil }
        })
        #expect(evidence == Set(edges.compactMap(\.evidence)))
    }
}
